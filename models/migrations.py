"""Numbered schema migrations on PRAGMA user_version, each in one transaction, backup first.

A step is a function `up(db)` in a feature's `migrations` module, written with literal table and
column names (never the current models), so that old databases migrate the same way forever.
Steps run in order of their number; the highest is the schema version this program writes.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from .agreements import migrations as m003_agreements
from .assessment import migrations as m004_assessment
from .cycle import migrations as m002_cycle
from .directory import migrations as m001_foundation
from .errors import DatabaseError
from .sync_state import migrations as m005_sync

STEPS = {1: m001_foundation, 2: m002_cycle, 3: m003_agreements, 4: m004_assessment, 5: m005_sync}
LATEST_VERSION = max(STEPS) if STEPS else 0


def current_version(db) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def backup_file(path: Path, version: int) -> Path:
    """Copy the database (and its WAL) before migrating; returns the backup path."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    shutil.copy2(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    return target


def migrate_database(db, path: Path | None, target: int | None = None) -> int:
    """Bring `db` to `target` (default: latest). `path` given means back the file up first."""
    target = LATEST_VERSION if target is None else target
    found = current_version(db)
    if found > LATEST_VERSION:
        raise DatabaseError(f"The database schema ({found}) is newer than this program "
                            f"({LATEST_VERSION}).")
    if found >= target:
        return found
    if path is not None and found > 0:
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        backup_file(path, found)
    for number in [n for n in STEPS if found < n <= target]:
        with db.atomic():
            STEPS[number].up(db)
            db.execute_sql(f"PRAGMA user_version = {number}")
    return target
