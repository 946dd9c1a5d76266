"""Invariants of the self-assessment for `python main.py check`."""
from __future__ import annotations

from ..db import database

INVARIANTS = [
    ("two self-assessments for the same office and year",
     "SELECT office || ' ' || year FROM assessment WHERE deleted = 0 "
     "GROUP BY office, year HAVING count(*) > 1"),
    ("submitted self-assessment with a benchmark not rated",
     "SELECT DISTINCT a.office || ' ' || a.year FROM assessment a JOIN assessment_rating r "
     "ON r.assessment_id = a.id AND r.deleted = 0 WHERE a.deleted = 0 AND a.status != 'draft' "
     "AND r.rating = ''"),
    ("self-assessment rating of a benchmark from another set",
     "SELECT a.office || ' ' || a.year || ' ' || b.code FROM assessment_rating r "
     "JOIN assessment a ON a.id = r.assessment_id JOIN benchmark b ON b.id = r.benchmark_id "
     "WHERE r.deleted = 0 AND b.set_id != a.set_id"),
    ("self-assessment rating outside the scale",
     "SELECT a.office || ' ' || a.year FROM assessment_rating r JOIN assessment a "
     "ON a.id = r.assessment_id WHERE r.deleted = 0 "
     "AND r.rating NOT IN ('', 'met', 'partly_met', 'not_met')"),
    ("self-assessment with an unknown status",
     "SELECT office || ' ' || year FROM assessment WHERE deleted = 0 "
     "AND status NOT IN ('draft', 'submitted', 'acknowledged')"),
    ("submitted self-assessment without a submission time",
     "SELECT office || ' ' || year FROM assessment WHERE deleted = 0 AND status != 'draft' "
     "AND submitted_at IS NULL"),
    ("self-assessment action without a due date",
     "SELECT t.office || ' ' || a.year FROM assessment_action t JOIN assessment a "
     "ON a.id = t.assessment_id WHERE t.deleted = 0 AND t.due_date IS NULL"),
]


def problems(limit: int = 20) -> list[str]:
    found = []
    for what, sql in INVARIANTS:
        refs = [str(r[0]) for r in database.execute_sql(sql).fetchall()]
        if refs:
            more = f" and {len(refs) - limit} more" if len(refs) > limit else ""
            found.append(f"{what}: {', '.join(refs[:limit])}{more}")
    return found
