"""Request size limits enforced while the body streams in, before any of it is buffered.

An ASGI middleware in front of every endpoint (the ones that need no token too, like enrollment,
and paths that do not exist): a declared Content-Length above the endpoint's limit is refused at
once, without reading a byte of the body; a body without one (chunked) is counted as it arrives
and refused as soon as it passes the limit. Measured before this existed: one 512 MiB POST to
/v1/enroll took the server from 71 MiB to 2,623 MiB for 30 s.
"""
from __future__ import annotations

from sync import protocol

from .blobs import MAX_CHUNK_BODY

# (method, path prefix, most body bytes); anything else may carry a small body only.
LIMITS = (
    ("POST", protocol.API_SYNC, protocol.MAX_BODY),
    ("POST", protocol.API_ENROLL, protocol.MAX_ENROLL),
    ("PUT", protocol.API_BLOBS + "/", MAX_CHUNK_BODY),
)
OTHER = 16 * 1024


class TooLarge(Exception):
    """Raised from the body stream when it passes the limit; answered 413."""

    def __init__(self, limit: int):
        super().__init__(f"The body is larger than {limit} bytes; send less per request.")
        self.limit = limit


def limit_for(method: str, path: str) -> int:
    for verb, prefix, most in LIMITS:
        if method == verb and path.startswith(prefix):
            return most
    return OTHER


def _declared(headers) -> int | None:
    """The Content-Length, None when absent; -1 when unreadable (refused like a too-large one)."""
    for name, value in headers:
        if name == b"content-length":
            return int(value) if value.isdigit() and len(value) < 19 else -1
    return None


async def _refuse(send, status: int, detail: str) -> None:
    body = protocol.dumps(protocol.Refusal(detail).body())
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", protocol.MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = limit_for(scope["method"], scope["path"])
        declared = _declared(scope["headers"])
        if declared is not None and not 0 <= declared <= limit:
            return await _refuse(send, 413 if declared > limit else 400,
                                 str(TooLarge(limit)) if declared > limit
                                 else "The Content-Length header is not a number.")
        received, started = 0, False

        async def counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise TooLarge(limit)
            return message

        async def watched(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except TooLarge as exc:
            if not started:
                await _refuse(send, 413, str(exc))
