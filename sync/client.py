"""The device's sync with HQ: `sync(db_path, server_url, ...)` pushes the outbox in ~32 KB slices,
pulls pages of others' changes, checks checksums now and then, repairs, then sends files.

A sync with nothing to do is one round trip. Each answer is applied in one transaction with its
cursor (sync/apply.py), so a kill at any moment loses nothing and applies nothing twice.
"""
from __future__ import annotations

import datetime as dt
import json
import secrets
import socket
import time
from dataclasses import asdict, dataclass, field

from models import wipe
from models.keystore import RECOVERY_UNSENT
from models.migrations import LATEST_VERSION
from models.ids import utc_now
from models.message_data import stored
from models.messages import message_of, msg

from . import local, oversize, protocol, token
from .apply import apply_answer
from .blobsend import fetch_missing, send_files
from .checksum import local_sums
from .transport import Refused, Revoked, SyncError, Transport

CHECK_EVERY = dt.timedelta(hours=6)


def _not_enrolled():
    return msg("This device is not enrolled yet: ask HQ for an enrollment code and run sync "
               "with --enroll CODE.")


def refuse_demo(con) -> None:
    """Made-up records must never reach an office's data, by network or by file."""
    if local.get(con, "demo") == "1":
        raise SyncError(msg("This is a demo database: it never syncs with headquarters. "
                            "Open your office's database to sync."))


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    held: int = 0  # pulled rows (or fields) set aside here, with their reason (sync/held.py)
    repaired_offices: list[str] = field(default_factory=list)
    files_sent: int = 0
    files_fetched: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    round_trips: int = 0
    retries: int = 0
    seconds: float = 0.0
    checked: bool = False
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def enroll(con, transport: Transport, code: str, name: str | None = None) -> dict:
    """Enroll this device with a one-time code: the token and the queueing of the rows HQ has
    never seen in ONE transaction (a crash between them once left every row of an office unsent
    for good). The request carries a nonce kept in the database before it is sent, so a retry
    after a lost reply, automatic or by running sync again with the code, gets the same answer
    instead of finding the code spent."""
    nonce = local.get(con, "sync.enroll_nonce")
    if not nonce:
        nonce = secrets.token_urlsafe(32)
        local.put(con, "sync.enroll_nonce", nonce)
    answer = transport.enroll(code, name or socket.gethostname(), nonce)
    con.execute("BEGIN IMMEDIATE")
    try:
        local.put(con, "sync.server", transport.server)
        token.store(con, answer["device"], answer["token"])
        local.put(con, "sync.device", answer["device"])
        local.put(con, "sync.offices", json.dumps(answer["offices"]))
        local.put(con, "sync.all_offices", "1" if answer.get("all_offices") else "0")
        local.put(con, "sync.cursor", 0)
        if isinstance(answer.get("file_key"), str):  # for sync by file (sync/filesync.py)
            local.put(con, "sync.file_key", answer["file_key"])
        local.queue_unsent(con, local.Scope(con))
        local.put(con, "sync.enroll_nonce", None)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    transport.token = answer["token"]
    return answer


def _check_due(con, force: bool | None) -> bool:
    if force is not None:
        return force
    last = local.get(con, "sync.last_check")
    if not last:
        return True
    try:
        when = dt.datetime.fromisoformat(last.replace("Z", "+00:00"))
    except ValueError:
        return True
    return dt.datetime.now(dt.timezone.utc) - when > CHECK_EVERY


def _request(con, device: str, ops: list, cursor: int, extra: dict | None = None) -> bytes:
    head = {"device": device, "schema": LATEST_VERSION, "cursor": cursor}
    head.update(extra or {})
    text = json.dumps(head, separators=(",", ":"))[:-1]
    return (text + ',"ops":[' + ",".join(t for _op, t in ops) + "]}").encode()


def _repair(con, transport, device, cursor, offices, result, progress) -> None:
    for office in offices:
        after = ["", ""]
        while True:
            answer = transport.sync(*protocol.request_body(
                _request(con, device, [], cursor, {"repair": [office, after]})))
            applied = apply_answer(con, answer, {}, cursor=False)
            result.pulled += applied.pulled
            result.held += applied.held
            if progress:
                progress(0, 0, f"Repairing {office}")
            if not answer.get("repair"):
                break
            after = answer["repair"][1]
        result.repaired_offices.append(office)


def _queue_unsent(con, scope) -> int:
    """At a checksum check: queue rows nothing carries, and offer refused files again (a cause
    may have gone, such as a record that had not reached HQ yet); refused again, they are
    listed again."""
    con.execute("BEGIN IMMEDIATE")
    try:
        queued = local.queue_unsent(con, scope)
        con.execute("DELETE FROM sync_blob WHERE error IS NOT NULL AND dismissed = 0")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return queued


def _refused(con, exc: Refused, ops, result: SyncResult) -> int | None:
    """Set aside the op a refusal names; with none named, a 413 for several ops asks for
    smaller slices (the number of ops to send next) and one op alone is set aside. Anything
    else refuses the sync as a whole: raised."""
    seqs = [op.seq for op, _t in ops]
    reason = exc.message
    if exc.seq is None and exc.status == 413 and ops:
        if len(ops) > 1:
            return max(1, len(ops) // 2)
        exc.seq, reason = seqs[0], msg("This change is too large for headquarters: {reason}",
                                       reason=exc.message)
    if exc.seq is None or exc.seq not in seqs:
        raise exc
    oversize.set_aside(con, exc.seq, reason)
    result.rejected += 1
    return None


def run(con, transport: Transport, *, check: bool | None = None, progress=None) -> SyncResult:
    result = SyncResult()
    device = local.get(con, "sync.device")
    con._pd_tables = local.synced_tables(con)
    scope = local.Scope(con)
    result.rejected += local.set_aside_out_of_scope(con, scope)
    cursor = int(local.get(con, "sync.cursor", 0))
    # the cursor up to which this device has every change (the last answer with nothing more
    # to pull): pages of one catch-up send the fields changed after it (sync/server/changes.py)
    since = min(int(local.get(con, "sync.since", cursor)), cursor)
    ratio, want_check = _first_ratio(con), _check_due(con, check)
    learned = ratio
    if want_check:  # rows HQ never got and nothing carries (e.g. a crash while enrolling)
        _queue_unsent(con, scope)
    total = con.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
    most = protocol.MAX_OPS
    quiet = True  # the last answer left nothing more to pull: a checksum can be compared now
    while True:
        aside: list[int] = []
        ops = local.next_slice(con, ratio, most, aside)
        result.rejected += len(aside)
        extra = {"since": since} if since < cursor else {}
        if not ops and want_check and quiet:
            extra["sum"] = protocol.hex_sum(sum(int(v, 16) for v in local_sums(
                con, scope).values()) & 0xFFFFFFFFFFFFFFFF)
        body, encoding = protocol.request_body(_request(con, device, ops, cursor, extra))
        try:
            answer = transport.sync(body, encoding)
        except Refused as exc:
            most = _refused(con, exc, ops, result) or most
            continue
        if ops:  # aim the next slice at PUSH_TARGET compressed bytes
            ratio = max(1.5, min(16.0, ratio * protocol.PUSH_TARGET / max(len(body), 1)))
        applied = apply_answer(con, answer, {op.seq: op for op, _t in ops})
        result.pushed += applied.acked
        result.rejected += applied.rejected
        result.pulled += applied.pulled
        result.conflicts += applied.conflicts
        result.held += applied.held
        result.problems += applied.problems
        cursor = answer.get("cursor", cursor)
        if not answer.get("more"):
            since = cursor
        if progress:
            sent = min(result.pushed + result.rejected, total)
            if sent >= total and answer.get("head"):  # receiving: how far along HQ's history
                progress(cursor, max(int(answer["head"]), cursor), f"Received {result.pulled}")
            else:
                progress(sent, total, f"Sent {result.pushed}, received {result.pulled}")
        if answer.get("checked"):
            result.checked = True
            local.put(con, "sync.last_check", utc_now())
            want_check = False
            if answer.get("sums"):
                mine = local_sums(con, scope)
                bad = sorted(o for o, s in answer["sums"].items() if mine.get(o) != s)
                bad += sorted(o for o in mine if o not in answer["sums"] and o not in bad)
                _repair(con, transport, device, cursor, bad, result, progress)
        quiet = not answer.get("more")
        if not ops and quiet:
            if want_check and check and "sum" not in extra:
                continue  # a forced check that pages of changes pre-empted: one more request
            break
        if quiet and not want_check and not con.execute(
                "SELECT EXISTS (SELECT 1 FROM outbox WHERE status = 'pending')").fetchone()[0]:
            break  # the last slice's answer carried HQ's last page: no empty request after it
    if ratio != learned:
        local.put(con, "sync.push_ratio", f"{ratio:.2f}")
    return result


def _first_ratio(con) -> float:
    """The compression ratio the first slice is cut for: the one the last push measured, within
    1.5..8 (so that one odd push cannot make the next first request huge), 4 at first. Edits
    that grew a little (every update carries its author) then still go in one request."""
    try:
        return max(1.5, min(8.0, float(local.get(con, "sync.push_ratio", 4.0))))
    except ValueError:
        return 4.0


def sync(db_path, server_url: str | None = None, *, enroll_code: str | None = None,
         device_name: str | None = None, check: bool | None = None, progress=None,
         client=None, timeout: float = 60.0, attempts: int = 8, backoff: float = 0.5,
         files: bool = True, allow_http: bool = False) -> SyncResult:
    """Sync the database at `db_path` with HQ (`server_url`, default: the stored address).

    Plain http:// is refused to anything but this computer unless `allow_http` (remembered with
    the address). Raises SyncError (a DomainError with a message for the user) when HQ cannot be
    reached after retries, the token is refused, or the enrollment code is wrong; the error is
    also stored in the settings key "sync.last_error" and the sync history. When HQ answers that
    this device is revoked, it sends nothing more, wipes the database, its key and its files
    (models/wipe.py), and raises Revoked."""
    started, clock = utc_now(), time.monotonic()
    con = local.connect(db_path)
    try:  # a sync refused before it starts leaves no trace: no history row, no last error
        server = server_url or local.get(con, "sync.server")
        if not server:
            raise SyncError(msg("No HQ server address yet: give one with --server URL."))
        if not enroll_code and not token.load(con):
            raise SyncError(_not_enrolled())
        refuse_demo(con)
    except BaseException:
        con.close()
        raise
    result, error = SyncResult(), None
    transport = None
    try:
        allow = allow_http or (local.get(con, "sync.allow_http") == "1" and  # told before
                               server.rstrip("/") == local.get(con, "sync.server", "").rstrip("/"))
        transport = Transport(server, token.load(con), client=client, timeout=timeout,
                              attempts=attempts, backoff=backoff, allow_http=allow)
        if enroll_code:
            enroll(con, transport, enroll_code, device_name)
        if not transport.token:
            raise SyncError(_not_enrolled())
        if server_url:
            local.put(con, "sync.server", transport.server)
            local.put(con, "sync.allow_http", "1" if allow else None)
        result = run(con, transport, check=check, progress=progress)
        _send_recovery_key(con, transport, result)
        if not local.get(con, "sync.file_key"):  # devices enrolled before sync by file
            try:
                local.put(con, "sync.file_key", transport.file_key())
            except SyncError:  # the sync itself went through; the key comes next time
                pass
        if files:
            scope = local.Scope(con)
            result.files_sent = send_files(con, transport, db_path, scope, progress,
                                           result.problems)
            result.files_fetched = fetch_missing(con, transport, db_path, scope, progress,
                                                 result.problems)
    except Revoked as exc:  # nothing more is sent: the keyring's token goes, then the files
        error = exc
        _forget_token(con)
    except Exception as exc:
        error = exc
        raise
    finally:
        if transport is not None:
            c = transport.counters
            result.bytes_sent, result.bytes_received = c.bytes_sent, c.bytes_received
            result.round_trips, result.retries = c.round_trips, c.retries
            transport.close()
        result.seconds = round(time.monotonic() - clock, 3)
        if not isinstance(error, Revoked):
            _record(con, started, result, error)
        con.close()
    if isinstance(error, Revoked):
        wipe.erase(db_path)
        raise Revoked(msg("HQ revoked this computer, so its PartnerDesk data and keys have been "
                          "removed from it. Ask HQ for a new enrollment code to work here again."))
    return result


def _forget_token(con) -> None:
    try:
        token.forget(con)
    except Exception:  # a keyring that fails now: the database that held the marker goes anyway
        pass


def _send_recovery_key(con, transport, result: SyncResult) -> None:
    """The recovery key of this database, made since the last sync, goes to HQ once (then it is
    removed here: only HQ's copy is meant to exist)."""
    pending = local.get(con, RECOVERY_UNSENT)
    if not pending:
        return
    try:
        transport.recovery_key(pending)
    except Refused as exc:  # an HQ of before encryption: kept, sent again at the next sync
        result.problems.append(f"recovery key: {exc}")
        return
    con.execute("DELETE FROM setting WHERE key = ? AND value = ?", (RECOVERY_UNSENT, pending))


def _record(con, started: str, result: SyncResult, error) -> None:
    try:
        con.execute(
            "INSERT INTO sync_history (started_at, finished_at, ok, pushed, pulled, conflicts, "
            "rejected, bytes_sent, bytes_received, round_trips, seconds, error) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (started, utc_now(), int(error is None), result.pushed, result.pulled,
             result.conflicts, result.rejected, result.bytes_sent, result.bytes_received,
             result.round_trips, result.seconds, stored(message_of(error)) if error else None))
        if error is None:
            local.put(con, "sync.last_success", utc_now())
            local.put(con, "sync.last_error", None)
        else:
            local.put(con, "sync.last_error", stored(message_of(error)))
    except Exception:  # never hide the sync's own error behind a bookkeeping one
        pass


def fetch_attachment(db_path, sha256: str, *, client=None):
    """Download one file from HQ on demand into `<database>.files/`; returns its path."""
    from .blobsend import fetch_file
    con = local.connect(db_path)
    try:
        server, secret = local.get(con, "sync.server"), token.load(con)
        allow = local.get(con, "sync.allow_http") == "1"
    finally:
        con.close()
    if not server or not secret:
        raise SyncError("This device is not enrolled with HQ, so it cannot fetch files.")
    transport = Transport(server, secret, client=client, attempts=4, allow_http=allow)
    try:
        return fetch_file(transport, sha256, db_path)
    finally:
        transport.close()
