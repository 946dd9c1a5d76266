"""The device's view of sync: conflicts waiting for a person, sync history, unsent changes.

The sync client (sync/client.py) writes these tables and the settings keys "sync.server",
"sync.last_success" (ISO time) and "sync.last_error"; views and alerts read them through here.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

import peewee

from ..base import atomic, current_user
from ..db import BaseModel, database
from ..directory import settings
from ..errors import DomainError, NotFound
from ..ids import utc_now
from ..messages import msg
from ..message_data import restored


class SyncConflict(BaseModel):
    """A field HQ kept against this device's edit (or an edit/delete race), until resolved."""
    id = peewee.TextField(primary_key=True)
    table_name = peewee.TextField()
    row_id = peewee.TextField(index=True)
    field = peewee.TextField()
    kind = peewee.TextField(default="field")  # field | deleted | edited | apply
    mine = peewee.TextField(null=True)  # JSON of this device's value
    theirs = peewee.TextField(null=True)  # JSON of the value HQ kept
    my_author = peewee.TextField(default="")
    their_author = peewee.TextField(default="")
    created_at = peewee.TextField()
    resolved_at = peewee.TextField(null=True, index=True)
    resolution = peewee.TextField(null=True)  # mine | theirs

    class Meta:
        table_name = "sync_conflict"


class SyncHistory(BaseModel):
    id = peewee.AutoField()
    started_at = peewee.TextField()
    finished_at = peewee.TextField()
    ok = peewee.BooleanField(default=False)
    pushed = peewee.IntegerField(default=0)
    pulled = peewee.IntegerField(default=0)
    conflicts = peewee.IntegerField(default=0)
    rejected = peewee.IntegerField(default=0)
    bytes_sent = peewee.IntegerField(default=0)
    bytes_received = peewee.IntegerField(default=0)
    round_trips = peewee.IntegerField(default=0)
    seconds = peewee.FloatField(default=0)
    error = peewee.TextField(null=True)

    class Meta:
        table_name = "sync_history"


class SyncBlob(BaseModel):
    """A file (by SHA-256) HQ has confirmed, so it is never sent again; or, with an `error`, one
    HQ refused, set aside (listed with the reason) until the next checksum check tries again."""
    sha256 = peewee.TextField(primary_key=True)
    sent_at = peewee.TextField()
    error = peewee.TextField(null=True)
    dismissed = peewee.IntegerField(default=0)

    class Meta:
        table_name = "sync_blob"


MODELS = [SyncConflict, SyncHistory, SyncBlob]


@dataclass(frozen=True)
class Status:
    server: str | None
    enrolled: bool
    offices: list[str]
    last_success: str | None
    last_error: str | None
    pending: int
    rejected: int
    conflicts: int
    oldest_pending: str | None


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    field: str
    kind: str
    mine: str
    theirs: str
    my_author: str
    their_author: str
    created_at: str
    label: str  # reference or title of the record, when it has one


def status(office: str | None = None) -> Status:
    """Sync state of this device; with `office`, counts only that office's changes."""
    where, params = ("WHERE office = ?", (office,)) if office else ("", ())
    outbox = database.execute_sql(
        "SELECT sum(status = 'pending'), sum(status = 'rejected'), "
        f"min(CASE WHEN status = 'pending' THEN created_at END) FROM outbox {where}",
        params).fetchone()
    files = database.execute_sql(
        "SELECT count(*) FROM sync_blob b WHERE error IS NOT NULL AND dismissed = 0" +
        (" AND EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = b.sha256 AND a.office = ?)"
         if office else ""), params).fetchone()[0]
    return Status(server=settings.get("sync.server"), enrolled=bool(settings.get("sync.token")),
                  offices=json.loads(settings.get("sync.offices") or "[]"),
                  last_success=settings.get("sync.last_success"),
                  last_error=restored(settings.get("sync.last_error")),
                  pending=outbox[0] or 0,
                  rejected=(outbox[1] or 0) + files, conflicts=open_conflicts_count(office),
                  oldest_pending=outbox[2])


def _office_of(table: str, row_id: str) -> str | None:
    try:
        row = database.execute_sql(f'SELECT office FROM "{table}" WHERE id = ?',
                                   (row_id,)).fetchone()
    except peewee.OperationalError:  # a table this version does not have
        return None
    return row[0] if row else None


def open_conflicts_count(office: str | None = None) -> int:
    query = SyncConflict.select().where(SyncConflict.resolved_at.is_null())
    if office is None:
        return query.count()
    return sum(1 for c in query if _office_of(c.table_name, c.row_id) == office)


def _show(value: str | None) -> str:
    if value is None:
        return ""
    parsed = json.loads(value)
    return "" if parsed is None else str(parsed)


def _label(table: str, row_id: str) -> str:
    """A name for the record; read as bytes, since a change is often refused precisely because
    the record holds text that is not valid UTF-8 (a raw edit), and the list must still show."""
    columns = {r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}
    for column in ("reference", "code", "legal_name", "name", "title"):
        if column in columns:
            row = database.execute_sql(f'SELECT CAST("{column}" AS BLOB) FROM "{table}" WHERE '
                                       'id = ?', (row_id,)).fetchone()
            if row and row[0]:
                return bytes(row[0]).decode("utf-8", "replace")[:120]
    return row_id[:13]


def conflicts(limit: int = 500) -> list[Conflict]:
    rows = (SyncConflict.select().where(SyncConflict.resolved_at.is_null())
            .order_by(SyncConflict.created_at.desc()).limit(limit))
    return [Conflict(c.id, c.table_name, c.row_id, c.field, c.kind, _show(c.mine),
                     _show(c.theirs), c.my_author, c.their_author, c.created_at,
                     _label(c.table_name, c.row_id)) for c in rows]


def resolve(conflict_id: str, keep: str) -> None:
    """Keep HQ's value ("theirs": nothing to send) or this device's ("mine": a new edit syncs)."""
    if keep not in ("mine", "theirs"):
        raise DomainError(msg("Choose to keep your value or the one at headquarters."))
    conflict = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
    if conflict is None or conflict.resolved_at:
        raise NotFound(msg("This conflict was already resolved or no longer exists."))
    if keep == "mine" and conflict.kind == "renamed":
        raise DomainError(msg("{value} is used by another record, so headquarters gave this "
                              "one a new reference. Keep the new one, or edit the record to "
                              "choose another.", value=_show(conflict.mine)))
    with atomic():
        if keep == "mine" and conflict.kind != "apply":
            table = conflict.table_name
            columns = {r[1] for r in database.execute_sql(
                f'PRAGMA table_info("{table}")').fetchall()}
            if conflict.field not in columns:
                raise DomainError(msg("This device no longer has the field {field}.",
                                      field=conflict.field))
            database.execute_sql(
                f'UPDATE "{table}" SET "{conflict.field}" = ?, updated_at = ?, updated_by = ? '
                f"WHERE id = ?", (json.loads(conflict.mine) if conflict.mine else None,
                                  utc_now(), current_user(), conflict.row_id))
        conflict.resolved_at = utc_now()
        conflict.resolution = keep
        conflict.save()


@dataclass(frozen=True)
class Refused:
    seq: int  # the change in the outbox; 0 for a file
    table: str
    label: str
    op: str  # insert | update | delete | file
    error: str
    created_at: str
    sha256: str = ""  # the file, when op is "file"


def refused(limit: int = 500) -> list[Refused]:
    """Changes and files HQ (or this device, for another office) set aside, with the reason."""
    rows = database.execute_sql(
        "SELECT seq, table_name, row_id, op, error, created_at FROM outbox WHERE status = "
        "'rejected' ORDER BY seq DESC LIMIT ?", (limit,)).fetchall()
    found = [Refused(r[0], r[1], _label(r[1], r[2]), r[3], restored(r[4] or ""), r[5])
             for r in rows]
    for sha, error, when in database.execute_sql(
            "SELECT sha256, error, sent_at FROM sync_blob WHERE error IS NOT NULL AND "
            "dismissed = 0 ORDER BY sent_at DESC LIMIT ?", (limit,)).fetchall():
        name = database.execute_sql("SELECT filename FROM attachment WHERE sha256 = ? ORDER BY "
                                    "deleted LIMIT 1", (sha,)).fetchone()
        found.append(Refused(0, "attachment", name[0] if name else sha[:13], "file",
                             restored(error), when, sha))
    return found


def dismiss_refused(seq: int, sha256: str = "") -> None:
    """The user has read why a change (or, with `sha256`, a file) was refused; stop listing it."""
    if sha256:
        database.execute_sql("UPDATE sync_blob SET dismissed = 1 WHERE sha256 = ? AND error IS "
                             "NOT NULL", (sha256,))
        return
    database.execute_sql("UPDATE outbox SET status = 'dismissed' WHERE seq = ? AND status = "
                         "'rejected'", (seq,))


def history(limit: int = 50) -> list[SyncHistory]:
    return list(SyncHistory.select().order_by(SyncHistory.id.desc()).limit(limit))
