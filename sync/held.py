"""Pulled values this device could not store, kept instead of lost (table `sync_held`, step 11).

A pulled change can hold a value its column refuses (stored at HQ before HQ checked values, or
by an older HQ), or a reference that a change of this device, not yet sent, still holds. The
rest of the page is applied and the cursor moves on; what could not be stored is kept here per
row with its reason (the Sync view and `check` list it) and:
- merged with every later change of the same row, and stored as soon as it is storable (HQ's
  value fixed by someone, the whole row once it has every value it needs);
- retried after every answer while it waits for this device's own change (`waiting`);
- dropped for the fields this device's own accepted changes then set;
- counted by the checksum as HQ has it, so a row set aside is not "repaired" again and again.
"""
from __future__ import annotations

import json
from typing import NamedTuple

from models.ids import utc_now


class Held(NamedTuple):
    version: int
    fields: dict
    whole: bool
    waiting: bool


def get(con, table: str, row_id: str) -> Held | None:
    row = con.execute("SELECT version, fields, whole, waiting FROM sync_held WHERE table_name = ? "
                      "AND row_id = ?", (table, row_id)).fetchone()
    return Held(row[0], json.loads(row[1]), bool(row[2]), bool(row[3])) if row else None


def hold(con, table: str, row_id: str, version: int, fields: dict, reasons: dict, *,
         whole: bool, waiting: bool = False) -> None:
    now = utc_now()
    con.execute(
        "INSERT INTO sync_held (table_name, row_id, version, fields, reasons, whole, waiting, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, "
        "row_id) DO UPDATE SET version = excluded.version, fields = excluded.fields, reasons = "
        "excluded.reasons, whole = excluded.whole, waiting = excluded.waiting, updated_at = "
        "excluded.updated_at",
        (table, row_id, version, json.dumps(fields, ensure_ascii=False),
         json.dumps(reasons, ensure_ascii=False), int(whole), int(waiting), now, now))


def release(con, table: str, row_id: str) -> None:
    con.execute("DELETE FROM sync_held WHERE table_name = ? AND row_id = ?", (table, row_id))


def drop_fields(con, table: str, row_id: str, names) -> None:
    """This device's own change of `names` was accepted: HQ now has its values, not the held
    ones (a stored row only; a row not stored here has no change of this device)."""
    found = get(con, table, row_id)
    if found is None or found.whole:
        return
    fields = {k: v for k, v in found.fields.items() if k not in names}
    if not fields:
        release(con, table, row_id)
        return
    reasons = json.loads(con.execute("SELECT reasons FROM sync_held WHERE table_name = ? AND "
                                     "row_id = ?", (table, row_id)).fetchone()[0])
    hold(con, table, row_id, found.version, fields,
         {k: v for k, v in reasons.items() if k in fields}, whole=False, waiting=found.waiting)


def waiting(con) -> list[tuple[str, str, Held]]:
    return [(t, i, Held(v, json.loads(f), bool(w), True)) for t, i, v, f, w in con.execute(
        "SELECT table_name, row_id, version, fields, whole FROM sync_held WHERE waiting = 1 "
        "ORDER BY created_at")]


def overlay(con) -> dict[tuple[str, str], Held]:
    """Everything set aside, by (table, row id): what the checksum counts in place of (or over)
    the stored row."""
    return {(t, i): Held(v, json.loads(f), bool(w), bool(x)) for t, i, v, f, w, x in con.execute(
        "SELECT table_name, row_id, version, fields, whole, waiting FROM sync_held")}
