"""Deterministic demo database: each feature adds its demo records in the order of
models/features.py (offices, people, partners and partnerships first, from models/directory).
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .db import database
from .ids import utc_now, uuid7


@dataclass
class DemoContext:
    """What feature demo modules build on: the generator, the ids made so far, the date."""
    rng: random.Random
    today: dt.date
    offices: list[tuple[str, str, str, str]] = field(default_factory=list)
    people: dict[str, list[str]] = field(default_factory=dict)  # office -> person ids
    partners: dict[str, list[str]] = field(default_factory=dict)  # office -> partner ids
    partnerships: list[dict] = field(default_factory=list)  # id, office, status, start, end, ...
    size: int = 400  # partnerships to make in all
    home_office: str = "KEN"


def _sync_columns(office: str) -> dict:
    return {"id": uuid7(), "office": office, "version": 0, "updated_at": utc_now(),
            "updated_by": "demo", "deleted": 0}


def insert_rows(table: str, rows: list[dict]) -> None:
    """Bulk insert of dicts sharing keys (raw SQL, for speed at 100,000 rows)."""
    if not rows:
        return
    keys = list(rows[0])
    columns = ", ".join(f'"{k}"' for k in keys)
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" for _ in keys)})'
    database.cursor().executemany(sql, [tuple(r[k] for k in keys) for r in rows])


def build(*, partnerships: int = 400, seed: int = 1, today: dt.date | None = None,
          home_office: str = "KEN") -> DemoContext:
    """Fill the open (empty) database with demo records; capture is paused, nothing to sync."""
    from .features import FEATURES
    ctx = DemoContext(rng=random.Random(seed), today=today or dt.date.today(), size=partnerships,
                      home_office=home_office)
    with database.atomic():
        database.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
        for feature in FEATURES:
            if feature.demo is not None:
                feature.demo(ctx)
        database.execute_sql("UPDATE sync_control SET capture = 1 WHERE id = 1")
    return ctx
