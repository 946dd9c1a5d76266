"""Invariants of offices, partners and partnerships for `python main.py check`."""
from __future__ import annotations

from ..checks import listed
from ..db import database

INVARIANTS = [
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



def problems(limit: int = 20) -> list[str]:
    found = []
    for what, sql in INVARIANTS:
        refs = [r[0] for r in database.execute_sql(sql).fetchall()]
        if refs:
            found.append(f"{what}: {listed(refs, limit)}")
    return found
