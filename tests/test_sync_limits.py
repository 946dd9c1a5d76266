"""Issue 10, finding 5 (and 9's deep nesting): HQ limits bodies before reading them.

A real `main.py serve` process gets 512 MiB POSTs and PUTs on every kind of endpoint, with a
declared length and chunked, with and without a token; each is refused with 413 and the server's
peak memory (VmHWM, read from /proc) does not grow. Before, one such POST to /v1/enroll took the
server from 71 MiB to 2,623 MiB for 30 s. Decompression bombs and deep JSON get a 4xx too.
"""
from __future__ import annotations

import gzip
import socket
import threading
import zlib

import httpx
import pytest
import zstandard

from sync import protocol
from sync.server import admin

from support.sync_fixtures import ServerProcess

HUGE = 512 * 1024 * 1024
MIB = 1024 * 1024


def _memory(pid: int) -> dict[str, int]:
    with open(f"/proc/{pid}/status") as fh:
        return {k: int(v.split()[0]) * 1024 for k, v in (line.split(":", 1) for line in fh)
                if k in ("VmRSS", "VmHWM")}


def _send_huge(port: int, method: str, path: str, headers: dict, chunked: bool) -> tuple[int, int]:
    """Send HUGE bytes of body (or as much as HQ reads before it answers): (status, bytes sent)."""
    sock = socket.create_connection(("127.0.0.1", port))
    head = [f"{method} {path} HTTP/1.1", "Host: hq", *(f"{k}: {v}" for k, v in headers.items()),
            "Transfer-Encoding: chunked" if chunked else f"Content-Length: {HUGE}", "", ""]
    answer = bytearray()

    def read():
        try:
            while True:
                data = sock.recv(65536)
                answer.extend(data)
                if not data or b"\r\n\r\n" in answer:  # the status is all we need
                    return
        except OSError:
            return
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    block, sent = b"{" * MIB, 0
    try:
        sock.sendall("\r\n".join(head).encode())
        while sent < HUGE and not answer:
            sock.sendall(b"%x\r\n%s\r\n" % (len(block), block) if chunked else block)
            sent += len(block)
    except OSError:  # HQ answered and closed: the rest was never read
        pass
    reader.join(30)
    sock.close()
    status = answer.split(b"\r\n", 1)[0].split()
    return (int(status[1]) if len(status) > 1 else 0), sent


@pytest.fixture(scope="module")
def hq_process(tmp_path_factory):
    server = ServerProcess(tmp_path_factory.mktemp("limits") / "hq.db")
    admin.add_office(server.store, "KEN", "Kenya Country Office", "KEN")
    server.token = admin.enroll(server.store, admin.new_code(server.store, ["KEN"]), "t")["token"]
    yield server
    server.stop()


@pytest.mark.parametrize("chunked", [False, True], ids=["declared", "chunked"])
def test_5_a_512_mib_body_is_refused_unread_on_every_endpoint(hq_process, chunked):
    pid, port = hq_process.proc.pid, hq_process.port
    auth = {"Authorization": f"Bearer {hq_process.token}"}
    httpx.get(hq_process.url + "/v1/health").raise_for_status()
    before = _memory(pid)
    # A declared length over the limit is refused before the endpoint runs; a chunked body is
    # refused once it passes the limit, or answered without being read (no token, no such path)
    cases = [("POST", protocol.API_ENROLL, {}, 413), ("POST", protocol.API_SYNC, {}, 401),
             ("POST", protocol.API_SYNC, auth, 413),
             ("PUT", f"{protocol.API_BLOBS}/{'a' * 64}?size=5&offset=0", auth, 413),
             ("POST", "/no/such/path", {}, 404), ("GET", "/v1/health", {}, 200)]
    for method, path, headers, unread in cases:
        status, sent = _send_huge(port, method, path, headers, chunked)
        assert status == (unread if chunked else 413), (method, path, status)
        assert sent < 64 * MIB, (method, path, sent)  # refused long before the end
    after = _memory(pid)
    grown = after["VmHWM"] - before["VmHWM"]
    assert grown < 16 * MIB, f"peak memory grew by {grown / MIB:.0f} MiB"
    httpx.get(hq_process.url + "/v1/health").raise_for_status()  # still serving


def _bomb(encoding: str) -> bytes:
    raw = b'{"ops": ["' + b"0" * (protocol.MAX_DECODED + MIB) + b'"]}'
    if encoding == "zstd":
        return zstandard.ZstdCompressor(level=3).compress(raw)
    return gzip.compress(raw, 9)


@pytest.mark.parametrize("body, encoding, words", [
    ("bomb", "zstd", "once decompressed"),
    ("bomb", "gzip", "once decompressed"),
    (b"[" * 200_000 + b"]" * 200_000, None, "too deeply"),
    (b'{"ops": [[1, "person", "x", "insert", 0, "KEN", {"name": ' + b"[" * 5000 + b"]" * 5000
     + b"}]]}", None, "too deeply"),
    (zstandard.ZstdCompressor().compress(b'{"ops": []}' * 1000)[:-20], "zstd", "not valid"),
    (zlib.compress(b'{"ops": []}'), "gzip", "not valid gzip"),
    (b'{"cursor": 1' + b"0" * 5000 + b"}", None, "not valid JSON"),
])
def test_5_hostile_bodies_get_a_4xx(hq_process, body, encoding, words):
    body = _bomb(encoding) if body == "bomb" else body
    headers = {"Authorization": f"Bearer {hq_process.token}"}
    if encoding:
        headers["Content-Encoding"] = encoding
    for path in (protocol.API_SYNC, protocol.API_ENROLL):
        response = httpx.post(hq_process.url + path, content=body, headers=headers, timeout=60)
        assert response.status_code in (400, 413), (path, response.text)
        assert words in response.json()["detail"] or response.status_code == 413
