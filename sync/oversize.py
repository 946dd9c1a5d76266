"""Outbox ops that cannot go as they are: too large for one request, or unreadable; dealt with on
the device before anything is sent, since HQ refuses an over-large request unread (it cannot
name the op then) and the queue must not stop behind one op.

An op larger than a request may be is split into parts that each fit: the first part keeps the
op's seq and kind, the others become updates at the end of the queue, each without the fields
that a later change of the same record sets anyway (so no older value overtakes a newer one).
An op with one field too large to send alone, or whose stored text is not valid UTF-8 or JSON
(a raw edit outside PartnerDesk), is set aside with the reason, listed in the Sync view.
"""
from __future__ import annotations

import json

from models.ids import utc_now, uuid7
from models.message_data import stored
from models.messages import Message, msg

from . import protocol

# What one op may take in a request, leaving room for the request's head and the zstd frame (a
# zstd frame is at most about n/256 larger than its input, 8 KB for 2 MB).
LIMIT = protocol.MAX_BODY - 64 * 1024
RAW_LIMIT = protocol.MAX_DECODED - 64 * 1024


def size(text: str) -> int:
    """The bytes `text` takes in a request, compressed (0 when it surely fits: the common case
    costs no compression)."""
    raw = text.encode()
    if len(raw) <= LIMIT:
        return 0
    return len(protocol.compress(raw)) if len(raw) <= RAW_LIMIT else len(raw)


def too_large(text: str) -> bool:
    return size(text) > LIMIT


def set_aside(con, seq: int, reason) -> None:
    """Refuse the op `seq` with `reason` (a Message is kept as data, to show translated)."""
    con.execute("UPDATE outbox SET status = 'rejected', error = ? WHERE seq = ? AND status = "
                "'pending'", (stored(reason), seq))


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def split_or_set_aside(con, seq: int, fields: dict) -> None:
    """Deal with the op `seq` whose `fields` are too large for one request: parts of fields
    whose raw size (an upper bound of the compressed one, for small fields) or measured
    compressed size (for large ones) adds up to at most LIMIT, and at most RAW_LIMIT raw."""
    pieces = []
    for key, value in fields.items():
        text = json.dumps({key: value}, ensure_ascii=False)
        raw = len(text.encode())
        pieces.append((size(text) or raw, raw, key))
    pieces.sort()
    worst, worst_raw, name = pieces[-1]
    if worst > LIMIT or worst_raw > RAW_LIMIT or len(pieces) == 1:
        set_aside(con, seq, msg("The field {name} is too large to send to headquarters ({size} "
                                "once compressed; a change may take {most}). Shorten it and "
                                "save the record again.", name=name, size=_mb(worst),
                                most=_mb(LIMIT)))
        return
    parts, current, used, used_raw = [], [], 0, 0
    for cost, raw, key in pieces:
        if current and (used + cost > LIMIT or used_raw + raw > RAW_LIMIT):
            parts.append(current)
            current, used, used_raw = [], 0, 0
        current.append(key)
        used, used_raw = used + cost, used_raw + raw
    parts.append(current)
    _write_parts(con, seq, fields, parts)


def _write_parts(con, seq: int, fields: dict, parts: list[list[str]]) -> None:
    con.execute("BEGIN IMMEDIATE")
    try:
        table, row_id, base, office = con.execute(
            "SELECT table_name, row_id, base_version, office FROM outbox WHERE seq = ?",
            (seq,)).fetchone()
        later = set()
        for (text,) in con.execute("SELECT fields FROM outbox WHERE status = 'pending' AND "
                                   "table_name = ? AND row_id = ? AND seq > ?",
                                   (table, row_id, seq)):
            later.update(json.loads(text))
        con.execute("UPDATE outbox SET fields = ? WHERE seq = ?",
                    (json.dumps({k: fields[k] for k in parts[0]}, ensure_ascii=False), seq))
        for part in parts[1:]:
            rest = {k: fields[k] for k in part if k not in later}
            if rest:
                con.execute("INSERT INTO outbox (op_id, table_name, row_id, op, fields, "
                            "base_version, office, created_at, status) VALUES (?, ?, ?, "
                            "'update', ?, ?, ?, ?, 'pending')",
                            (uuid7(), table, row_id, json.dumps(rest, ensure_ascii=False), base,
                             office, utc_now()))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def read(row) -> tuple[str, str, str, dict] | Message:
    """(row id, office, fields text, fields) of an outbox row read as bytes, or why it cannot
    be sent."""
    try:
        row_id, office, text = (bytes(v or b"").decode("utf-8") for v in row)
        fields = json.loads(text)
    except UnicodeDecodeError:
        return msg("This change holds text that is not valid UTF-8 (was the record edited "
                   "outside PartnerDesk?); correct the record and save it again.")
    except ValueError:
        return msg("This change's stored text is damaged (not JSON); edit the record again.")
    if not isinstance(fields, dict):
        return msg("This change's stored text is damaged (not a set of fields); edit the record "
                   "again.")
    return row_id, office, text, fields
