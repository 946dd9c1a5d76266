"""Attachments at HQ: content-addressed (SHA-256), uploaded in resumable chunks, verified by hash
before they are accepted, and skipped when HQ already has them."""
from __future__ import annotations

import hashlib
import re

from fastapi import Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from models.ids import utc_now
from sync.protocol import CHUNK

SHA = re.compile(r"^[0-9a-f]{64}$")
MAX_BLOB = 200 * 1024 * 1024


def status(store, sha: str) -> dict:
    with store.read() as tx:
        row = tx.one("SELECT size, received, complete FROM hq_blob WHERE sha256 = ?", (sha,))
    if row is None:
        return {"size": None, "received": 0, "complete": False}
    return {"size": row[0], "received": row[1], "complete": bool(row[2])}


def put_chunk(store, sha: str, size: int, offset: int, data: bytes) -> tuple[int, dict]:
    with store.write() as tx:
        row = tx.one("SELECT size, received, complete FROM hq_blob WHERE sha256 = ?", (sha,))
        known = row is not None
        row = row or (size, 0, 0)
        if row[2]:
            return 200, {"received": row[0], "complete": True}
        if row[0] != size:
            return 409, {"detail": f"This file was announced with {row[0]} bytes, not {size}.",
                         "received": row[1]}
        if offset != row[1]:
            return 409, {"detail": f"Send from byte {row[1]}.", "received": row[1]}
        if offset + len(data) > size:
            return 422, {"detail": "The chunk goes past the announced size.", "received": row[1]}
        if not known:  # recorded only once a chunk is accepted: a refusal changes nothing
            tx.run("INSERT INTO hq_blob (sha256, size, received, complete, created_at) VALUES "
                   "(?, ?, 0, 0, ?)", (sha, size, utc_now()))
        tx.run("INSERT INTO hq_blob_chunk (sha256, start, data) VALUES (?, ?, ?)",
               (sha, offset, data))
        received = offset + len(data)
        complete = received == size and _verify(tx, sha)
        if received == size and not complete:
            tx.run("DELETE FROM hq_blob_chunk WHERE sha256 = ?", (sha,))
            tx.run("DELETE FROM hq_blob WHERE sha256 = ?", (sha,))
            return 422, {"detail": "The file's SHA-256 does not match its name; it was "
                                   "discarded. Send it again.", "received": 0}
        tx.run("UPDATE hq_blob SET received = ?, complete = ? WHERE sha256 = ?",
               (received, int(complete), sha))
    return 200, {"received": received, "complete": complete}


def _verify(tx, sha: str) -> bool:
    digest = hashlib.sha256()
    for (data,) in tx.all("SELECT data FROM hq_blob_chunk WHERE sha256 = ? ORDER BY start", (sha,)):
        digest.update(tx.blob(data))
    return digest.hexdigest() == sha


def content(store, sha: str) -> bytes | None:
    with store.read() as tx:
        row = tx.one("SELECT complete FROM hq_blob WHERE sha256 = ?", (sha,))
        if row is None or not row[0]:
            return None
        return b"".join(tx.blob(d) for (d,) in tx.all(
            "SELECT data FROM hq_blob_chunk WHERE sha256 = ? ORDER BY start", (sha,)))


def visible(store, device, sha: str) -> bool:
    """A device downloads only files attached to records of its offices."""
    if device.all_offices:
        return True
    offices = sorted(device.offices)
    if not offices:
        return False
    with store.read() as tx:
        return tx.one(f"SELECT 1 FROM hq_row WHERE tbl = 'attachment' AND office IN "
                      f"({','.join('?' for _ in offices)}) AND data LIKE ? LIMIT 1",
                      offices + [f'%"sha256":"{sha}"%']) is not None


def register(app, store, device_of, error) -> None:
    async def guard(authorization, sha, need_scope=False):
        device = await run_in_threadpool(device_of, authorization)
        if device is None:
            return error(401, "Unknown or revoked device token; enroll again with a new code.")
        if not SHA.match(sha):
            return error(422, "A file is named by its SHA-256: 64 lower-case hex digits.")
        if need_scope and not await run_in_threadpool(visible, store, device, sha):
            return error(404, "HQ has no such file for this device's offices.")
        return None

    @app.get("/v1/blobs/{sha}/status")
    async def blob_status(sha: str, authorization: str | None = Header(default=None)):
        if refused := await guard(authorization, sha):
            return refused
        return await run_in_threadpool(status, store, sha)

    @app.put("/v1/blobs/{sha}", responses={409: {"description": "resume from `received`"}})
    async def blob_put(sha: str, request: Request, size: int = Query(ge=1, le=MAX_BLOB),
                       offset: int = Query(ge=0, le=MAX_BLOB),
                       authorization: str | None = Header(default=None)):
        if refused := await guard(authorization, sha):
            return refused
        data = await request.body()
        if not data or len(data) > 4 * CHUNK:
            return error(413 if data else 422, f"Send chunks of 1 to {4 * CHUNK} bytes.")
        code, body = await run_in_threadpool(put_chunk, store, sha, size, offset, data)
        if code != 200:
            return error(code, body.pop("detail"), **body)
        return body

    @app.get("/v1/blobs/{sha}")
    async def blob_get(sha: str, authorization: str | None = Header(default=None)):
        if refused := await guard(authorization, sha, need_scope=True):
            return refused
        data = await run_in_threadpool(content, store, sha)
        if data is None:
            return error(404, "HQ does not have this file (yet).")
        return Response(data, media_type="application/octet-stream")
