"""HTTP to HQ with jittered exponential backoff, counting bytes on the wire and round trips."""
from __future__ import annotations

import ipaddress
import random
import time
from dataclasses import dataclass

import httpx

from models.errors import DomainError
from models.messages import msg

from . import protocol

RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


class SyncError(DomainError):
    """Sync stopped; the message says why and what to do."""


class Unauthorized(SyncError):
    pass


class Revoked(Unauthorized):
    """HQ revoked this device: it sends nothing more, and wipes its data and keys."""


def is_loopback(url: str) -> bool:
    """Is `url` on this computer (localhost, 127.0.0.0/8, ::1)? Plain http is fine there."""
    try:
        host = httpx.URL(url).host
    except (httpx.InvalidURL, ValueError):
        return False
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Refused(SyncError):
    """HQ refused the request (4xx) with a reason (protocol.Refusal); `seq` names the op at
    fault, if any: that op is set aside, never sent again as it is."""

    def __init__(self, message, status: int, seq: int | None = None):
        super().__init__(message)  # a Message HQ sent is shown in the person's language
        self.status, self.seq = status, seq


@dataclass
class Counters:
    bytes_sent: int = 0
    bytes_received: int = 0
    round_trips: int = 0
    retries: int = 0


def _head_size(headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.items()) + 2


def _long_wait(response: httpx.Response, cap: float) -> bool:
    """HQ asks to wait longer than a retry would (e.g. enrollment locked for a quarter of an
    hour): its refusal is shown at once instead of retries that cannot succeed."""
    wait = response.headers.get("Retry-After", "")
    return wait.isdigit() and int(wait) > cap


class Transport:
    """One HQ connection. `client` may be injected (tests pass a real httpx.Client)."""

    def __init__(self, server: str, token: str | None = None, *, client: httpx.Client | None = None,
                 timeout: float = 60.0, attempts: int = 8, backoff: float = 0.5,
                 backoff_cap: float = 20.0, sleep=time.sleep, allow_http: bool = False):
        self.server = server.rstrip("/")
        if not self.server.startswith(("http://", "https://")):
            raise SyncError(msg("The server address must start with http:// or https://, not "
                                "'{server}'.", server=server))
        if not allow_http and not self.server.startswith("https://") and \
                not is_loopback(self.server):
            raise SyncError(msg("Refusing to send this office's data unencrypted to {server}: "
                                "use its https:// address, or add --allow-http if HQ is on a "
                                "network you trust.", server=self.server))
        self.token = token
        self.client = client or httpx.Client(timeout=httpx.Timeout(timeout, connect=15.0),
                                             headers={"User-Agent": "PartnerDesk"})
        self.own_client = client is None
        self.attempts, self.backoff, self.backoff_cap = attempts, backoff, backoff_cap
        self.sleep = sleep
        self.counters = Counters()

    def close(self) -> None:
        if self.own_client:
            self.client.close()

    def _send(self, method: str, path: str, *, content: bytes = b"", headers=None,
              params=None) -> httpx.Response:
        headers = dict(headers or {})
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        last = ""
        for attempt in range(self.attempts):
            if attempt:
                self.counters.retries += 1
                delay = min(self.backoff_cap, self.backoff * 2 ** (attempt - 1))
                self.sleep(delay * (0.5 + random.random() / 2))
            try:
                request = self.client.build_request(method, self.server + path, content=content,
                                                    headers=headers, params=params)
                response = self.client.send(request)
                response.read()
            except httpx.TransportError as exc:
                if "CERTIFICATE_VERIFY_FAILED" in str(exc):  # no retry makes it trusted
                    raise SyncError(msg(
                        "HQ at {server} shows a certificate this computer does not trust, so "
                        "nothing was sent. Check the address; if HQ uses its own certificate "
                        "authority, name its certificate file in the SSL_CERT_FILE environment "
                        "variable.", server=self.server)) from None
                last = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
                continue
            finally:
                self.counters.round_trips += 1
            self.counters.bytes_sent += (len(request.content) + _head_size(request.headers)
                                         + len(method) + len(request.url.raw_path) + 12)
            self.counters.bytes_received += (response.num_bytes_downloaded
                                             + _head_size(response.headers) + 17)
            if response.status_code in RETRY_STATUS and not _long_wait(response, self.backoff_cap):
                last = msg("HQ answered {status}", status=response.status_code)
                continue
            return response
        raise SyncError(msg("Cannot reach HQ at {server} ({reason}); the changes stay on this "
                            "computer and will be sent at the next sync.", server=self.server,
                            reason=last))

    def _check(self, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        try:
            body = response.json()
        except ValueError:
            body = {}
        refusal = protocol.Refusal.of(body, response.status_code)
        if response.status_code == 401 and isinstance(body, dict) and body.get("revoked") is True:
            raise Revoked(refusal.reason())
        if response.status_code == 401:
            raise Unauthorized(refusal.reason() if isinstance(body, dict) and body.get("detail")
                               else msg("HQ does not accept this device's token (revoked?). "
                                        "Ask HQ for a new enrollment code and run sync with "
                                        "--enroll CODE."))
        raise Refused(refusal.reason(), response.status_code, refusal.seq)

    def _json(self, response: httpx.Response):
        try:
            return response.json()
        except ValueError:
            raise SyncError(msg("HQ at {server} answered something that is not PartnerDesk's "
                                "(is the address right?).", server=self.server)) from None

    def enroll(self, code: str, name: str, nonce: str | None = None) -> dict:
        """Enroll with a one-time code; the same `nonce` again gets the same answer, so the
        automatic retry after a lost reply is safe."""
        body = {"code": code, "name": name}
        if nonce:
            body["nonce"] = nonce
        response = self._send("POST", protocol.API_ENROLL, content=protocol.dumps(body),
                              headers={"Content-Type": protocol.MEDIA_TYPE})
        self._check(response)
        answer = self._json(response)
        if not (isinstance(answer, dict) and isinstance(answer.get("token"), str)
                and isinstance(answer.get("device"), str)
                and isinstance(answer.get("offices"), list)):
            raise SyncError(msg("HQ at {server} answered the enrollment without a token (is the "
                                "address right?).", server=self.server))
        return answer

    def sync(self, body: bytes, encoding: str) -> dict:
        """POST a request body already compressed by `protocol.request_body` (the client needs
        its size too, so it is compressed once, there)."""
        headers = {"Content-Type": protocol.MEDIA_TYPE, "Accept-Encoding": "zstd"}
        if encoding != "identity":
            headers["Content-Encoding"] = encoding
        response = self._send("POST", protocol.API_SYNC, content=body, headers=headers)
        self._check(response)
        return response.json()

    def blob_status(self, sha: str) -> dict:
        response = self._send("GET", f"{protocol.API_BLOBS}/{sha}/status")
        self._check(response)
        return response.json()

    def blob_put(self, sha: str, size: int, offset: int, data: bytes) -> dict:
        response = self._send("PUT", f"{protocol.API_BLOBS}/{sha}", content=data,
                              params={"size": size, "offset": offset},
                              headers={"Content-Type": "application/octet-stream"})
        if response.status_code == 409:
            return response.json()
        self._check(response)
        return response.json()

    def blob_get(self, sha: str) -> bytes:
        response = self._send("GET", f"{protocol.API_BLOBS}/{sha}")
        self._check(response)
        return response.content

    def recovery_key(self, key: str) -> None:
        """Give HQ this device's recovery key (over the authenticated link)."""
        response = self._send("POST", protocol.API_RECOVERY, content=protocol.dumps({"key": key}),
                              headers={"Content-Type": protocol.MEDIA_TYPE})
        self._check(response)

    def file_key(self) -> str | None:
        """HQ's public key for sync files (None from an HQ older than sync by file)."""
        response = self._send("GET", protocol.API_FILE_KEY)
        if response.status_code == 404:
            return None
        self._check(response)
        key = self._json(response).get("key") if response.status_code == 200 else None
        return key if isinstance(key, str) else None
