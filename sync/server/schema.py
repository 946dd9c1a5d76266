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


# Unique columns HQ may rename with a suffix ("KEN/PT/00013-2"): human-facing references that
# two offline devices of one office can both allocate. Other unique columns (ids) are not renamed.
RENAMEABLE = {"reference"}


@functools.lru_cache(maxsize=1)
def unique_columns() -> dict[str, tuple[str, ...]]:
    """{table: reference columns with a UNIQUE index on devices}: HQ keeps them unique across
    devices, or a pulled row could not be stored on a device."""
    db = peewee.SqliteDatabase(":memory:")
    db.connect()
    try:
        migrate_database(db, None)
        out = {}
        for table in synced_tables():
            columns = []
            for index in db.execute_sql(f'PRAGMA index_list("{table}")').fetchall():
                if index[2] and index[3] == "c":
                    cols = db.execute_sql(f'PRAGMA index_info("{index[1]}")').fetchall()
                    if len(cols) == 1 and cols[0][2] in RENAMEABLE:
                        columns.append(cols[0][2])
            if columns:
                out[table] = tuple(sorted(columns))
        return out
    finally:
        db.close()


SCHEMA_VERSION = LATEST_VERSION
