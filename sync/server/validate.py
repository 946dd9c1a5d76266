"""Strict checks of a decoded sync request: every malformed part gets a 4xx with a reason."""
from __future__ import annotations

import re

from models.errors import DomainError

from sync.protocol import MAX_OPS, OP_KINDS, Op

MAX_INT = 2 ** 53
MAX_TEXT = 1024 * 1024
HEX16 = re.compile(r"[0-9a-f]{16}")


class BadRequest(DomainError):
    """422 with this message; nothing was changed."""


def _int(value, what: str, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value < MAX_INT:
        raise BadRequest(f"{what} must be a whole number from {low}.")
    return value


def _name(value, what: str, most: int = 64) -> str:
    if not isinstance(value, str) or not value or len(value) > most:
        raise BadRequest(f"{what} must be text of 1 to {most} characters.")
    return value


def _value(value, what: str):
    if value is None or isinstance(value, (bool, float)):
        return value
    if isinstance(value, int):
        return _int(value, what, -MAX_INT)
    if isinstance(value, str):
        if len(value) > MAX_TEXT:
            raise BadRequest(f"{what} is longer than {MAX_TEXT} characters.")
        return value
    raise BadRequest(f"{what} must be text, a number, true/false or null.")


def op(raw, index: int) -> Op:
    where = f"Change {index + 1}"
    if not isinstance(raw, list) or len(raw) != len(Op._fields):
        raise BadRequest(f"{where} must be [seq, table, row_id, op, base_version, office, "
                         "fields].")
    change = Op(*raw)
    _int(change.seq, f"{where}: seq", 1)
    _name(change.table, f"{where}: table")
    _name(change.row_id, f"{where}: row id")
    if change.kind not in OP_KINDS:
        raise BadRequest(f"{where}: op must be one of {', '.join(OP_KINDS)}.")
    _int(change.base, f"{where}: base version")
    _name(change.office, f"{where}: office", 16)
    if not isinstance(change.fields, dict) or len(change.fields) > 200:
        raise BadRequest(f"{where}: fields must be an object of at most 200 fields.")
    for key, value in change.fields.items():
        _name(key, f"{where}: field name")
        _value(value, f"{where}: field {key}")
    if "office" in change.fields:
        _name(change.fields["office"], f"{where}: field office", 16)
    if "deleted" in change.fields and change.fields["deleted"] not in (0, 1):  # a flag HQ reads
        raise BadRequest(f"{where}: field deleted must be 0 or 1.")
    return change


def sync_request(body) -> dict:
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object {device, schema, cursor, ops}.")
    out = {"cursor": _int(body.get("cursor", 0), "cursor"),
           "schema": _int(body.get("schema", 0), "schema")}
    ops = body.get("ops", [])
    if not isinstance(ops, list) or len(ops) > MAX_OPS:
        raise BadRequest(f"ops must be a list of at most {MAX_OPS} changes.")
    out["ops"] = [op(raw, i) for i, raw in enumerate(ops)]
    seqs = [o.seq for o in out["ops"]]
    if len(set(seqs)) != len(seqs):
        raise BadRequest("Two changes in one request have the same seq.")
    total = body.get("sum")
    if total is not None and not (isinstance(total, str) and HEX16.fullmatch(total)):
        raise BadRequest("sum must be 16 hexadecimal digits.")
    out["sum"] = total
    repair = body.get("repair")
    if repair is not None:
        if (not isinstance(repair, list) or len(repair) != 2 or not isinstance(repair[1], list)
                or len(repair[1]) != 2 or not all(isinstance(x, str) for x in repair[1])):
            raise BadRequest("repair must be [office, [table, id]].")
        _name(repair[0], "repair office", 16)
    out["repair"] = repair
    return out
