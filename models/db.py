"""The one place that opens the local database: pragmas, version checks, migrations.

`database` is deferred (`SqliteDatabase(None)`); `open_database()` initialises it. Encryption at
rest would swap the class here (playhouse.sqlcipher_ext) without touching any model.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from .errors import DatabaseError

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: power cuts are common in field offices
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32000,
    "temp_store": 2,
}

database = peewee.SqliteDatabase(None)

SQLITE_MAGIC = b"SQLite format 3\x00"


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


def _check_file(path: Path, create: bool) -> None:
    """Refuse files that are not SQLite databases before SQLite touches them."""
    if not path.exists():
        if create:
            if not path.parent.exists():
                raise DatabaseError(
                    f"Cannot create the database: the folder {path.parent} does not exist.")
            return
        raise DatabaseError(f"No database at {path}. Check the path, or run "
                            f"'python main.py demo --db {path}' to make one.")
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file.")
    size = path.stat().st_size
    if size == 0:
        return
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head != SQLITE_MAGIC:
        raise DatabaseError(f"{path} is not a PartnerDesk database (not an SQLite file).")


def read_user_version(path: Path) -> int:
    """Read PRAGMA user_version without changing the file (read-only URI open)."""
    uri = f"file:{path}?mode=ro"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            return con.execute("PRAGMA user_version").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path} is damaged and cannot be read ({exc}).") from exc


def open_database(path: str | os.PathLike, *, create: bool = True, migrate: bool = True,
                  backup: bool = True, check: bool = True) -> peewee.SqliteDatabase:
    """Open (and migrate) the local database at `path`; raise DatabaseError with a clear reason.

    A database made by a newer PartnerDesk is refused and left untouched. A database at an older
    schema version is copied to `<name>.v<N>.bak` before it is migrated. `check=False` leaves
    out the integrity check, which reads every page (0.5-1 s at 100,000 partnerships): the
    window runs `check_integrity` once it shows.
    """
    from .migrations import LATEST_VERSION, migrate_database

    path = Path(path).expanduser().resolve()
    _check_file(path, create)
    exists = path.exists() and path.stat().st_size > 0
    if exists:
        found = read_user_version(path)
        if found > LATEST_VERSION:
            raise DatabaseError(
                f"{path} was made by a newer PartnerDesk (schema {found}; this program knows up "
                f"to {LATEST_VERSION}). Install the newer version to open it; the file was not "
                "changed.")
        if found < LATEST_VERSION and not migrate:
            raise DatabaseError(f"{path} needs an upgrade (schema {found} -> {LATEST_VERSION}).")
    close_database()
    database.init(str(path), pragmas=PRAGMAS)
    try:
        database.connect(reuse_if_open=True)
        if migrate:
            try:
                migrate_database(database, path if (exists and backup) else None)
            except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
                close_database()
                raise DatabaseError(
                    f"{path} could not be upgraded to this version's schema ({exc}); the "
                    "upgrade was rolled back and the file is as it was.") from exc
        if exists and check:
            database.execute_sql("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:  # corrupt pages surface here
        close_database()
        raise DatabaseError(f"{path} is damaged and cannot be opened ({exc}).") from exc
    except peewee.DatabaseError as exc:
        close_database()
        raise DatabaseError(f"{path} is damaged and cannot be opened ({exc}).") from exc
    return database


def check_integrity() -> str | None:
    """Read every page of the open database (PRAGMA quick_check): None when it is sound, else
    what SQLite found. Meant for a worker thread: its connection gets a small page cache, so that
    reading 300 MB does not leave 32 MB of cache in the process."""
    set_cache_size(2_000)
    found = [row[0] for row in database.execute_sql("PRAGMA quick_check(5)").fetchall()]
    return None if found == ["ok"] else "; ".join(found)


def close_database() -> None:
    if not database.is_closed():
        database.close()


def database_path() -> Path | None:
    return Path(database.database) if database.database else None


def connect_read_only() -> None:
    """Open this thread's connection with every write refused (PRAGMA query_only), for threads
    that only read: a write started there by mistake fails at once instead of racing a writer."""
    database.connect(reuse_if_open=True)
    database.execute_sql("PRAGMA query_only = 1")


def set_cache_size(kilobytes: int) -> None:
    """Size SQLite's page cache of this thread's connection (PRAGMAS give 32 MB)."""
    database.execute_sql(f"PRAGMA cache_size = -{int(kilobytes)}")
