"""Attachments at HQ: content-addressed (SHA-256), uploaded in resumable chunks, verified by hash.

Scope. A device may ask about a file or upload it only when a live attachment row of an office it
writes names the file, and only with the size that row records. It may download a file only when
a live row of an office it reads names it AND a device of that office has delivered the whole
file, verified by its hash (`hq_blob_office`): naming another office's hash in a row of one's own
gets nothing, since delivering the file for one's office takes its bytes. Status answers say
nothing about other offices' files (an office that has not delivered a file is told to send it,
even when HQ holds it for another office; the bytes are then dropped, the office recorded).

Uploads. Each device's upload in progress is its own (`hq_upload`): another device announcing the
same hash with another size, or sending garbage under it, cannot disturb it (it once kept an
honest device's sync putting chunks forever). A size that disagrees with the row is refused
before a byte is stored; a whole upload whose bytes do not hash to its name is discarded and
refused. Verified bytes are kept once (`hq_blob`, `hq_blob_chunk`).
"""
from __future__ import annotations

import hashlib
import json
import re

from fastapi import Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from models.ids import utc_now
from sync.protocol import CHUNK

SHA = re.compile(r"^[0-9a-f]{64}$")
MAX_BLOB = 200 * 1024 * 1024
MAX_CHUNK_BODY = 4 * CHUNK
NOT_NAMED = "No record of this device's offices names this file; send the record first."


def references(tx, device, sha: str, *, write: bool) -> dict[str, set]:
    """{office: sizes recorded} of the live attachment rows naming `sha` in the offices the device
    writes (`write`) or reads."""
    out: dict[str, set] = {}
    for office, data in tx.all("SELECT office, data FROM hq_row WHERE tbl = 'attachment' AND "
                               "deleted = 0 AND data LIKE ?", (f'%"sha256":"{sha}"%',)):
        if not (device.may(office) if write else device.reads(office)):
            continue
        row = json.loads(data)
        if row.get("sha256") == sha:
            size = row.get("size")
            out.setdefault(office, set()).update(
                [size] if isinstance(size, int) and not isinstance(size, bool) and size > 0
                else [])
    return out


def _held(tx, sha: str, offices) -> set[str]:
    offices = sorted(offices)
    if not offices:
        return set()
    return {r[0] for r in tx.all(f"SELECT office FROM hq_blob_office WHERE sha256 = ? AND office "
                                 f"IN ({','.join('?' for _ in offices)})", [sha] + offices)}


def status(store, device, sha: str) -> dict | None:
    """What this device should send of `sha`; None when no row of its offices names it."""
    with store.read() as tx:
        refs = references(tx, device, sha, write=True)
        if not refs:
            return None
        if _held(tx, sha, refs) == set(refs):
            size = tx.one("SELECT size FROM hq_blob WHERE sha256 = ?", (sha,))[0]
            return {"size": size, "received": size, "complete": True}
        upload = tx.one("SELECT size, received FROM hq_upload WHERE sha256 = ? AND device = ?",
                        (sha, device.id))
    return {"size": upload[0] if upload else None, "received": upload[1] if upload else 0,
            "complete": False}


def _drop_upload(tx, sha: str, device_id: str) -> None:
    tx.run("DELETE FROM hq_upload_chunk WHERE sha256 = ? AND device = ?", (sha, device_id))
    tx.run("DELETE FROM hq_upload WHERE sha256 = ? AND device = ?", (sha, device_id))


def put_chunk(store, device, sha: str, size: int, offset: int, data: bytes) -> tuple[int, dict]:
    with store.write() as tx:
        refs = references(tx, device, sha, write=True)
        if not refs:
            return 404, {"detail": NOT_NAMED}
        sizes = set().union(*refs.values())
        if sizes and size not in sizes:
            return 422, {"detail": f"HQ's record of this file says {min(sizes)} bytes, not "
                                   f"{size}; the file was not accepted."}
        if _held(tx, sha, refs) == set(refs):
            return 200, {"received": size, "complete": True}
        upload = tx.one("SELECT size, received FROM hq_upload WHERE sha256 = ? AND device = ?",
                        (sha, device.id))
        if upload is not None and upload[0] != size:  # this device started again: a new upload
            _drop_upload(tx, sha, device.id)
            upload = None
        received = upload[1] if upload else 0
        if offset != received:
            return 409, {"detail": f"Send from byte {received}.", "received": received}
        if offset + len(data) > size:
            return 422, {"detail": "The chunk goes past the announced size.", "received": received}
        if upload is None:  # recorded only once a chunk is accepted: a refusal changes nothing
            tx.run("INSERT INTO hq_upload (sha256, device, size, received, created_at) VALUES "
                   "(?, ?, ?, 0, ?)", (sha, device.id, size, utc_now()))
        tx.run("INSERT INTO hq_upload_chunk (sha256, device, start, data) VALUES (?, ?, ?, ?)",
               (sha, device.id, offset, data))
        received = offset + len(data)
        if received < size:
            tx.run("UPDATE hq_upload SET received = ? WHERE sha256 = ? AND device = ?",
                   (received, sha, device.id))
            return 200, {"received": received, "complete": False}
        if not _verify(tx, sha, device.id):
            _drop_upload(tx, sha, device.id)
            return 422, {"detail": "The file's SHA-256 does not match its name; it was "
                                   "discarded.", "received": 0}
        _keep(tx, sha, device.id, size, refs)
    return 200, {"received": size, "complete": True}


def _verify(tx, sha: str, device_id: str) -> bool:
    digest = hashlib.sha256()
    for (data,) in tx.all("SELECT data FROM hq_upload_chunk WHERE sha256 = ? AND device = ? "
                          "ORDER BY start", (sha, device_id)):
        digest.update(tx.blob(data))
    return digest.hexdigest() == sha


def _keep(tx, sha: str, device_id: str, size: int, offices) -> None:
    """A verified upload: its bytes kept once, its offices recorded as holding the file."""
    if tx.one("SELECT 1 FROM hq_blob WHERE sha256 = ?", (sha,)) is None:
        tx.run("INSERT INTO hq_blob (sha256, size, received, complete, created_at) VALUES "
               "(?, ?, ?, 1, ?)", (sha, size, size, utc_now()))
        tx.run("INSERT INTO hq_blob_chunk (sha256, start, data) SELECT sha256, start, data FROM "
               "hq_upload_chunk WHERE sha256 = ? AND device = ?", (sha, device_id))
    _drop_upload(tx, sha, device_id)
    for office in sorted(offices):
        tx.run("INSERT INTO hq_blob_office (sha256, office) VALUES (?, ?) ON CONFLICT DO NOTHING",
               (sha, office))


def content(store, device, sha: str) -> bytes | None:
    """The file's bytes for a device that may read it (see the module docstring), else None."""
    with store.read() as tx:
        if not _held(tx, sha, references(tx, device, sha, write=False)):
            return None
        return b"".join(tx.blob(d) for (d,) in tx.all(
            "SELECT data FROM hq_blob_chunk WHERE sha256 = ? ORDER BY start", (sha,)))


def register(app, store, device_of, error) -> None:
    async def guard(authorization, sha):
        device = await run_in_threadpool(device_of, authorization)
        if device is None:
            return None, error(401, "Unknown or revoked device token; enroll again with a new "
                                    "code.")
        if not SHA.match(sha):
            return None, error(422, "A file is named by its SHA-256: 64 lower-case hex digits.")
        return device, None

    @app.get("/v1/blobs/{sha}/status", responses={404: {"description": "no record of the "
                                                                      "device's offices"}})
    async def blob_status(sha: str, authorization: str | None = Header(default=None)):
        device, refused = await guard(authorization, sha)
        if refused:
            return refused
        answer = await run_in_threadpool(status, store, device, sha)
        return answer if answer is not None else error(404, NOT_NAMED)

    @app.put("/v1/blobs/{sha}", responses={409: {"description": "resume from `received`"}})
    async def blob_put(sha: str, request: Request, size: int = Query(ge=1, le=MAX_BLOB),
                       offset: int = Query(ge=0, le=MAX_BLOB),
                       authorization: str | None = Header(default=None)):
        device, refused = await guard(authorization, sha)
        if refused:
            return refused
        data = await request.body()  # limits.BodyLimit has bounded it to MAX_CHUNK_BODY
        if not data:
            return error(422, f"Send chunks of 1 to {MAX_CHUNK_BODY} bytes.")
        code, body = await run_in_threadpool(put_chunk, store, device, sha, size, offset, data)
        if code != 200:
            return error(code, body.pop("detail"), **body)
        return body

    @app.get("/v1/blobs/{sha}")
    async def blob_get(sha: str, authorization: str | None = Header(default=None)):
        device, refused = await guard(authorization, sha)
        if refused:
            return refused
        data = await run_in_threadpool(content, store, device, sha)
        if data is None:
            return error(404, "HQ has no such file for this device's offices (yet).")
        return Response(data, media_type="application/octet-stream")
