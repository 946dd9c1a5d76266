"""Raw connections through SQLCipher (sqlcipher3), the one SQLite library of the local database.

One library only: two copies of SQLite in one process that open the same file break each other's
POSIX locks (closing one's descriptor drops the other's locks), which corrupts databases. So the
local database is opened by sqlcipher3 everywhere (peewee's SqlCipherDatabase, the sync's and
the tools' raw connections, even for the unencrypted demo); only the HQ store, a file of its own,
uses the standard library's sqlite3.
"""
from __future__ import annotations

import sqlite3

from sqlcipher3 import dbapi2 as sqlcipher

BUSY_SECONDS = 5.0
Connection = sqlcipher.Connection  # the class of every raw connection (a factory subclasses it)
SQL_ERRORS = (sqlite3.Error, sqlcipher.Error)  # the HQ store and tools still use sqlite3
_quiet: list = []


def hush() -> None:
    """SQLCipher writes a wrong key's "hmac check failed" to stderr itself; the person gets one
    line from us instead (once per process)."""
    if not _quiet:
        sqlcipher.connect(":memory:").execute("PRAGMA cipher_log_level = NONE")
        _quiet.append(True)


def raw_connect(target: str, keys, **kwargs) -> sqlcipher.Connection:
    """An sqlcipher3 connection to `target`, given its key first when it has one (`keys` None:
    an unencrypted database)."""
    hush()
    con = sqlcipher.connect(target, **kwargs)
    if keys is not None:
        try:
            con.execute(f'PRAGMA key = "{keys.sqlcipher}"')
        except BaseException:
            con.close()
            raise
    return con


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code behind `exc` (peewee keeps the driver's error in .orig)."""
    seen = exc
    while seen is not None:
        code = getattr(seen, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF
        seen = getattr(seen, "orig", None) or seen.__cause__
    text = str(exc).lower()
    for words, code in (("database is locked", 5), ("readonly database", 8),
                        ("disk is full", 13), ("unable to open", 14)):
        if words in text:
            return code
    return None
