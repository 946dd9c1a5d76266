"""Numbered schema migrations on PRAGMA user_version, each in one transaction, backup first.

A step is a function `up(db)` in a feature's `migrations` module, written with literal table and
column names (never the current models), so that old databases migrate the same way forever.
Steps run in order of their number; the highest is the schema version this program writes.
Every database migrated here is also stamped with PRAGMA application_id (models/db.py says how a
PartnerDesk file is recognised); the stamp is not a schema step, so it has no number to collide.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from .crypto import key_path
from .db import APPLICATION_ID
from .errors import DatabaseError
from .features import FEATURES


def _steps() -> dict[int, object]:
    """Every feature's schema steps by number; two features claiming one number is a bug."""
    steps: dict[int, object] = {}
    for feature in FEATURES:
        for number, up in feature.migrations.items():
            if number in steps:
                raise RuntimeError(f"Schema step {number} is claimed twice ({feature.name}).")
            steps[number] = up
    if sorted(steps) != list(range(1, len(steps) + 1)):
        raise RuntimeError(f"Schema steps are not numbered 1..N: {sorted(steps)}")
    return dict(sorted(steps.items()))


STEPS = _steps()
LATEST_VERSION = max(STEPS) if STEPS else 0


def current_version(db) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def backup_file(path: Path, version: int) -> Path:
    """Copy the database (and its WAL) before migrating; returns the backup path. An encrypted
    database's copy is as encrypted, and gets a copy of its key file (`.v<N>.bak.key`), so that
    renaming both back restores it; the rotating backup (models/backup.py) is made too."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    shutil.copy2(path, target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, target.with_name(target.name + "-wal"))
    if key_path(path).exists():
        shutil.copy2(key_path(path), key_path(target))
    return target


def migrate_database(db, path: Path | None, target: int | None = None) -> int:
    """Bring `db` to `target` (default: latest). `path` given means back the file up first."""
    target = LATEST_VERSION if target is None else target
    found = current_version(db)
    if found > LATEST_VERSION:
        raise DatabaseError(f"The database schema ({found}) is newer than this program "
                            f"({LATEST_VERSION}).")
    if found < target:
        if path is not None and found > 0:
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            backup_file(path, found)
            from .backup import automatic
            automatic(path, f"before-v{target}")
        for number in [n for n in STEPS if found < n <= target]:
            with db.atomic():
                STEPS[number](db)
                db.execute_sql(f"PRAGMA user_version = {number}")
    if db.execute_sql("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        with db.atomic():
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return max(found, target)
