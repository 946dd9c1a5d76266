"""Strict checks of a decoded sync request: every malformed part gets a 4xx with a reason."""
from __future__ import annotations

import re

from models.columns import clean_text
from models.errors import DomainError

from sync.protocol import MAX_OPS, OP_KINDS, Op

MAX_INT = 2 ** 53
HEX16 = re.compile(r"[0-9a-f]{16}")


class BadRequest(DomainError):
    """422 with this message and, when one op is at fault, its `seq` (the device sets that op
    aside and sends the rest); nothing was changed."""

    def __init__(self, message: str, seq: int | None = None):
        super().__init__(message)
        self.seq = seq


def _text(value: str, what: str) -> str:
    """Text HQ can store and send back: a lone surrogate (JSON allows "\\ud800") is not, nor is
    a NUL (PostgreSQL refuses it; C strings end there). ASCII text is checked without a regex."""
    if not clean_text(value):
        raise BadRequest(f"{what} contains an invalid character (a NUL or a lone UTF-16 "
                         "surrogate).")
    return value


def _int(value, what: str, low: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value < MAX_INT:
        raise BadRequest(f"{what} must be a whole number from {low}.")
    return value


def _name(value, what: str, most: int = 64) -> str:
    if not isinstance(value, str) or not value or len(value) > most:
        raise BadRequest(f"{what} must be text of 1 to {most} characters.")
    return _text(value, what)


def _value(value, what: str):
    """A value's JSON type (text, number, true/false, null) and an integer's range. What a text
    holds (NUL, lone surrogates, length) is checked once, against its column, when the op is
    applied (merge.check_op); text, most values, is not looked at here."""
    if value is None or isinstance(value, (bool, float, str)):
        return value
    if isinstance(value, int):
        return _int(value, what, -MAX_INT)
    raise BadRequest(f"{what} must be text, a number, true/false or null.")


def op(raw, index: int) -> Op:
    """The op at `index` of a request, checked; a refusal names its seq once the seq itself is
    readable (then the device can set the op aside)."""
    where = f"Change {index + 1}"
    if not isinstance(raw, list) or len(raw) != len(Op._fields):
        raise BadRequest(f"{where} must be [seq, table, row_id, op, base_version, office, "
                         "fields].")
    change = Op(*raw)
    _int(change.seq, f"{where}: seq", 1)
    try:
        return _op_parts(change, f"Change {change.seq}")
    except BadRequest as exc:
        exc.seq = change.seq
        raise


def _op_parts(change: Op, where: str) -> Op:
    _name(change.table, f"{where}: table")
    _name(change.row_id, f"{where}: row id")
    if change.kind not in OP_KINDS:
        raise BadRequest(f"{where}: op must be one of {', '.join(OP_KINDS)}.")
    _int(change.base, f"{where}: base version")
    _name(change.office, f"{where}: office", 16)
    if not isinstance(change.fields, dict) or len(change.fields) > 200:
        raise BadRequest(f"{where}: fields must be an object of at most 200 fields.")
    for key, value in change.fields.items():
        if not (0 < len(key) <= 64 and key.isascii() and "\x00" not in key):  # names are ASCII
            _name(key, f"{where}: field name")
        if type(value) is not str:
            _value(value, f"{where}: field {key}")
    if "office" in change.fields:
        _name(change.fields["office"], f"{where}: field office", 16)
    # What values mean is checked once, against their column (models/columns.py: text without
    # NUL or lone surrogates, length, flags, dates, shapes, vocabulary), when the op is applied
    # (merge.check_op), before anything of it is stored or echoed: refused in the op's ack, by
    # its seq. A value of a field or table HQ does not know is refused there too, unread.
    return change


def sync_request(body) -> dict:
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object {device, schema, cursor, ops}.")
    out = {"cursor": _int(body.get("cursor", 0), "cursor"),
           "schema": _int(body.get("schema", 0), "schema")}
    # devices from before `since` send none: their pages go by the cursor, as before
    out["since"] = min(_int(body.get("since", out["cursor"]), "since"), out["cursor"])
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


def enroll_request(body) -> dict:
    """{code, name, nonce} of `POST /v1/enroll`; the nonce (the device's own secret, kept until
    it has stored its token) makes a retry after a lost reply get the same answer. Devices from
    before nonces send none: they enroll as before, without that safety."""
    if not isinstance(body, dict):
        raise BadRequest("The body must be a JSON object {code, name, nonce}.")
    out = {"code": _name(body.get("code"), "code", 40)}
    name = body.get("name", "device")
    out["name"] = _name(name, "name", 80) if name != "" else "device"
    nonce = body.get("nonce")
    if nonce is not None and (not isinstance(nonce, str) or not 16 <= len(nonce) <= 128
                              or not nonce.isascii() or not nonce.isprintable()):
        raise BadRequest("nonce must be 16 to 128 printable ASCII characters.")
    out["nonce"] = nonce
    return out
