"""HQ storage on SQLite (a file path) or PostgreSQL (a postgresql:// URL), through plain DB-API.

The HQ keeps synced records generically: one row per (table, id) with the values as JSON and, per
field, the version, global sequence, device and user of its last change (what per-field merge
needs). The same literal SQL runs on both engines (`?` placeholders become `%s` for psycopg2).
The schema is built and upgraded by numbered steps (sync/server/migrations.py) when a Store opens.
Writes are serialised: SQLite by BEGIN IMMEDIATE, PostgreSQL by the row lock on the sequence
counter, so that the committed sequence numbers always form a prefix (a cursor never skips one).
"""
from __future__ import annotations

import re
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from models.errors import DomainError

from . import migrations


def masked(url: str) -> str:
    """The store's address with any password replaced by ***, for banners, errors and logs."""
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return "(an unreadable database URL)"
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        parts = parts._replace(netloc=f"{parts.username or ''}:***@{host}")
    query = re.sub(r"(?i)(password=)[^&]*", r"\1***", parts.query)
    return urlunsplit(parts._replace(query=query)) if parts.scheme else text


def secret_of(url: str) -> str | None:
    """The password a database URL carries, if any (in the user part or as ?password=)."""
    try:
        parts = urlsplit(str(url))
        found = re.search(r"(?i)(?:^|&)password=([^&]*)", parts.query)
        return parts.password or (found[1] if found else None) or None
    except ValueError:
        return None


class Tx:
    """A cursor in one transaction with small helpers; `?` placeholders on both engines."""

    def __init__(self, cursor, pg: bool):
        self.cursor, self.pg = cursor, pg

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.pg else sql

    def run(self, sql: str, params=()) -> int:
        self.cursor.execute(self._sql(sql), tuple(params))
        return self.cursor.rowcount

    def many(self, sql: str, rows) -> None:
        rows = list(rows)
        if rows:
            self.cursor.executemany(self._sql(sql), rows)

    def all(self, sql: str, params=()) -> list[tuple]:
        self.cursor.execute(self._sql(sql), tuple(params))
        return self.cursor.fetchall()

    def one(self, sql: str, params=()):
        self.cursor.execute(self._sql(sql), tuple(params))
        return self.cursor.fetchone()

    def blob(self, value) -> bytes:
        return bytes(value) if value is not None else b""


class Store:
    """Connections per thread; `write()` and `read()` give a Tx inside a transaction."""

    def __init__(self, url: str | Path, *, schema: int | None = None, admin: bool = False):
        """Open the store and bring its schema to `schema` (default: the latest; tests build
        stores of an older version with it). `admin`: for an `hq` command, which a remote
        PostgreSQL store must authenticate, over TLS (remote.py), before anything is done."""
        self.url = str(url)
        self.label = masked(self.url)  # what may be printed or logged
        self.pg = self.url.startswith(("postgresql://", "postgres://"))
        self._local = threading.local()
        self._all: list = []
        self._lock = threading.Lock()
        if not self.pg:
            path = Path(self.url).expanduser()
            if not path.parent.exists():
                raise DomainError(f"Cannot create the HQ database: the folder {path.parent} "
                                  "does not exist.")
            self.url = str(path.resolve())
        try:
            if admin and self.pg:
                from .remote import problem
                refused = problem(self._connect(), self.label)
                if refused:
                    raise DomainError(refused)
            migrations.migrate(self, schema)  # every opener: serve and each hq command
        except BaseException:
            self.close()
            raise

    def _connect(self):
        con = getattr(self._local, "con", None)
        if con is not None:
            return con
        if self.pg:
            import psycopg2
            try:
                con = psycopg2.connect(self.url)
            except psycopg2.Error as exc:
                reason = str(exc).strip()
                secret = secret_of(self.url)
                if secret:
                    reason = reason.replace(secret, "***")
                raise DomainError(f"Cannot connect to the HQ database {self.label}: "
                                  f"{reason}") from None
        else:
            try:
                con = sqlite3.connect(self.url, isolation_level=None, check_same_thread=False,
                                      timeout=30)
                con.execute("PRAGMA journal_mode=wal")
                con.execute("PRAGMA synchronous=FULL")
            except sqlite3.DatabaseError as exc:
                raise DomainError(f"{self.label} is not a usable HQ database ({exc}).") from exc
        self._local.con = con
        with self._lock:
            self._all.append(con)
        return con

    @contextmanager
    def transaction(self):
        """A transaction that takes the write lock at once on SQLite (BEGIN IMMEDIATE)."""
        con = self._connect()
        cur = con.cursor()
        if not self.pg:
            cur.execute("BEGIN IMMEDIATE")
        try:
            yield Tx(cur, self.pg)
        except BaseException:
            con.rollback() if self.pg else cur.execute("ROLLBACK")
            raise
        else:
            con.commit() if self.pg else cur.execute("COMMIT")

    @contextmanager
    def write(self):
        """A write transaction serialised with every other writer (see the module docstring)."""
        with self.transaction() as tx:
            if self.pg:
                tx.run("UPDATE hq_counter SET value = value WHERE id = 1")
            yield tx

    @contextmanager
    def read(self):
        con = self._connect()
        cur = con.cursor()
        if not self.pg:
            cur.execute("BEGIN")
        try:
            yield Tx(cur, self.pg)
        finally:
            con.rollback() if self.pg else cur.execute("ROLLBACK")

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                try:
                    con.close()
                except Exception:
                    pass
            self._all.clear()
        self._local = threading.local()
