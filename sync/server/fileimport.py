"""`hq import FILE`: apply a device's export file at HQ, exactly once, and write its answer.

No second protocol: the file carries the very requests the device would POST to /v1/sync (its
ops with their seqs), and each goes through the same SyncRun.push_all as the HTTP handler, so
(device, seq) is applied once whatever the route: a file imported twice, an older file after a
newer one, or a file whose changes went by network since, gets HQ's stored acks and changes
nothing. The answer holds those acks, the refusals that name an op (the device sets that op
aside, as on the network), and pages of the office's changes from the file's cursor made by the
same SyncRun.pull; sync/filesync.py applies them with the device's usual apply_answer.

The file is refused as a whole, before anything is stored, when it cannot be decrypted with
HQ's key, when its device is unknown or revoked, or when the device's signature does not match.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from models.errors import DomainError
from models.ids import utc_now
from sync import filecrypt, protocol

from . import admin
from .merge import Device, ReusedSeq, ScopeError
from .sync_ops import SyncRun
from .validate import BadRequest, sync_request

MAX_FILE = 64 * 1024 * 1024  # bytes of an export file, sealed
MAX_PAYLOAD = 512 * 1024 * 1024  # bytes once decompressed (zip-bomb guard)
ANSWER_BYTES = 24 * 1024 * 1024  # raw JSON of changes in one answer; the rest in the next one


class FileRefused(DomainError):
    """The file is refused as a whole; nothing was changed at HQ."""


@dataclass
class Imported:
    device: str
    name: str
    pushed: int = 0
    refused: int = 0
    changes: int = 0
    more: bool = False


def public_key(store) -> str:
    """HQ's file key (public half), made on first need: given to devices at enrollment, by
    GET /v1/file-key, and printed by `hq file-key` for offices that never have a link."""
    return _key_pair(store)[1]


def _key_pair(store) -> tuple[bytes, str]:
    with store.read() as tx:
        row = tx.one("SELECT private_key, public_key FROM hq_file_key WHERE id = 1")
    if row is None:
        private, public = filecrypt.new_key_pair()
        with store.write() as tx:  # two first callers at once: the first one's key is kept
            if tx.one("SELECT 1 FROM hq_file_key WHERE id = 1") is None:
                tx.run("INSERT INTO hq_file_key (id, private_key, public_key, created_at) "
                       "VALUES (1, ?, ?, ?)", (private.hex(), public, utc_now()))
            row = tx.one("SELECT private_key, public_key FROM hq_file_key WHERE id = 1")
    return bytes.fromhex(row[0]), row[1]


def _device(store, signed: bytes) -> tuple[Device, str, bytes, str]:
    """(device, its name, the verified compressed payload, token hash) of a decrypted export."""
    line, _, rest = signed.partition(b"\n")
    device_id = line.decode("ascii", "replace")[:64]
    with store.read() as tx:
        row = tx.one("SELECT id, name, token_hash, offices, all_offices, revoked_at, confirmed_at "
                     "FROM hq_device WHERE id = ?", (device_id,))
    if row is None:
        raise FileRefused(f"This file comes from a device HQ does not know ({device_id[:40]}); "
                          "nothing was imported.")
    key = filecrypt.mac_key(row[2])
    payload = filecrypt.verify(key, signed)
    if payload is None:
        raise FileRefused(f"The signature of device {row[1]} does not match this file: it was "
                          "changed or not made by that device. Nothing was imported.")
    if row[5] is not None:
        raise FileRefused(f"Device {row[1]} was revoked on {row[5][:10]}: its file is refused "
                          "and nothing was imported. The office must enroll again with a new "
                          "code.")
    if row[6] is None and not admin._confirm(store, row[0]):
        raise FileRefused(f"Device {row[1]} is no longer enrolled; nothing was imported.")
    return (Device(row[0], frozenset(json.loads(row[3])), bool(row[4])), row[1],
            payload[len(line) + 1:], row[2])


def _read(data: bytes, store) -> tuple[Device, str, dict, str]:
    if len(data) > MAX_FILE:
        raise FileRefused(f"This file is larger than {MAX_FILE // 1024 // 1024} MB; it is not a "
                          "PartnerDesk export.")
    try:
        private, _public = _key_pair(store)
        device, name, packed, hashed = _device(store, filecrypt.open_at_hq(private, data))
        body = protocol.decode(packed, "zstd", MAX_PAYLOAD)
    except (filecrypt.SealError, protocol.ProtocolError) as exc:
        raise FileRefused(str(exc)) from None
    if (not isinstance(body, dict) or body.get("device") != device.id
            or not isinstance(body.get("requests"), list)):
        raise FileRefused("This file is signed but its content is not an export; nothing was "
                          "imported.")
    return device, name, body, hashed


def _push(runner: SyncRun, device: Device, raw: dict, out: Imported, refused: list) -> list:
    """Push one request as the network client would: an op HQ refuses by seq is left out and
    the rest sent again (the device sets that op aside when it reads the answer)."""
    ops = raw.get("ops") if isinstance(raw, dict) else None
    ops = list(ops) if isinstance(ops, list) else []
    while True:
        try:
            req = sync_request({**raw, "ops": ops} if isinstance(raw, dict) else raw)
            acks = runner.push_all(device, req) if req["ops"] else []
        except (ScopeError, BadRequest) as exc:
            seq = getattr(exc, "seq", None)
            if seq is None:
                raise FileRefused(f"HQ refused this file: {getattr(exc, 'message', exc)} Nothing "
                                  "more was imported.") from None
            left = [op for op in ops if not (isinstance(op, list) and op and op[0] == seq)]
            if len(left) == len(ops):  # names an op the request does not hold: not an op's fault
                raise FileRefused(f"HQ refused this file: {getattr(exc, 'message', exc)} Nothing "
                                  "more was imported.") from None
            refused.append([seq, getattr(exc, "message", None) or str(exc)])
            out.refused += 1
            ops = left
            continue
        except ReusedSeq as exc:
            raise FileRefused(str(exc)) from None
        out.pushed += len(acks)
        return acks


def import_file(store, data: bytes) -> tuple[bytes, Imported]:
    """Apply an export file; returns (answer file bytes, what was done)."""
    device, name, body, hashed = _read(data, store)
    out, refused, acks = Imported(device.id, name), [], []
    runner = SyncRun(store)
    schema = body.get("schema") if isinstance(body.get("schema"), int) else 0
    for raw in body["requests"]:
        acks += _push(runner, device, raw, out, refused)
    start = body.get("cursor")
    start = start if isinstance(start, int) and not isinstance(start, bool) and start >= 0 else 0
    since = body.get("since")  # exports from before `since` carry none: the cursor, as before
    since = min(since, start) if isinstance(since, int) and not isinstance(since, bool) \
        and since >= 0 else start
    pages, cursor, size = [], start, 0
    while True:
        req = {"ops": [], "cursor": cursor, "since": since, "repair": None, "sum": None,
               "schema": schema}
        page = runner.pull(device, req, {"acks": acks})
        acks = []
        pages.append(page)
        cursor = page["cursor"]
        size += len(protocol.dumps(page["changes"]))
        out.changes += len(page["changes"])
        if not page.get("more") or size > ANSWER_BYTES:
            out.more = bool(page.get("more"))
            break
    answer = {"format": 1, "device": device.id, "made_at": utc_now(), "from": start,
              "refused": refused, "pages": pages, "more": out.more}
    sealed = filecrypt.seal_answer(filecrypt.answer_key(hashed), device.id,
                                   protocol.encode(answer))
    return sealed, out
