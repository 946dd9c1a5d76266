"""Applying one HQ answer on the device in ONE transaction: acks, conflicts, changes, cursor.

A kill at any point leaves either the whole answer applied (and the new cursor stored) or none of
it; the next sync re-sends the same ops (HQ answers from its record of applied (device, seq)) and
asks from the old cursor, so nothing is lost or applied twice.

Every value from HQ is checked against the column definitions (models/columns.py) before it is
stored, and decimals arrive as text that Python turns into the exact double. What cannot be
stored (a value its column refuses, a reference that a change of this device not yet sent still
holds) is set aside with its reason (sync/held.py) and the rest applied: one bad row never stops
a page, and nothing of it is lost.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from sqlcipher3.dbapi2 import IntegrityError

from models import columns
from models.ids import utc_now, uuid7
from models.message_data import from_data, stored

from . import held, search
from .local import put
from .protocol import Op

# The device's database speaks sqlcipher3; tests and tools may hand a plain sqlite3 connection.
INTEGRITY = (sqlite3.IntegrityError, IntegrityError)


@dataclass
class Applied:
    acked: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    held: int = 0
    problems: list[str] = field(default_factory=list)
    inserted: dict[str, list[str]] = field(default_factory=dict)  # row ids per table: to index


def _pending_fields(con, keys: set[tuple[str, str]]) -> dict[tuple[str, str], set[str]]:
    """Fields with an unsent local edit, per (table, row id): pulled values must not overwrite."""
    out: dict[tuple[str, str], set[str]] = {}
    if not keys:
        return out
    ids = sorted({k[1] for k in keys})
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for table, row_id, fields in con.execute(
                f"SELECT table_name, row_id, fields FROM outbox WHERE status = 'pending' AND "
                f"row_id IN ({','.join('?' for _ in chunk)})", chunk):
            if (table, row_id) in keys:
                out.setdefault((table, row_id), set()).update(json.loads(fields))
    return out


def _conflict(con, table, row_id, field_name, kind, mine, theirs, my_author, their_author):
    open_row = con.execute(
        "SELECT id FROM sync_conflict WHERE table_name = ? AND row_id = ? AND field = ? AND "
        "resolved_at IS NULL", (table, row_id, field_name)).fetchone()
    values = (kind, json.dumps(mine), json.dumps(theirs), my_author, their_author, utc_now())
    if open_row:
        con.execute("UPDATE sync_conflict SET kind = ?, mine = ?, theirs = ?, my_author = ?, "
                    "their_author = ?, created_at = ? WHERE id = ?", values + (open_row[0],))
    else:
        con.execute("INSERT INTO sync_conflict (kind, mine, theirs, my_author, their_author, "
                    "created_at, id, table_name, row_id, field) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?)", values + (uuid7(), table, row_id, field_name))


def local_value(column, value):
    """A value from HQ as this device stores it: a decimal's text becomes the double it names
    (Python's conversion is correctly rounded; SQLite's own is not always, measured)."""
    if column is not None and column.kind == "decimal" and type(value) is str:
        return float(value)
    return value


def _unique(con, table: str) -> list[str]:
    """Single-column UNIQUE indexes of `table` (references, codes), cached per connection."""
    cache = getattr(con, "_pd_unique", None)
    if cache is None:
        cache = {}
        try:
            con._pd_unique = cache
        except AttributeError:  # a plain sqlite3 connection: looked up each time
            pass
    if table not in cache:
        found = []
        for index in con.execute(f'PRAGMA index_list("{table}")').fetchall():
            if index[2]:
                cols = con.execute(f'PRAGMA index_info("{index[1]}")').fetchall()
                if len(cols) == 1 and cols[0][2] != "id":
                    found.append(cols[0][2])
        cache[table] = found
    return cache[table]


def _write(con, table: str, row_id: str, version: int, good: dict, exists: bool):
    """Store `good` into the row; the IntegrityError of a clash, or None."""
    try:
        if exists:
            sets = "".join(f', "{k}" = ?' for k in good)
            con.execute(f'UPDATE "{table}" SET version = max(version, ?){sets} WHERE id = ?',
                        [version] + list(good.values()) + [row_id])
        else:
            names = ["id", "version"] + list(good)
            con.execute(f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)})'
                        f' VALUES ({", ".join("?" for _ in names)})',
                        [row_id, version] + list(good.values()))
    except INTEGRITY as exc:
        return exc
    return None


def _clash(con, table: str, row_id: str, good: dict) -> tuple[str, str] | None:
    """(column, id of the local row) holding a unique value of `good` already."""
    for column in _unique(con, table):
        if good.get(column) is not None:
            holder = con.execute(f'SELECT id FROM "{table}" WHERE "{column}" = ? AND id != ?',
                                 (good[column], row_id)).fetchone()
            if holder:
                return column, holder[0]
    return None


def _sends(con, table: str, row_id: str, column: str) -> bool:
    """Does a change of this device not yet sent set `column` of the row?"""
    return any(column in json.loads(fields) for (fields,) in con.execute(
        "SELECT fields FROM outbox WHERE status = 'pending' AND table_name = ? AND row_id = ?",
        (table, row_id)))


def _rename_local(con, table: str, holder: str, column: str, value: str) -> None:
    """HQ gave `value` to another record: this device's row that holds it (and sends no change
    of it) takes a local name until HQ's value for it arrives; the person is told."""
    new, n = f"{value}-local", 1
    while con.execute(f'SELECT 1 FROM "{table}" WHERE "{column}" = ?', (new,)).fetchone():
        n += 1
        new = f"{value}-local{n}"
    con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (new, holder))
    _conflict(con, table, holder, column, "renamed", value, new, "", "")


def store(con, tables, table: str, row_id: str, version: int, values: dict,
          result: Applied, held_here: bool = True) -> None:
    """Store a pulled change (merged with what was set aside of the row before: `held_here`
    False says nothing is set aside); set aside what cannot be stored, with its reason."""
    local = tables.get(table)
    if local is None:
        result.problems.append(f"{table} is unknown to this version of PartnerDesk")
        return
    values = {k: v for k, v in values.items() if k in local and k not in ("id", "version")}
    before = held.get(con, table, row_id) if held_here else None
    if before is not None:
        values, version = {**before.fields, **values}, max(version, before.version)
        held.release(con, table, row_id)
    defined = columns.columns().get(table, {})
    reasons = {k: v for k, v in columns.problems(table, values).items() if k in values}
    good = {k: local_value(defined.get(k), v) for k, v in values.items() if k not in reasons}
    exists = con.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (row_id,)).fetchone() is not None
    waiting = False
    if not exists:
        reasons.update({n: "is required (HQ has not sent it yet)" for n, c in defined.items()
                        if c.required and n in local and n != "id" and n not in values})
        if any(defined[n].required for n in reasons if n in defined):
            _hold(con, table, row_id, version, values, reasons, True, False, result)
            return
        if table == "office" and "code" in good:  # the local first-run office row yields to HQ's
            con.execute("DELETE FROM office WHERE code = ? AND id != ? AND version = 0",
                        (good["code"], row_id))
    while (error := _write(con, table, row_id, version, good, exists)) is not None:
        clash = _clash(con, table, row_id, good)
        if clash is None:
            reasons["*"] = f"could not be stored here ({error})"
            _hold(con, table, row_id, version, values, reasons, not exists, False, result)
            return
        column, holder = clash
        if not _sends(con, table, holder, column):
            _rename_local(con, table, holder, column, good[column])
            continue
        reasons[column] = (f"is also the {column} of a record of this device whose change has "
                           "not reached HQ yet; it is stored once HQ has answered that change")
        waiting = True
        if not exists:
            _hold(con, table, row_id, version, values, reasons, True, True, result)
            return
        del good[column]
    if not exists:
        result.inserted.setdefault(table, []).append(row_id)
    if reasons:
        _hold(con, table, row_id, version, {k: values[k] for k in reasons if k in values},
              reasons, False, waiting, result)


def _hold(con, table, row_id, version, values, reasons, whole, waiting, result) -> None:
    held.hold(con, table, row_id, version, values, reasons, whole=whole, waiting=waiting)
    result.held += 1
    result.problems.append(f"{table} {row_id}: set aside ({columns.describe(reasons)})")


def _put(con, tables, table: str, row_id: str, values: dict, result: Applied) -> None:
    """Put HQ's values of some fields back into a stored row (after a conflict or refusal)."""
    defined = columns.columns().get(table, {})
    for name, value in values.items():
        if table not in tables or name not in tables[table] or name in ("id", "version"):
            continue
        reason = defined[name].check(value) if name in defined else "is unknown here"
        if reason is None:
            try:
                con.execute(f'UPDATE "{table}" SET "{name}" = ? WHERE id = ?',
                            (local_value(defined.get(name), value), row_id))
                continue
            except INTEGRITY as exc:
                reason = f"could not be stored here ({exc})"
        found = held.get(con, table, row_id)
        if found is None or not found.whole:
            fields = {**(found.fields if found else {}), name: value}
            _hold(con, table, row_id, found.version if found else 0, fields, {name: reason},
                  False, False, result)


def apply_answer(con, answer: dict, sent: dict[int, Op], *, cursor: bool = True) -> Applied:
    """Apply acks of the `sent` ops (by seq) and the changes of `answer`."""
    result = Applied()
    tables = getattr(con, "_pd_tables", None)
    if tables is None:
        from .local import synced_tables
        tables = synced_tables(con)
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute("UPDATE sync_control SET capture = 0 WHERE id = 1")
        search.pause(con)  # the page's new rows are indexed together, below
        held_here = con.execute("SELECT EXISTS (SELECT 1 FROM sync_held)").fetchone()[0]
        for ack in answer.get("acks", []):
            op = sent.get(ack.get("s"))
            if op is not None:
                _ack(con, tables, op, ack, result, held_here)
        changes = answer.get("changes", [])
        pending = _pending_fields(con, {(c[0], c[1]) for c in changes})
        for table, row_id, version, values in changes:
            skip = pending.get((table, row_id))
            if skip:
                values = {k: v for k, v in values.items() if k not in skip}
            store(con, tables, table, row_id, version, values, result, held_here)
            result.pulled += 1
        for table, row_id, found in held.waiting(con):  # this answer may have freed them
            held.release(con, table, row_id)
            store(con, tables, table, row_id, found.version, found.fields,
                  Applied(inserted=result.inserted))
        search.index_new(con, result.inserted)
        if cursor:
            put(con, "sync.cursor", answer.get("cursor", 0))
            if not answer.get("more"):  # every change up to it is here (sync/client.py)
                put(con, "sync.since", answer.get("cursor", 0))
        con.execute("DELETE FROM outbox WHERE status = 'done' AND seq < "
                    "(SELECT max(seq) FROM outbox)")
        con.execute("UPDATE sync_control SET capture = 1 WHERE id = 1")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result


def _ack(con, tables, op: Op, ack: dict, result: Applied, held_here: bool) -> None:
    seq, table, row_id = op.seq, op.table, op.row_id
    if "x" in ack:
        reason = from_data(ack.get("xm")) or ack["x"]  # translatable when HQ sent it as data
        con.execute("UPDATE outbox SET status = 'rejected', error = ? WHERE seq = ?",
                    (stored(reason), seq))
        later = _pending_fields(con, {(table, row_id)}).get((table, row_id), set())
        result.rejected += 1
        restore = {k: v for k, v in (ack.get("r") or {}).items() if k not in later}
        _put(con, tables, table, row_id, restore, result)
        return
    con.execute("UPDATE outbox SET status = 'done' WHERE seq = ?", (seq,))
    result.acked += 1
    if table in tables and ack.get("v"):
        con.execute(f'UPDATE "{table}" SET version = ? WHERE id = ? AND version < ?',
                    (ack["v"], row_id, ack["v"]))
    if held_here:
        held.drop_fields(con, table, row_id, op.fields)  # HQ now has this device's values
    if not ack.get("a") and not ack.get("c"):
        return  # the usual ack: nothing of HQ's to put back (no outbox scan per ack)
    later = _pending_fields(con, {(table, row_id)}).get((table, row_id), set())
    _put(con, tables, table, row_id,
         {k: v for k, v in (ack.get("a") or {}).items() if k not in later}, result)
    for field_name, theirs, author, kind in ack.get("c") or ():
        if field_name not in later:
            _put(con, tables, table, row_id, {field_name: theirs}, result)
        mine_value = op.fields.get(field_name, 1 if kind == "edited" else 0)
        _conflict(con, table, row_id, field_name, kind, mine_value, theirs,
                  str(op.fields.get("updated_by", "")), author)
        result.conflicts += 1
