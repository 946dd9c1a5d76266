"""Attachment files after the rows: sent by SHA-256, resumable, skipped when HQ has them; and the
files of the device's offices that are missing here, fetched.

Files live where models/files.py keeps them (`<database>.files/ab/<sha256>`, encrypted there);
what goes to HQ is the plain content, opened and checked against its hash first, so that HQ
verifies it by the same hash (the link is the place for TLS). HQ tells the offset
it already holds; the rest goes in chunks; HQ verifies the hash before it accepts the file. Every
upload ends: HQ's answers can move the offset back only so often (a device of the same office
once sent one byte under another's hash with a wrong size, and the honest device put chunks
forever, about 10,000 in 20 s), and a refusal (size or hash disagreeing with HQ's record, a file
no record of the device's offices names) sets the file aside with the reason, listed in the Sync
view, until the next checksum check offers it again.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from models.errors import DomainError
from models.files import path_of, read_verified, store_bytes
from models.ids import utc_now
from models.message_data import stored
from models.messages import message_of, msg

from . import protocol
from .transport import Refused

RESTARTS = 2  # times HQ may send an upload back to an earlier offset
FETCH_BYTES = 20 * 1024 * 1024  # files fetched by one sync at most (a slow link stays usable)
FETCH_TRIES = 20  # downloads one sync tries at most


def unsent(con, db_path, scope) -> list[tuple[str, Path]]:
    """Files of live attachments of the offices this device writes that HQ has not confirmed
    (nor refused)."""
    where, params = scope.sql()
    out = []
    for (sha,) in con.execute(f"SELECT DISTINCT sha256 FROM attachment WHERE deleted = 0 AND "
                              f"{where} AND sha256 NOT IN (SELECT sha256 FROM sync_blob)", params):
        path = path_of(sha, db_path)
        if len(sha) == 64 and path.exists():
            out.append((sha, path))
    return out


def send_file(transport, sha: str, data: bytes, chunk: int = protocol.CHUNK) -> bool:
    """Send one file's content; True when bytes went, False when HQ had it. Raises Refused when
    HQ refuses it or keeps asking for parts already sent."""
    size = len(data)
    state = transport.blob_status(sha)
    if state.get("complete"):
        return False
    offset = state.get("received", 0) if state.get("size") == size else 0
    tries = size // chunk + 1 + RESTARTS * (size // chunk + 1)
    for _ in range(tries):
        answer = transport.blob_put(sha, size, offset, data[offset:offset + chunk])
        if answer.get("complete"):
            return True
        received = answer.get("received")
        if isinstance(received, bool) or not isinstance(received, int) \
                or not 0 <= received < size:
            break
        offset = received
    raise Refused(msg("HQ kept asking for parts of this file already sent ({tries} chunks "
                      "sent); it was set aside.", tries=tries), 409)


def _mark(con, sha: str, error: str | None) -> None:
    con.execute("INSERT OR REPLACE INTO sync_blob (sha256, sent_at, error, dismissed) VALUES "
                "(?, ?, ?, 0)", (sha, utc_now(), error))


def send_files(con, transport, db_path, scope, progress=None, problems: list | None = None) -> int:
    sent = 0
    todo = unsent(con, db_path, scope)
    for i, (sha, path) in enumerate(todo):
        try:
            if send_file(transport, sha, read_verified(sha, db_path)):
                sent += 1
            _mark(con, sha, None)
        except (Refused, DomainError) as exc:  # e.g. the local copy is damaged: others still go
            _mark(con, sha, stored(message_of(exc)))
            if problems is not None:
                problems.append(msg("file {name}: {reason}", name=path.name[:13],
                                    reason=message_of(exc)))
        if progress:
            progress(i + 1, len(todo), "Sending files")
    return sent


def fetch_file(transport, sha: str, db_path) -> Path:
    """Download a file HQ has (on demand) into the local file store."""
    target = path_of(sha, db_path)
    if target.exists():
        return target
    data = transport.blob_get(sha)
    if hashlib.sha256(data).hexdigest() != sha:
        raise ValueError(msg("The file from HQ does not match its hash."))
    store_bytes(data, db_path)
    return target


def fetch_missing(con, transport, db_path, scope, progress=None,
                  problems: list | None = None) -> int:
    """Fetch files of live attachments of the offices this device receives that are not here,
    smallest first, within FETCH_BYTES and FETCH_TRIES; a file HQ does not have for this device
    yet (404) is tried again at a later sync."""
    where, params = scope.read_sql()
    fetched = spent = 0
    wanted = [(sha, size) for sha, size in con.execute(
        f"SELECT sha256, max(size) FROM attachment WHERE deleted = 0 AND {where} GROUP BY sha256 "
        "ORDER BY max(size), sha256", params) if len(sha) == 64
        and not path_of(sha, db_path).exists()][:FETCH_TRIES]
    for i, (sha, size) in enumerate(wanted):
        if fetched and spent + (size or 0) > FETCH_BYTES:
            break
        try:
            fetch_file(transport, sha, db_path)
        except Refused as exc:
            if exc.status != 404 and problems is not None:
                problems.append(msg("file {name}: {reason}", name=sha[:13], reason=message_of(exc)))
            continue
        except ValueError as exc:
            if problems is not None:
                problems.append(msg("file {name}: {reason}", name=sha[:13],
                                    reason=message_of(exc)))
            continue
        con.execute("INSERT OR IGNORE INTO sync_blob (sha256, sent_at) VALUES (?, ?)",
                    (sha, utc_now()))
        fetched, spent = fetched + 1, spent + (size or 0)
        if progress:
            progress(i + 1, len(wanted), "Fetching files")
    return fetched
