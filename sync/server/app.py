"""FastAPI application factory of the HQ server: enrollment, the one sync endpoint, attachments.

Every request opens nothing at import time; the store is built by the factory. Errors are 4xx
with a reason (`{"detail": ...}`) and change nothing; an unknown or revoked token gets 401.
"""
from __future__ import annotations

import hmac

from fastapi import FastAPI, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from models.errors import DomainError
from models.ids import utc_now
from sync import protocol

from . import admin, blobs, changes
from .merge import Batch, ReusedSeq, ScopeError, check_scope
from .schema import SCHEMA_VERSION
from .store import Store
from .validate import BadRequest, sync_request



class EnrollRequest(BaseModel):
    code: str = Field(min_length=1, max_length=40)
    name: str = Field(default="device", max_length=80)


class SyncDoc(BaseModel):
    """Documentation of the sync body (sent zstd-compressed; plain JSON is accepted too)."""
    device: str = Field(default="", max_length=64)
    schema_: int = Field(default=0, alias="schema", ge=0)
    cursor: int = Field(default=0, ge=0)
    ops: list[list] = Field(default_factory=list, description="[seq, table, row_id, op, "
                            "base_version, office, {fields}]")
    sum: str | None = Field(default=None, min_length=16, max_length=16)


def _error(status: int, message: str, **extra) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"detail": message, **extra}, status_code=status, headers=headers)


def _token(authorization: str | None) -> str | None:
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return None


def create_app(store_url) -> FastAPI:
    store = Store(store_url)
    app = FastAPI(title="PartnerDesk HQ", version="1", description="Delta sync for field offices.")
    app.state.store = store

    def device_of(authorization):
        return admin.authenticate(store, _token(authorization))

    @app.get("/v1/health")
    def health() -> dict:
        return {"ok": True, "schema": SCHEMA_VERSION}

    @app.post(protocol.API_ENROLL, responses={403: {"description": "unknown, used or expired "
                                                                   "code"}})
    def enroll(body: EnrollRequest):
        result = admin.enroll(store, body.code, body.name)
        if not result:
            return _error(403, "This enrollment code is unknown, already used or expired; ask "
                               "HQ for a new one.")
        return result

    def run_sync(device, req: dict) -> dict:
        ops, cursor = req["ops"], req["cursor"]
        with store.write() as tx:
            check_scope(tx, device, ops)
            acks = Batch(tx, device).run(ops) if ops else []
            tx.run("UPDATE hq_device SET last_seen = ?, schema_version = ? WHERE id = ?",
                   (utc_now(), req["schema"], device.id))
        out = {"acks": acks}
        with store.read() as tx:
            if req["repair"]:
                office, after = req["repair"]
                if not device.reads(office):
                    raise ScopeError(f"This device is not enrolled for office {office}.", 0)
                rows, nxt, more = changes.repair_page(tx, device, office, after)
                out.update(changes=rows, cursor=cursor, more=False,
                           repair=[office, nxt] if more else None)
                return out
            rows, new_cursor, more = changes.page(tx, device, cursor)
            out.update(changes=rows, cursor=new_cursor, more=more)
            if more:  # how far the cursor has to go: a device receiving its office shows progress
                out["head"] = changes.head(tx)
            if req["sum"] and not ops and not more and new_cursor == changes.head(tx):
                per_office = changes.sums(tx, device)
                out["checked"] = True
                if not hmac.compare_digest(changes.combined(per_office), req["sum"]):
                    out["sums"] = per_office
        return out

    @app.post(protocol.API_SYNC, openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": SyncDoc.model_json_schema(by_alias=True)}}}},
        responses={401: {"description": "unknown or revoked token"},
                   403: {"description": "a change outside the device's offices"},
                   413: {"description": "body too large"}, 422: {"description": "malformed"}})
    async def sync(request: Request, authorization: str | None = Header(default=None)):
        device = await run_in_threadpool(device_of, authorization)
        if device is None:
            return _error(401, "Unknown or revoked device token; enroll again with a new code.")
        body = await request.body()
        if len(body) > protocol.MAX_BODY:
            return _error(413, f"The body is larger than {protocol.MAX_BODY} bytes; send fewer "
                               "changes per request.")
        try:
            req = sync_request(protocol.decode(body, request.headers.get("content-encoding")))
            out = await run_in_threadpool(run_sync, device, req)
        except protocol.ProtocolError as exc:
            return _error(400, str(exc))
        except BadRequest as exc:
            return _error(422, str(exc))
        except ScopeError as exc:
            return _error(403, exc.message, seq=exc.seq)
        except ReusedSeq as exc:
            return _error(409, str(exc))
        encoding = protocol.best_encoding(request.headers.get("accept-encoding"))
        raw = protocol.dumps(out)
        if len(raw) < 200:
            encoding = "identity"
        headers = {} if encoding == "identity" else {"Content-Encoding": encoding}
        return Response(protocol.compress(raw, encoding), media_type=protocol.MEDIA_TYPE,
                        headers=headers)

    blobs.register(app, store, device_of, _error)

    @app.exception_handler(DomainError)
    async def domain_error(_request, exc: DomainError):
        return _error(422, str(exc))

    return app
