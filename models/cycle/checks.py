"""Invariants of the partnering cycle for `python main.py check`."""
from __future__ import annotations

from ..db import database
from .guards import SIGNED_AGREEMENT_SQL
from .spec import PHASE_CODES, PHASE_STATUSES

LIMIT = 20


def _agreement_clause() -> str:
    """The other accepted proof of an agreement: a signed agreement record."""
    return f" AND NOT EXISTS ({SIGNED_AGREEMENT_SQL.replace('?', 'p.id')})"


def _codes(values) -> str:
    return ", ".join(f"'{v}'" for v in values)


def queries() -> list[tuple[str, str]]:
    return [
        ("active partnership without an agreement (cycle phase iii not done)",
         "SELECT p.reference FROM partnership p WHERE p.deleted = 0 AND p.status = 'active' AND "
         "NOT EXISTS (SELECT 1 FROM cycle_phase f WHERE f.partnership_id = p.id AND "
         "f.phase = 'iii' AND f.status = 'done' AND f.deleted = 0)" + _agreement_clause()),
        ("cycle phase record with an unknown phase or status",
         "SELECT p.reference || ' phase ' || f.phase FROM cycle_phase f JOIN partnership p ON "
         f"p.id = f.partnership_id WHERE f.phase NOT IN ({_codes(PHASE_CODES)}) OR f.status "
         f"NOT IN ({_codes(PHASE_STATUSES)})"),
        ("phase not applicable without a reason",
         "SELECT p.reference || ' phase ' || f.phase FROM cycle_phase f JOIN partnership p ON "
         "p.id = f.partnership_id WHERE f.deleted = 0 AND f.status = 'not_applicable' AND "
         "trim(f.na_reason) = ''"),
        ("cycle summary whose last review is not the latest review recorded",
         "SELECT p.reference FROM partnership_cycle c JOIN partnership p ON "
         "p.id = c.partnership_id WHERE c.deleted = 0 AND c.last_review_on IS NOT (SELECT "
         "max(r.reviewed_on) FROM partnership_review r WHERE r.partnership_id = c.partnership_id "
         "AND r.deleted = 0)"),
        ("continue or expand decision without a review in the 12 months before it",
         "SELECT p.reference FROM partnership_cycle c JOIN partnership p ON "
         "p.id = c.partnership_id WHERE c.deleted = 0 AND c.decision IN ('continue', 'expand') "
         "AND NOT EXISTS (SELECT 1 FROM partnership_review r WHERE r.partnership_id = "
         "c.partnership_id AND r.deleted = 0 AND r.reviewed_on <= c.decided_on AND "
         "r.reviewed_on >= date(c.decided_on, '-12 months'))"),
    ]


def problems() -> list[str]:
    found = []
    for what, sql in queries():
        refs = [r[0] for r in database.execute_sql(sql).fetchall()]
        if refs:
            shown = ", ".join(refs[:LIMIT]) + (f" and {len(refs) - LIMIT} more"
                                               if len(refs) > LIMIT else "")
            found.append(f"{what}: {shown}")
    return found
