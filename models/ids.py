"""UUIDv7 identifiers (time-ordered, unique across devices) and clock helpers."""
import datetime as _dt
import os
import time
import uuid


def uuid7() -> str:
    """Return a new UUIDv7 as text: 48-bit Unix milliseconds, version 7, 74 random bits."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def utc_now(when: _dt.datetime | None = None) -> str:
    """Current UTC time (or `when`, aware) as ISO-8601 text with milliseconds, as stored in
    `updated_at`."""
    when = (when or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def today() -> _dt.date:
    return _dt.date.today()
