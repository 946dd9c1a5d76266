"""Sync without a network: export what HQ has not acknowledged to one file, apply HQ's answer.

`export_to` writes the requests the device would POST to /v1/sync (every pending op, in the
same slices, with their seqs, and the cursor), compressed, signed with a key derived from the
device's token and encrypted to HQ's file key (sync/filecrypt.py). HQ imports it with the same
server functions as the network path (sync/server/fileimport.py) and answers with acks and pages
of changes, which `import_from` applies with the same apply_answer, one page per transaction.

Exactly once, whatever the order files travel in:
- ops stay pending until an ack arrives (by file or network); an ack names an op by seq and is
  applied only to an op still pending, so a second copy of an answer acknowledges nothing new;
- a page of changes covers (previous cursor, its cursor]; it is applied only when its cursor is
  beyond the device's, so an answer older than what the device already has changes nothing.
  A page newer than the device's cursor never carries an older version of a row than the device
  holds: HQ's sequence only grows, and a row rewritten after the page was made would have a
  sequence beyond the page's cursor, hence beyond the device's.
Attachments do not travel in files (they can be large); they wait for a network sync.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from models.ids import utc_now
from models.messages import msg
from models.migrations import LATEST_VERSION

from . import filecrypt, local, oversize, protocol, token as tokens
from .apply import apply_answer
from .client import SyncResult, _not_enrolled, _record, _request, refuse_demo
from .transport import SyncError

MAX_ANSWER = 256 * 1024 * 1024  # bytes of an answer file, sealed
MAX_DECODED = 1024 * 1024 * 1024  # bytes once decompressed


class NoFileKey(SyncError):
    """The device has no HQ file key yet (enrolled before sync by file, never synced since):
    the window asks for it (ui/sync_state/files.py), the command line says how to give it."""


@dataclass
class Imported(SyncResult):
    more: bool = False  # HQ had more changes than one answer holds: export again for the rest


@dataclass
class Exported:
    ops: int = 0
    requests: int = 0
    bytes: int = 0
    cursor: int = 0


def _enrolled(con) -> tuple[str, str]:
    token, device = tokens.load(con), local.get(con, "sync.device")  # keyring or database
    if not token or not device:
        raise SyncError(_not_enrolled())
    refuse_demo(con)
    return token, device


def set_file_key(db_path, key: str) -> str:
    """Store HQ's file key given by hand; returns its fingerprint to compare with HQ's."""
    try:
        filecrypt.public_key(key)
    except ValueError:
        raise SyncError(msg("HQ's file key must be 43 characters of base64, as 'hq file-key' "
                            "prints it.")) from None
    con = local.connect(db_path)
    try:
        local.put(con, "sync.file_key", key.strip())
    finally:
        con.close()
    return filecrypt.fingerprint(key)


def export_to(db_path, out_path, progress=None) -> Exported:
    """Write every change HQ has not acknowledged, and the cursor, to `out_path` (replaced
    whole: a crash leaves the old file or the new one, never half of one)."""
    con = local.connect(db_path)
    try:
        token, device = _enrolled(con)
        key = local.get(con, "sync.file_key")
        if not key:
            raise NoFileKey(msg("This device does not have HQ's file key yet. Sync once over a "
                                "network, or ask HQ for the key ('hq file-key') and enter it "
                                "with sync --file-key KEY."))
        con._pd_tables = local.synced_tables(con)
        local.set_aside_out_of_scope(con, local.Scope(con))
        result = Exported(cursor=int(local.get(con, "sync.cursor", 0)))
        total = con.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
        requests, after = [], 0
        while True:
            ops = local.next_slice(con, 4.0, protocol.MAX_OPS, [], after=after)
            if not ops:
                break
            requests.append(_request(con, device, ops, result.cursor).decode())
            result.ops += len(ops)
            after = ops[-1][0].seq
            if progress:
                progress(result.ops, total, f"Prepared {result.ops}")
        result.requests = len(requests)
        # the cursor up to which this device has every change: the answer's pages send the fields
        # changed after it, so a row cut across two pages arrives whole (as on the network)
        since = min(int(local.get(con, "sync.since", result.cursor)), result.cursor)
        head = json.dumps({"format": 1, "device": device, "schema": LATEST_VERSION,
                           "cursor": result.cursor, "since": since, "made_at": utc_now()},
                          separators=(",", ":"))[:-1]
        payload = (head + ',"requests":[' + ",".join(requests) + "]}").encode()
        signed = filecrypt.sign(filecrypt.mac_key(filecrypt.token_hash(token)),
                                device.encode() + b"\n" + protocol.compress(payload))
        data = filecrypt.seal_to_hq(key, signed)
        write_file(Path(out_path), data)
        result.bytes = len(data)
        local.put(con, "sync.last_export", utc_now())
        return result
    finally:
        con.close()


def write_file(path: Path, data: bytes) -> None:
    part = path.with_name(path.name + ".part")
    try:
        with open(part, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise SyncError(msg("Cannot write {path}: {reason}. Choose another place (a folder you "
                            "can write to, a USB stick with free space).", path=str(path),
                            reason=exc.strerror or str(exc))) from None


def _read_answer(path: Path, token: str, device: str) -> dict:
    try:
        size = path.stat().st_size
        if size > MAX_ANSWER:
            raise SyncError(msg("{name} is larger than {mb} MB: it is not an answer from HQ.",
                                name=path.name, mb=MAX_ANSWER // 1024 // 1024))
        data = path.read_bytes()
    except OSError as exc:
        raise SyncError(msg("Cannot read {path}: {reason}.", path=str(path),
                            reason=exc.strerror or str(exc))) from None
    try:
        sealed = filecrypt.open_answer(filecrypt.answer_key(filecrypt.token_hash(token)), device,
                                       data)
        body = protocol.decode(sealed, "zstd", MAX_DECODED)
    except (filecrypt.SealError, protocol.ProtocolError) as exc:
        raise SyncError(exc.args[0]) from None
    if (not isinstance(body, dict) or body.get("device") != device
            or not isinstance(body.get("pages"), list)):
        raise SyncError(msg("This answer does not hold what HQ writes; nothing was applied."))
    return body


def _pending(con, seqs: list) -> dict[int, protocol.Op]:
    """The ops still waiting for an ack among `seqs`, as they were sent."""
    seqs = [s for s in seqs if isinstance(s, int)]
    out = {}
    for start in range(0, len(seqs), 500):
        chunk = seqs[start:start + 500]
        for row in con.execute(
                "SELECT seq, table_name, row_id, op, base_version, office, fields FROM outbox "
                f"WHERE status = 'pending' AND seq IN ({','.join('?' for _ in chunk)})", chunk):
            out[row[0]] = protocol.Op(*row[:6], json.loads(row[6]))
    return out


def import_from(db_path, in_path, progress=None) -> Imported:
    """Apply an answer file from HQ; what it already applied (by file or network) is skipped."""
    started, clock = utc_now(), time.monotonic()
    con = local.connect(db_path)
    try:
        token, device = _enrolled(con)
        body = _read_answer(Path(in_path), token, device)
        con._pd_tables = local.synced_tables(con)
        result = Imported(more=bool(body.get("more")))
        refused = [r for r in body.get("refused") or () if isinstance(r, list) and len(r) == 2]
        aside = _pending(con, [seq for seq, _why in refused])
        for seq, why in refused:
            if seq in aside:
                oversize.set_aside(con, seq, str(why)[:500])
                result.rejected += 1
        before = body.get("from") if isinstance(body.get("from"), int) else 0
        pages = [p for p in body["pages"] if isinstance(p, dict)]
        for n, page in enumerate(pages, 1):
            mine = int(local.get(con, "sync.cursor", 0))
            end = page.get("cursor") if isinstance(page.get("cursor"), int) else 0
            sent = _pending(con, [a.get("s") for a in page.get("acks") or ()
                                  if isinstance(a, dict)])
            fresh = end > mine
            if sent or fresh:
                applied = apply_answer(con, page if fresh else {"acks": page.get("acks")}, sent,
                                       cursor=fresh and mine >= before)
                result.pushed += applied.acked
                result.rejected += applied.rejected
                result.pulled += applied.pulled
                result.conflicts += applied.conflicts
                result.held += applied.held
                result.problems += applied.problems
            before = end
            if progress:
                progress(n, len(pages), f"Applied {n} of {len(pages)}")
        result.seconds = round(time.monotonic() - clock, 3)
        _record(con, started, result, None)
        return result
    finally:
        con.close()
