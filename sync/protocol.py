"""Wire format of `POST /v1/sync`: compact JSON compressed with zstd, plus shared limits.

Measured (bench/bench_sync.py and the note of issue 6): on whole-row ops of demo data,
zstd-compressed JSON is as small as zstd-compressed msgpack (74 vs 76 bytes per op) and zstd beats
gzip (91 bytes per op) at the same speed, so we use JSON (no extra dependency, readable when
debugging) with zstd; gzip or identity when a peer asks for it, identity for tiny bodies.

Request  {"device", "schema", "cursor", "ops": [Op: [seq, table, row_id, kind, base, office,
          {fields}], ...],
          optional "sum" (hex checksum of the device's rows), "repair" ([office, after_key]) and
          "since" (the cursor up to which the device has every change, when below "cursor":
          fields written after it are sent; an HQ from before it ignores it)}
Response {"acks": [{"s": seq, "v": version, "c": [[field, hq_value, author, kind]], "x": reason,
                    "r": {field: hq_value} (values to restore after a refusal),
                    "a": {updated_at, updated_by} (HQ's, when it kept others than the op's)}],
          "changes": [[table, row_id, version, {fields}]], "cursor", "more",
          optional "sums" ({office: hex} when the device's checksum differed), "repair": [...],
          "head" (HQ's latest sequence, while "more" is true: progress for a device catching up)}
Refusal  any 4xx of any endpoint: {"detail": reason, "seq": the op at fault or null} (Refusal).
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import threading
from typing import NamedTuple

import zstandard

# Records of HQ_OFFICE (headquarters issues them to everyone: benchmark sets) are read by every
# device and written only by devices enrolled for all offices. The code is the domain's; sync
# reads it as protocol.HQ_OFFICE.
from models.directory import HQ_OFFICE  # noqa: F401
from models.message_data import from_data, to_data
from models.messages import Message, msg

MEDIA_TYPE = "application/json"
API_SYNC = "/v1/sync"
API_ENROLL = "/v1/enroll"
API_BLOBS = "/v1/blobs"
API_RECOVERY = "/v1/recovery-key"
API_FILE_KEY = "/v1/file-key"  # HQ's public key for sync files (sync/filecrypt.py)

MAX_BODY = 2 * 1024 * 1024  # compressed request bytes HQ accepts
MAX_DECODED = 32 * 1024 * 1024  # decompressed bytes (zip-bomb guard)
MAX_ENROLL = 4096  # bytes of an enrollment request, compressed or not
MAX_OPS = 5000  # ops in one request
PUSH_TARGET = 32 * 1024  # compressed bytes of ops per request (DESIGN.md: about 32 KB)
PAGE_ROWS = 2000  # changes per response at most
PAGE_BYTES = 256 * 1024  # approximate raw JSON bytes of changes per response
CHUNK = 256 * 1024  # attachment upload chunk
TINY_BODY = 200  # raw bytes up to which a request goes uncompressed

OP_KINDS = ("insert", "update", "delete")
# Devices from this schema step on send checksums of row content (sync/rowhash.py), older ones
# of (table, id, version); HQ answers each in kind.
CONTENT_SUMS = 11


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


class Refusal(NamedTuple):
    """HQ's answer to anything it refuses (every 4xx of every endpoint has this body): the reason
    for a person, and the `seq` of the op at fault when one op is the cause (whatever the status:
    a malformed value, a rule, an office, a size). The device sets that op aside, lists it with
    the reason, and sends the rest; with no seq the request as a whole was refused."""
    detail: str
    seq: int | None = None
    message: dict | None = None  # the reason as data (models/message_data.py), to translate

    def body(self, **extra) -> dict:
        found = {"detail": self.detail, "seq": self.seq, **extra}
        if self.message is not None:
            found["message"] = self.message
        return found

    @classmethod
    def of(cls, body, status: int) -> "Refusal":
        """Read a refusal from a decoded body, whatever a proxy or an older HQ put there."""
        detail = body.get("detail") if isinstance(body, dict) else None
        seq = body.get("seq") if isinstance(body, dict) else None
        message = body.get("message") if isinstance(body, dict) else None
        if not isinstance(detail, str) or not detail:
            detail = msg("HQ refused the request ({status}: {detail}).", status=status,
                         detail=detail or msg("no reason given"))
            message = None
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
            seq = None
        return cls(detail, seq, message if isinstance(message, dict) else None)

    @classmethod
    def because(cls, reason, seq: int | None = None) -> "Refusal":
        """A refusal for `reason` (a Message travels as data too)."""
        return cls(str(reason), seq, to_data(reason) if isinstance(reason, Message) else None)

    def reason(self):
        """The reason to show: the Message HQ sent, else its English detail."""
        return from_data(self.message) or self.detail


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


def decompress(body: bytes, encoding: str | None, limit: int = MAX_DECODED) -> bytes:
    """The body decompressed, reading at most `limit` + 1 bytes of output (a zip bomb stops
    there: memory stays bounded whatever the ratio)."""
    encoding = (encoding or "identity").strip().lower()
    try:
        if encoding == "zstd":
            reader = zstandard.ZstdDecompressor().stream_reader(body)
            raw = reader.read(limit + 1)
        elif encoding == "gzip":
            raw = gzip.GzipFile(fileobj=io.BytesIO(body)).read(limit + 1)
        elif encoding == "identity":
            raw = body
        else:
            raise ProtocolError(f"Unknown Content-Encoding '{encoding[:40]}'; use zstd, gzip or "
                                "identity.")
    except (zstandard.ZstdError, OSError, EOFError, ValueError) as exc:
        raise ProtocolError(f"The body is not valid {encoding} data ({exc}).") from exc
    if len(raw) > limit:
        raise ProtocolError(f"The body is larger than {limit} bytes once decompressed; send "
                            "fewer changes per request.")
    return raw


def decode(body: bytes, encoding: str | None, limit: int = MAX_DECODED):
    raw = decompress(body, encoding, limit)
    try:
        return json.loads(raw)
    except RecursionError:  # the parser recurses: its depth is bounded by the recursion limit
        raise ProtocolError("The body nests JSON too deeply.") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise ProtocolError(f"The body is not valid JSON ({str(exc)[:200]}).") from exc


def best_encoding(accept: str | None) -> str:
    accept = (accept or "").lower()
    if "zstd" in accept:
        return "zstd"
    if "gzip" in accept:
        return "gzip"
    return "identity"


def row_hash(table: str, row_id: str, version: int) -> int:
    """(table, id, version) hash of the checksums of devices from before CONTENT_SUMS."""
    digest = hashlib.blake2b(f"{table}\x1f{row_id}\x1f{version}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big")


def fold(total: int, value: int) -> int:
    """Order-independent combination of row hashes (sum modulo 2**64)."""
    return (total + value) & 0xFFFFFFFFFFFFFFFF


def hex_sum(total: int) -> str:
    return f"{total:016x}"
