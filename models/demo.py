"""Deterministic demo database: each feature adds its demo records in the order of
models/features.py (offices, people, partners and partnerships first, from models/directory).

The demo lives in a file of its own (`demo.db` beside the office's database, `path_beside`) and
is marked so (setting `demo`): the window shows a banner, sync refuses it, and `build` refuses a
database that already holds anything, so made-up records never mix with an office's own.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from pathlib import Path

from .db import database
from .errors import DomainError
from .ids import utc_now, uuid7

DEMO_FILE = "demo.db"
OFFICE_FILE = "partnerdesk.db"  # the office's database in the user data folder


@dataclass
class DemoContext:
    """What feature demo modules build on: the generator, the ids made so far, the date."""
    rng: random.Random
    today: dt.date
    offices: list[tuple[str, str, str, str]] = field(default_factory=list)
    people: dict[str, list[str]] = field(default_factory=dict)  # office -> person ids
    partners: dict[str, list[str]] = field(default_factory=dict)  # office -> partner ids
    partner_types: dict[str, str] = field(default_factory=dict)  # partner id -> partner type
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


def path_beside(real: str | Path) -> Path:
    """The demo's file for the office database at `real`: demo.db in the same folder (never the
    office's own file, even when that one is called demo.db)."""
    real = Path(real)
    beside = real.with_name(DEMO_FILE)
    return beside if beside.name != real.name else real.with_name("demo-2.db")


def is_demo() -> bool:
    """Whether the open database holds demo data (it then never syncs and shows a banner)."""
    row = database.execute_sql("SELECT value FROM setting WHERE key = 'demo'").fetchone()
    return bool(row and row[0] == "1")


def _holds_records() -> bool:
    return any(database.execute_sql(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
               for table in ("office", "partner", "partnership")) or database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM setting WHERE key = 'home_office')").fetchone()[0]


def build(*, partnerships: int = 400, seed: int = 1, today: dt.date | None = None,
          home_office: str = "KEN") -> DemoContext:
    """Fill the open database, which must be empty, with demo records and mark it as a demo;
    capture is paused, nothing to sync."""
    from .features import FEATURES
    if _holds_records():
        raise DomainError(f"{database.database} already holds records; demo data goes into a new, "
                          "empty file of its own so that it never mixes with an office's data.")
    ctx = DemoContext(rng=random.Random(seed), today=today or dt.date.today(), size=partnerships,
                      home_office=home_office)
    with database.atomic():
        database.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
        for feature in FEATURES:
            if feature.demo is not None:
                feature.demo(ctx)
        database.execute_sql("UPDATE sync_control SET capture = 1 WHERE id = 1")
    return ctx
