"""Wire format of `POST /v1/sync`: compact JSON compressed with zstd, plus shared limits.

Measured (bench/bench_sync.py and the note of issue 6): on whole-row ops of demo data,
zstd-compressed JSON is as small as zstd-compressed msgpack (74 vs 76 bytes per op) and zstd beats
gzip (91 bytes per op) at the same speed, so we use JSON (no extra dependency, readable when
debugging) with zstd; gzip or identity when a peer asks for it, identity for tiny bodies.

Request  {"device", "schema", "cursor", "ops": [Op: [seq, table, row_id, kind, base, office,
          {fields}], ...],
          optional "sum" (hex checksum of the device's rows) and "repair" ([office, after_key])}
Response {"acks": [{"s": seq, "v": version, "c": [[field, hq_value, author, kind]], "x": reason,
                    "r": {field: hq_value} (values to restore after a refusal)}],
          "changes": [[table, row_id, version, {fields}]], "cursor", "more",
          optional "sums" ({office: hex} when the device's checksum differed), "repair": [...],
          "head" (HQ's latest sequence, while "more" is true: progress for a device catching up)}
"""
from __future__ import annotations

import gzip
import hashlib
import json
import threading
from typing import NamedTuple

import zstandard

# Records of HQ_OFFICE (headquarters issues them to everyone: benchmark sets) are read by every
# device and written only by devices enrolled for all offices. The code is the domain's; sync
# reads it as protocol.HQ_OFFICE.
from models.directory import HQ_OFFICE  # noqa: F401

MEDIA_TYPE = "application/json"
API_SYNC = "/v1/sync"
API_ENROLL = "/v1/enroll"
API_BLOBS = "/v1/blobs"

MAX_BODY = 2 * 1024 * 1024  # compressed request bytes HQ accepts
MAX_DECODED = 32 * 1024 * 1024  # decompressed bytes (zip-bomb guard)
MAX_OPS = 5000  # ops in one request
PUSH_TARGET = 32 * 1024  # compressed bytes of ops per request (DESIGN.md: about 32 KB)
PAGE_ROWS = 2000  # changes per response at most
PAGE_BYTES = 256 * 1024  # approximate raw JSON bytes of changes per response
CHUNK = 256 * 1024  # attachment upload chunk
TINY_BODY = 200  # raw bytes up to which a request goes uncompressed

OP_KINDS = ("insert", "update", "delete")


class Op(NamedTuple):
    """One outbox change on the wire, `[seq, table, row_id, kind, base, office, {fields}]`: the
    device builds it from its outbox, HQ from a validated request. A tuple, so it travels (and
    is digested by HQ) as the same JSON array."""
    seq: int  # the device's own sequence number: (device, seq) is applied once
    table: str
    row_id: str
    kind: str  # one of OP_KINDS
    base: int  # the row version the edit was based on (0: never accepted by HQ)
    office: str  # the record's office when the change was made
    fields: dict  # changed columns and their new values


_LOCAL = threading.local()  # zstd contexts are not thread-safe: one per thread


def _zstd() -> zstandard.ZstdCompressor:
    if not hasattr(_LOCAL, "zc"):
        _LOCAL.zc = zstandard.ZstdCompressor(level=6)
    return _LOCAL.zc


class ProtocolError(ValueError):
    """A body that cannot be decoded; HQ answers 400 with this message."""


def dumps(obj) -> bytes:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


def encode(obj, encoding: str = "zstd") -> bytes:
    return compress(dumps(obj), encoding)


def request_body(raw: bytes) -> tuple[bytes, str]:
    """A request body compressed once, with its Content-Encoding: zstd, or identity when the body
    is so small that compressing it would not pay (a sync with nothing to send)."""
    encoding = "zstd" if len(raw) > TINY_BODY else "identity"
    return compress(raw, encoding), encoding


def compress(raw: bytes, encoding: str = "zstd") -> bytes:
    if encoding == "zstd":
        return _zstd().compress(raw)
    if encoding == "gzip":
        return gzip.compress(raw, 6)
    return raw


def decompress(body: bytes, encoding: str | None) -> bytes:
    encoding = (encoding or "identity").strip().lower()
    try:
        if encoding == "zstd":
            reader = zstandard.ZstdDecompressor().stream_reader(body)
            raw = reader.read(MAX_DECODED + 1)
        elif encoding == "gzip":
            raw = gzip.GzipFile(fileobj=__import__("io").BytesIO(body)).read(MAX_DECODED + 1)
        elif encoding == "identity":
            raw = body
        else:
            raise ProtocolError(f"Unknown Content-Encoding '{encoding}'; use zstd, gzip or "
                                "identity.")
    except (zstandard.ZstdError, OSError, EOFError) as exc:
        raise ProtocolError(f"The body is not valid {encoding} data ({exc}).") from exc
    if len(raw) > MAX_DECODED:
        raise ProtocolError("The body is too large once decompressed.")
    return raw


def decode(body: bytes, encoding: str | None):
    raw = decompress(body, encoding)
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"The body is not valid JSON ({exc}).") from exc


def best_encoding(accept: str | None) -> str:
    accept = (accept or "").lower()
    if "zstd" in accept:
        return "zstd"
    if "gzip" in accept:
        return "gzip"
    return "identity"


def row_hash(table: str, row_id: str, version: int) -> int:
    digest = hashlib.blake2b(f"{table}\x1f{row_id}\x1f{version}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big")


def fold(total: int, value: int) -> int:
    """Order-independent combination of row hashes (sum modulo 2**64)."""
    return (total + value) & 0xFFFFFFFFFFFFFFFF


def hex_sum(total: int) -> str:
    return f"{total:016x}"
