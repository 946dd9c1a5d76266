"""Sending attachment files to HQ after the rows: by SHA-256, resumable, skipped when HQ has them.

Files live where models/files.py keeps them (`<database>.files/ab/<sha256>`). HQ tells the offset
it already holds; the rest goes in chunks; HQ verifies the hash before it accepts the file.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from models.files import path_of, store_bytes
from models.ids import utc_now

from . import protocol


def unsent(con, db_path) -> list[tuple[str, Path]]:
    out = []
    for (sha,) in con.execute("SELECT DISTINCT sha256 FROM attachment WHERE deleted = 0 AND "
                              "sha256 NOT IN (SELECT sha256 FROM sync_blob)"):
        path = path_of(sha, db_path)
        if len(sha) == 64 and path.exists():
            out.append((sha, path))
    return out


def send_file(transport, sha: str, path: Path, chunk: int = protocol.CHUNK) -> bool:
    size = path.stat().st_size
    state = transport.blob_status(sha)
    offset = 0 if state.get("size") not in (None, size) else state.get("received", 0)
    if state.get("complete"):
        return False
    with open(path, "rb") as fh:
        while offset < size:
            fh.seek(offset)
            answer = transport.blob_put(sha, size, offset, fh.read(chunk))
            if answer.get("complete"):
                break
            offset = answer.get("received", 0)
    return True


def send_files(con, transport, db_path, progress=None, problems: list | None = None) -> int:
    from .transport import Refused
    sent = 0
    todo = unsent(con, db_path)
    for i, (sha, path) in enumerate(todo):
        try:
            if send_file(transport, sha, path):
                sent += 1
        except Refused as exc:  # e.g. the local copy is damaged: the other files still go
            if problems is not None:
                problems.append(f"file {path.name}: {exc}")
            continue
        con.execute("INSERT OR REPLACE INTO sync_blob (sha256, sent_at) VALUES (?, ?)",
                    (sha, utc_now()))
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
        raise ValueError("The file from HQ does not match its hash.")
    store_bytes(data, db_path)
    return target
