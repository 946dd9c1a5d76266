"""FastAPI application factory of the HQ server: enrollment, the one sync endpoint, attachments.

Every request opens nothing at import time; the store is built by the factory. Bodies are limited
before they are read (limits.py). Errors are 4xx with the one refusal body of
protocol.Refusal (`{"detail": ..., "seq": ...}`) and change nothing; an unknown or revoked token
gets 401. An op HQ fails to apply for a reason nobody foresaw is refused with its seq rather
than failing the whole request with a 500, so one bad row cannot stop its office (sync_ops.py).
"""
from __future__ import annotations

from fastapi import FastAPI, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from models.errors import DomainError
from models.messages import msg
from sync import protocol

from . import admin, blobs, fileimport, recovery
from .guard import EnrollGuard, RefusalLog
from .limits import BodyLimit
from .merge import ReusedSeq, ScopeError
from .schema import SCHEMA_VERSION
from .store import Store
from .sync_ops import SyncRun
from .validate import BadRequest, enroll_request, sync_request


REVOKED = ("HQ revoked this device: its data and keys are being removed from it. Ask HQ for a "
           "new enrollment code to work on this computer again.")


class EnrollDoc(BaseModel):
    """Documentation of the enrollment body (read by enroll_request, not by FastAPI, so that it
    is read only once the size limit has let it through)."""
    code: str = Field(min_length=1, max_length=40)
    name: str = Field(default="device", max_length=80)
    nonce: str | None = Field(default=None, min_length=16, max_length=128,
                              description="the device's own secret for this enrollment: a "
                              "retry with it after a lost reply gets the same answer")


class SyncDoc(BaseModel):
    """Documentation of the sync body (sent zstd-compressed; plain JSON is accepted too)."""
    device: str = Field(default="", max_length=64)
    schema_: int = Field(default=0, alias="schema", ge=0)
    cursor: int = Field(default=0, ge=0)
    ops: list[list] = Field(default_factory=list, description="[seq, table, row_id, op, "
                            "base_version, office, {fields}]")
    sum: str | None = Field(default=None, min_length=16, max_length=16)


def _error(status: int, message, seq: int | None = None, *, headers=None,
           **extra) -> JSONResponse:
    """The one refusal shape; a Message travels as data too, for the device to translate."""
    if status == 401:
        headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
    return JSONResponse(protocol.Refusal.because(message, seq).body(**extra),
                        status_code=status, headers=headers)


def _token(authorization: str | None) -> str | None:
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return None


def _body_doc(model) -> dict:
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": model.model_json_schema(by_alias=True)}}}}


def _decode_sync(body: bytes, encoding: str | None) -> dict:
    return sync_request(protocol.decode(body, encoding))


def create_app(store_url, *, docs: bool = False) -> FastAPI:
    """The HQ application on the store at `store_url`; the API documentation pages (/docs,
    /redoc, /openapi.json) only with `docs` (`serve --api-docs`): they map the API for anyone."""
    store = Store(store_url)
    pages = {} if docs else {"docs_url": None, "redoc_url": None, "openapi_url": None}
    app = FastAPI(title="PartnerDesk HQ", version="1", description="Delta sync for field offices.",
                  **pages)
    app.add_middleware(BodyLimit)
    app.add_middleware(RefusalLog)  # added last: outermost, so it sees BodyLimit's refusals too
    guard = app.state.enroll_guard = EnrollGuard()
    app.state.store = store
    runner = SyncRun(store)

    def device_of(authorization):
        return admin.authenticate(store, _token(authorization))

    @app.get("/v1/health")
    def health() -> dict:
        return {"ok": True, "schema": SCHEMA_VERSION}

    @app.post(protocol.API_ENROLL, openapi_extra=_body_doc(EnrollDoc), responses={
        403: {"description": "unknown, used or expired code"},
        413: {"description": "body too large"}, 422: {"description": "malformed"},
        429: {"description": "too many wrong codes from this address: wait Retry-After"}})
    async def enroll(request: Request):
        source = request.client.host if request.client else None
        wait = guard.wait(source)
        if wait:
            request.state.quiet = not guard.first_refusal(source)
            return _error(429, msg(("Too many wrong enrollment codes from this address; try "
                                    "again in %n minute with the code HQ gave you.",
                                    "Too many wrong enrollment codes from this address; try "
                                    "again in %n minutes with the code HQ gave you."),
                                   n=(wait + 59) // 60),
                          headers={"Retry-After": str(wait)})
        try:
            req = enroll_request(protocol.decode(await request.body(),
                                                 request.headers.get("content-encoding"),
                                                 protocol.MAX_ENROLL))
        except protocol.ProtocolError as exc:
            return _error(400, str(exc))
        result = await run_in_threadpool(admin.enroll, store, req["code"], req["name"],
                                         req["nonce"], guard)
        if not result or result.get("locked"):
            guard.wrong(source)
            if result.get("locked"):
                return _error(403, "This enrollment code was tried too many times and no longer "
                                   "works; ask HQ for a new one.")
            return _error(403, "This enrollment code is unknown, already used or expired; ask "
                               "HQ for a new one.")
        return {**result, "file_key": await run_in_threadpool(fileimport.public_key, store)}

    @app.get(protocol.API_FILE_KEY, responses={401: {"description": "unknown or revoked token"}})
    async def file_key(authorization: str | None = Header(default=None)):
        """HQ's public key, to which devices encrypt the files they carry when there is no
        link (devices enrolled before sync by file fetch it at their next sync)."""
        if await run_in_threadpool(device_of, authorization) is None:
            return _error(401, "Unknown or revoked device token; enroll again with a new code.")
        return {"key": await run_in_threadpool(fileimport.public_key, store)}

    @app.post(protocol.API_SYNC, openapi_extra=_body_doc(SyncDoc),
              responses={401: {"description": "unknown or revoked token"},
                         403: {"description": "a change outside the device's offices"},
                         413: {"description": "body too large"}, 422: {"description": "malformed"}})
    async def sync(request: Request, authorization: str | None = Header(default=None)):
        device = await run_in_threadpool(device_of, authorization)
        if device is None:
            revoked = await run_in_threadpool(admin.revoked_device, store, _token(authorization))
            if revoked:  # the device wipes itself on this answer and sends nothing more
                request.state.device = revoked
                return _error(401, REVOKED, revoked=True)
            return _error(401, "Unknown or revoked device token; enroll again with a new code.")
        request.state.device = device.id
        body = await request.body()  # BodyLimit has bounded it
        try:
            req = await run_in_threadpool(_decode_sync, body,
                                          request.headers.get("content-encoding"))
            out = await run_in_threadpool(runner.run, device, req)
        except protocol.ProtocolError as exc:
            return _error(400, str(exc))
        except ScopeError as exc:
            return _error(403, exc.message, exc.seq)
        except ReusedSeq as exc:
            return _error(409, exc.message)
        encoding = protocol.best_encoding(request.headers.get("accept-encoding"))
        raw = protocol.dumps(out)
        if len(raw) < 200:
            encoding = "identity"
        headers = {} if encoding == "identity" else {"Content-Encoding": encoding}
        return Response(protocol.compress(raw, encoding), media_type=protocol.MEDIA_TYPE,
                        headers=headers)

    blobs.register(app, store, device_of, _error)
    recovery.register(app, store, device_of, _error)

    @app.exception_handler(BadRequest)
    async def bad_request(_request, exc: BadRequest):
        return _error(422, str(exc), exc.seq)

    @app.exception_handler(DomainError)
    async def domain_error(_request, exc: DomainError):
        return _error(422, exc.message)

    @app.exception_handler(RequestValidationError)
    async def malformed(_request, exc: RequestValidationError):
        """FastAPI's own checks (query parameters) answered in the one refusal shape."""
        where = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
                          for e in exc.errors()[:5])
        return _error(422, f"Malformed request ({where}).")

    return app
