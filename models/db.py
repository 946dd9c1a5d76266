"""The one place that opens the local database, for peewee and for raw connections alike.

`database` is deferred (`SqlCipherDatabase(None)`); `open_database()` initialises it for the
models, `connect()` gives a raw connection (the sync client's), `connect_read_only()` a reading
thread's. All of them run the same checks of the file (`inspect_file`), set the same PRAGMAS and
give SQLCipher the same key, first (models/keystore.py holds it; models/crypto.py says how it is
made and kept in `<name>.key`). Every connection is sqlcipher3's, so errors are
`sqlcipher3.dbapi2.Error` (SQL_ERRORS names both drivers' for code that catches them).

Encryption at rest: a database this version makes is encrypted (SQLCipher 4, the raw key derived
from the data key, so no PBKDF2 per connection). One made before encryption is encrypted in
place the first time it is opened (models/encrypt.py), after a passphrase is chosen. The demo
(`plain=True` when it is made; setting `demo` = 1) stays unencrypted: it holds made-up records
only, and support staff can open it with any SQLite tool.

How a PartnerDesk database is recognised, before anything is written to it (`inspect_file`):
- `PRAGMA application_id` is APPLICATION_ID ('PDsk'). Every database this version makes or
  opens is stamped with it (models/migrations.py), so the file itself says what it is.
- A file from before the stamp (application_id 0) is a PartnerDesk database when its
  user_version is a schema version this program knows (1..LATEST) AND it has the foundation
  tables of schema step 1 (FOUNDATION_TABLES); it is stamped when it is first opened.
- A zero-length file, or an SQLite file without any schema object, user_version 0 and
  application_id 0, is empty: a new database may be made in it where creating is the point
  (the window, `demo`), never by a command that expects records (`list`, `check`, `sync`).
- Anything else is another application's file: another application_id, a user_version whose
  foundation tables are missing, a user_version above LATEST without our application_id. It is
  refused and left exactly as it was: no schema added, no WAL switched on, no -wal/-shm beside it.
- A PartnerDesk file whose user_version is above LATEST was made by a newer PartnerDesk: refused,
  unchanged.

Writers wait for each other: every transaction starts BEGIN IMMEDIATE (peewee's `lock_type`
here; explicit BEGIN IMMEDIATE on raw connections), so a writer waits up to BUSY_SECONDS for
another. A deferred transaction that read first and then writes cannot wait in WAL mode (its
snapshot would be stale) and failed at once with "database is locked". What still fails is
named by `explain()`: locked, read-only, disk full, damaged.
"""
from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import peewee
from playhouse.sqlcipher_ext import SqlCipherDatabase
from sqlcipher3 import dbapi2 as sqlcipher

from . import crypto, keystore
from .connection import (BUSY_SECONDS, SQL_ERRORS, Connection, hush, raw_connect,  # noqa: F401
                         sqlite_code)
from .encrypt import convert, finish_interrupted, seal_files
from .errors import DatabaseBusy, DatabaseError
from .messages import msg
from .paths import files_of

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: power cuts are common in field offices
    "foreign_keys": 1,
    "busy_timeout": int(BUSY_SECONDS * 1000),
    "cache_size": -32000,
    "temp_store": 2,
}
APPLICATION_ID = 0x5044736B  # b"PDsk"
# Schema step 1's tables: a file from before the application_id stamp must have all of them.
FOUNDATION_TABLES = frozenset({"office", "person", "partner", "partnership", "partnership_partner",
                               "setting", "outbox", "sync_control", "draft"})
SQLITE_MAGIC = b"SQLite format 3\x00"

class _Database(SqlCipherDatabase):
    def init(self, database, passphrase: str = "", **kwargs):
        """peewee keeps connection parameters from one init to the next: a key never outlives
        the database it was given for (an init without one opens an unencrypted file)."""
        super().init(database, passphrase=passphrase, **kwargs)

    def _connect(self):
        hush()
        return super()._connect()


database = _Database(None, lock_type="IMMEDIATE")
FILES_SEALED = "crypto.files_sealed"  # setting: every attachment of this database is encrypted


class BaseModel(peewee.Model):
    class Meta:
        database = database
        legacy_table_names = False


@dataclass(frozen=True)
class FileState:
    """What `inspect_file` found: `version` 0 and `empty` for a file a database may be made in."""
    path: Path
    empty: bool
    version: int
    encrypted: bool = False
    demo: bool = False


def resolve(path: str | os.PathLike) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except (RuntimeError, OSError) as exc:  # RuntimeError: Python 3.11's symlink loop
        if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
            raise DatabaseError(msg("{path} is a symbolic link that loops back on itself; "
                                    "point --db at a real file.", path=str(path))) from exc
        raise DatabaseError(msg("{path} cannot be used: {reason}.", path=str(path),
                                reason=str(exc.strerror or exc))) from exc


def inspect_file(path: Path, *, create: bool) -> FileState:
    """Say whether `path` is a PartnerDesk database (see the module docstring), changing nothing.

    Raises DatabaseError with the reason for a missing, foreign, newer, damaged or locked file."""
    from .migrations import LATEST_VERSION
    try:
        if not path.exists():
            if not create:
                raise DatabaseError(msg("No database at {path}. Check the path, or run "
                                        "'python main.py demo --db {path}' to make one.",
                                        path=str(path)))
            if not path.parent.is_dir():
                raise DatabaseError(msg("Cannot create the database: the folder {folder} does "
                                        "not exist.", folder=str(path.parent)))
            return FileState(path, True, 0)
        if path.is_dir():
            raise DatabaseError(msg("{path} is a folder, not a database file.", path=str(path)))
        if not path.is_file():
            raise DatabaseError(msg("{path} is a device or a pipe, not a database file.",
                                    path=str(path)))
        if path.stat().st_size == 0:
            return _empty(path, create)
        with open(path, "rb") as fh:
            head = fh.read(100)
    except PermissionError as exc:
        raise DatabaseError(msg("{path} cannot be read: permission denied.",
                                path=str(path))) from exc
    except OSError as exc:
        raise DatabaseError(msg("{path} cannot be used: {reason}.", path=str(path),
                                reason=str(exc.strerror or exc))) from exc
    keys = None
    if head[:16] != SQLITE_MAGIC:
        if not crypto.key_path(path).exists():
            raise DatabaseError(msg(
                "{path} is not a PartnerDesk database (not an SQLite file, and no key file "
                "{file} beside it, as an encrypted one has).", path=str(path),
                file=crypto.key_path(path).name))
        keys = keystore.unlock(path)
    app, version, names, is_demo = _peek(path, keys, wal=keys is not None or (
        len(head) > 18 and head[18] == 2))
    if app == 0 and version == 0 and not names:
        return _empty(path, create)
    found = FileState(path, False, version, keys is not None, is_demo)
    if app == APPLICATION_ID:
        if version > LATEST_VERSION:
            raise DatabaseError(msg(
                "{path} was made by a newer PartnerDesk (schema {version}; this program knows "
                "up to {latest}). Install the newer version to open it; the file was not "
                "changed.", path=str(path), version=version, latest=LATEST_VERSION))
        return found
    missing = FOUNDATION_TABLES - names
    if app == 0 and 1 <= version <= LATEST_VERSION and not missing:
        return found
    why = (msg("tables {names} are missing", names=sorted(missing)) if app == 0 and missing
           and 1 <= version <= LATEST_VERSION else msg("it belongs to another application"))
    raise DatabaseError(msg("{path} is an SQLite file but not a PartnerDesk database ({why}); "
                            "it was not changed.", path=str(path), why=why))


def _empty(path: Path, create: bool) -> FileState:
    if not create:
        raise DatabaseError(msg("{path} is empty, not a PartnerDesk database yet: open it in "
                                "the PartnerDesk window to start one.", path=str(path)))
    return FileState(path, True, 0)


def _peek(path: Path, keys, wal: bool) -> tuple[int, int, set[str], bool]:
    """application_id, user_version, schema object names and whether it is the demo, read
    without writing anything.

    A read-only connection to a WAL database cannot delete the -wal/-shm files it creates, so
    when no -wal exists (nobody has the file open, the main file holds every commit) the file is
    read as immutable, which creates neither."""
    uri = f"file:{quote(str(path))}?mode=ro"
    if wal and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    try:
        con = raw_connect(uri, keys, uri=True, timeout=BUSY_SECONDS)
        try:
            app = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            is_demo = "setting" in names and con.execute(
                "SELECT count(*) FROM setting WHERE key = 'demo' AND value = '1'").fetchone()[0]
            return app, version, names, bool(is_demo)
        finally:
            con.close()
    except SQL_ERRORS as exc:
        if keys is not None and sqlite_code(exc) == 26:  # SQLITE_NOTADB: the key does not fit
            raise DatabaseError(msg(
                "{path} cannot be read with the key in {file}: that key file belongs to another "
                "database, or the database is damaged. Nothing was changed.", path=str(path),
                file=crypto.key_path(path).name)) from exc
        raise explain(exc, path) or damaged(path, exc) from exc


def _check_writable(path: Path) -> None:
    """A database needs its file and its folder (the -wal and -shm files) writable."""
    if path.exists() and not os.access(path, os.W_OK):
        raise _read_only(path)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise _folder_read_only(path.parent)


def _read_only(path) -> DatabaseError:
    return DatabaseError(msg("{path} is read-only: PartnerDesk needs to write to it. Change its "
                             "permissions, or copy it to a folder you can write to.",
                             path=str(path)))


def _folder_read_only(folder) -> DatabaseError:
    return DatabaseError(msg("The folder {folder} is read-only: PartnerDesk keeps a journal "
                             "beside the database there. Move the database to a folder you can "
                             "write to.", folder=str(folder)))


def open_database(path: str | os.PathLike, *, create: bool = True, migrate: bool = True,
                  backup: bool = True, check: bool = True,
                  plain: bool = False) -> peewee.SqliteDatabase:
    """Open (and migrate) the local database at `path`; raise DatabaseError with a clear reason.

    A database made by a newer PartnerDesk or by another application is refused and left
    untouched. An encrypted one is opened with the key of its passphrase (asked through
    models/keystore.py once per process); a new one gets a passphrase and is encrypted, unless
    `plain` (the demo); one made before encryption is encrypted first (models/encrypt.py). A
    database at an older schema version is copied to `<name>.v<N>.bak` (encrypted like it)
    before it is migrated. `check=False` leaves out the integrity check, which reads every page
    (0.5-1 s at 100,000 partnerships): the window runs `check_integrity` on a worker once it
    shows.
    """
    from .migrations import LATEST_VERSION, migrate_database

    path = resolve(path)
    finish_interrupted(path)
    state = inspect_file(path, create=create)
    if state.version < LATEST_VERSION and not state.empty and not migrate:
        raise DatabaseError(msg("{path} needs an upgrade (schema {version} -> {latest}).",
                                path=str(path), version=state.version, latest=LATEST_VERSION))
    _check_writable(path)
    close_database()
    if state.encrypted:
        keys = keystore.unlock(path)  # inspect_file has it already
    elif state.empty:
        keys = None if plain else keystore.create(path)
    elif state.demo or plain:
        keys = None
    else:
        keys = convert(path)
    database.init(str(path), pragmas=PRAGMAS, timeout=BUSY_SECONDS,
                  passphrase=keys.sqlcipher if keys is not None else "")
    upgrading = False
    try:
        database.connect(reuse_if_open=True)
        if migrate:
            upgrading = not state.empty and state.version < LATEST_VERSION
            migrate_database(database, path if (not state.empty and backup) else None)
            upgrading = False
        if keys is not None:
            _keep_key_settings(path, state)
            if database.execute_sql("SELECT count(*) FROM setting WHERE key = ?",
                                    (FILES_SEALED,)).fetchone()[0] == 0:
                seal_files(files_of(path), keys)
                database.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES "
                                     "(?, '1')", (FILES_SEALED,))
        if not state.empty and check:
            result = database.execute_sql("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise damaged(path, result)
    except (*SQL_ERRORS, peewee.PeeweeException) as exc:
        close_database()
        known = explain(exc, path)
        if known is None and upgrading:
            known = DatabaseError(msg(
                "{path} could not be upgraded to this version's schema ({reason}); the upgrade "
                "was rolled back and the file is as it was.", path=str(path), reason=str(exc)))
        raise known or damaged(path, exc) from exc
    except DatabaseError:
        close_database()
        raise
    return database


def _keep_key_settings(path: Path, state: FileState) -> None:
    """A recovery key made in this process goes into the database (encrypted) until HQ has it."""
    recovery = keystore.take_unsent_recovery(path)
    if recovery is not None:
        database.execute_sql("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                             (keystore.RECOVERY_UNSENT, recovery))


def check_integrity() -> str | None:
    """Read every page of the open database (PRAGMA quick_check): None when it is sound, else
    what SQLite found. Meant for a worker thread: its connection gets a small page cache, so that
    reading 300 MB does not leave 32 MB of cache in the process."""
    set_cache_size(2_000)
    found = [row[0] for row in database.execute_sql("PRAGMA quick_check(5)").fetchall()]
    return None if found == ["ok"] else "; ".join(found)


def connect(path: str | os.PathLike, *, foreign_keys: bool = True,
            busy_seconds: float = BUSY_SECONDS, factory=Connection) -> sqlcipher.Connection:
    """A raw connection to a database at the latest schema, with the same PRAGMAS and key.

    Autocommit (`isolation_level=None`): callers write in explicit BEGIN IMMEDIATE transactions.
    The schema is never migrated here, nor a database encrypted; one that needs it is refused
    with the way out."""
    from .migrations import LATEST_VERSION

    path = resolve(path)
    state = inspect_file(path, create=False)
    if state.version != LATEST_VERSION:
        raise DatabaseError(msg("{path} has schema {version}, this program {latest}; open it "
                                "once with PartnerDesk (any command) to upgrade it.",
                                path=str(path), version=state.version, latest=LATEST_VERSION))
    if not state.encrypted and not state.demo:
        raise DatabaseError(msg("{path} is not encrypted yet: open it once with PartnerDesk (any "
                                "command) to encrypt it.", path=str(path)))
    _check_writable(path)
    pragmas = dict(PRAGMAS, foreign_keys=int(foreign_keys),
                   busy_timeout=int(busy_seconds * 1000))
    try:
        con = raw_connect(str(path), keystore.unlock(path) if state.encrypted else None,
                          isolation_level=None, timeout=busy_seconds, check_same_thread=False,
                          factory=factory)
        try:
            for name, value in pragmas.items():
                con.execute(f"PRAGMA {name} = {value}")
        except BaseException:
            con.close()
            raise
    except SQL_ERRORS as exc:
        raise explain(exc, path) or damaged(path, exc) from exc
    return con


def explain(exc: BaseException, path) -> DatabaseError | None:
    """A message for the person for an SQLite failure they can act on, or None (a bug)."""
    code = sqlite_code(exc)
    if code in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED: after the busy timeout
        return DatabaseBusy(msg("Another PartnerDesk is writing to {path}; try again in a "
                                "moment.", path=str(path)))
    if code in (3, 8):  # SQLITE_PERM, SQLITE_READONLY
        return _read_only(path)
    if code == 13:  # SQLITE_FULL: the transaction was rolled back
        return DatabaseError(msg("The disk holding {path} is full; free some space and try "
                                 "again (nothing was changed).", path=str(path)))
    if code == 14:  # SQLITE_CANTOPEN
        folder = Path(path).parent
        if not os.access(folder, os.W_OK | os.X_OK):
            return _folder_read_only(folder)
        return DatabaseError(msg("{path} cannot be opened ({reason}).", path=str(path),
                                 reason=str(exc)))
    if code == 10:  # SQLITE_IOERR
        return DatabaseError(msg("Reading or writing {path} failed (a disk or file-system "
                                 "error: {reason}).", path=str(path), reason=str(exc)))
    if code in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return damaged(path, exc)
    return None


def damaged(path, exc) -> DatabaseError:
    return DatabaseError(msg("{path} is damaged and cannot be opened ({reason}).",
                             path=str(path), reason=one_line(exc)))


def one_line(problem) -> str:
    """SQLite's reports span lines (quick_check's); the person gets one."""
    return " ".join(str(problem).split())


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
