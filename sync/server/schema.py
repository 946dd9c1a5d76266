"""The canonical schema HQ validates against: synced tables and their columns, read from the
device migrations run on an in-memory SQLite database (the models stay the one definition)."""
from __future__ import annotations

import functools

import peewee

from models.migrations import LATEST_VERSION, migrate_database

# Columns a device may not set through an op (HQ owns the version).
HQ_OWNED = {"version"}
# Fields that describe an edit rather than the record; last writer wins, never a conflict.
AUDIT = {"updated_at", "updated_by"}


@functools.lru_cache(maxsize=1)
def synced_tables() -> dict[str, frozenset[str]]:
    """{table: columns} of every table that has change capture in the latest migration."""
    db = peewee.SqliteDatabase(":memory:")
    db.connect()
    try:
        migrate_database(db, None)
        names = [r[0] for r in db.execute_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE '%\\_capture\\_insert' ESCAPE '\\'").fetchall()]
        return {name: frozenset(r[1] for r in db.execute_sql(
            f'PRAGMA table_info("{name}")').fetchall()) for name in sorted(names)}
    finally:
        db.close()


SCHEMA_VERSION = LATEST_VERSION
