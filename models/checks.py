"""`check` command: SQLite's integrity check plus the domain invariants.

Features add invariants in modules `models/checks_*.py` defining `problems() -> list[str]`.
"""
from __future__ import annotations

from .db import database

CORE_INVARIANTS = [
    ("active partnership without a focal point",
     "SELECT reference FROM partnership WHERE deleted = 0 AND status = 'active' "
     "AND focal_point_id IS NULL"),
    ("active partnership without a lead partner",
     "SELECT p.reference FROM partnership p WHERE p.deleted = 0 AND p.status = 'active' AND NOT "
     "EXISTS (SELECT 1 FROM partnership_partner m WHERE m.partnership_id = p.id "
     "AND m.deleted = 0 AND m.role = 'lead')"),
    ("partnership ending before it starts",
     "SELECT reference FROM partnership WHERE deleted = 0 AND planned_end < start_date"),
    ("record of an unknown office",
     "SELECT reference FROM partnership WHERE office NOT IN (SELECT code FROM office) "
     "UNION ALL SELECT reference FROM partner WHERE office NOT IN (SELECT code FROM office)"),
    ("partner without a legal name",
     "SELECT reference FROM partner WHERE deleted = 0 AND trim(legal_name) = ''"),
]


def integrity() -> list[str]:
    rows = database.execute_sql("PRAGMA integrity_check").fetchall()
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"foreign key: {r[0]} row {r[1]} points to a missing {r[2]}"
                 for r in database.execute_sql("PRAGMA foreign_key_check").fetchall()]
    return problems


def invariants(limit: int = 20) -> list[str]:
    problems = []
    for what, sql in CORE_INVARIANTS:
        refs = [r[0] for r in database.execute_sql(sql).fetchall()]
        if refs:
            shown = ", ".join(refs[:limit]) + (f" and {len(refs) - limit} more"
                                               if len(refs) > limit else "")
            problems.append(f"{what}: {shown}")
    from .agreements import checks as agreements_checks
    from .assessment import checks as assessment_checks
    from .cycle import checks as cycle_checks
    for module in (agreements_checks, assessment_checks, cycle_checks):
        problems.extend(module.problems())
    return problems


def run() -> list[str]:
    return integrity() + invariants()
