"""Applying one HQ answer on the device in ONE transaction: acks, conflicts, changes, cursor.

A kill at any point leaves either the whole answer applied (and the new cursor stored) or none of
it; the next sync re-sends the same ops (HQ answers from its record of applied (device, seq)) and
asks from the old cursor, so nothing is lost or applied twice.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from models.ids import utc_now, uuid7
from models.message_data import from_data, stored

from .local import put
from .protocol import Op


@dataclass
class Applied:
    acked: int = 0
    rejected: int = 0
    pulled: int = 0
    conflicts: int = 0
    problems: list[str] = field(default_factory=list)


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


def _upsert(con, tables, table: str, row_id: str, version: int, values: dict, result: Applied):
    columns = tables.get(table)
    if columns is None:
        result.problems.append(f"{table} is unknown to this version of PartnerDesk")
        return
    values = {k: v for k, v in values.items() if k in columns and k not in ("id", "version")}
    exists = con.execute(f'SELECT version FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    if exists is not None:
        sets = "".join(f', "{k}" = ?' for k in values)
        con.execute(f'UPDATE "{table}" SET version = max(version, ?){sets} WHERE id = ?',
                    [version] + list(values.values()) + [row_id])
        return
    if table == "office" and "code" in values:  # the local first-run office row yields to HQ's
        con.execute("DELETE FROM office WHERE code = ? AND id != ? AND version = 0",
                    (values["code"], row_id))
    names = ["id", "version"] + list(values)
    try:
        con.execute(f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                    f'VALUES ({", ".join("?" for _ in names)})',
                    [row_id, version] + list(values.values()))
    except sqlite3.IntegrityError as exc:
        result.problems.append(f"{table} {row_id}: {exc}")
        _conflict(con, table, row_id, "*", "apply", None, values, "", str(exc))
        result.conflicts += 1


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
        for ack in answer.get("acks", []):
            op = sent.get(ack.get("s"))
            if op is None:
                continue
            seq, table, row_id = op.seq, op.table, op.row_id
            if "x" in ack:
                reason = from_data(ack.get("xm")) or ack["x"]  # translatable when HQ sent data
                con.execute("UPDATE outbox SET status = 'rejected', error = ? WHERE seq = ?",
                            (stored(reason), seq))
                result.rejected += 1
                restore = ack.get("r") or {}
                later = _pending_fields(con, {(table, row_id)}).get((table, row_id), set())
                for name, value in restore.items():
                    if table in tables and name in tables[table] and name not in later:
                        con.execute(f'UPDATE "{table}" SET "{name}" = ? WHERE id = ?',
                                    (value, row_id))
                continue
            con.execute("UPDATE outbox SET status = 'done' WHERE seq = ?", (seq,))
            result.acked += 1
            if table in tables and ack.get("v"):
                con.execute(f'UPDATE "{table}" SET version = ? WHERE id = ? AND version < ?',
                            (ack["v"], row_id, ack["v"]))
            if ack.get("c"):
                mine = op.fields
                later = _pending_fields(con, {(table, row_id)}).get((table, row_id), set())
                for field_name, theirs, author, kind in ack["c"]:
                    if table in tables and field_name not in later \
                            and field_name in tables[table]:
                        con.execute(f'UPDATE "{table}" SET "{field_name}" = ? WHERE id = ?',
                                    (theirs, row_id))
                    mine_value = mine.get(field_name, 1 if kind == "edited" else 0)
                    _conflict(con, table, row_id, field_name, kind, mine_value, theirs,
                              str(mine.get("updated_by", "")), author)
                    result.conflicts += 1
        changes = answer.get("changes", [])
        pending = _pending_fields(con, {(c[0], c[1]) for c in changes})
        for table, row_id, version, values in changes:
            skip = pending.get((table, row_id))
            if skip:
                values = {k: v for k, v in values.items() if k not in skip}
            _upsert(con, tables, table, row_id, version, values, result)
            result.pulled += 1
        if cursor:
            put(con, "sync.cursor", answer.get("cursor", 0))
        con.execute("DELETE FROM outbox WHERE status = 'done' AND seq < "
                    "(SELECT max(seq) FROM outbox)")
        con.execute("UPDATE sync_control SET capture = 1 WHERE id = 1")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return result
