"""A row's content hash, the same on the device and at HQ: what the sync checksums are made of.

A checksum of (table, id, version) alone never saw values that drifted apart under one version
(a decimal rounded by SQLite's JSON, an `updated_at` HQ did not keep). The hash covers every
value of the row, in a canonical form both sides compute from what they store:
- decimals as the double a device stores (`repr(float)`), whether HQ holds "0.1" or 0.1, and
  -0.0 as 0.0 (SQLite keeps no sign on a zero it stores);
- 0/1 flags and whole numbers as integers; text, dates and JSON text as they are;
- a value equal to its column's default is left out, so a row HQ stored before a column existed
  (no key) hashes like a device's row that has the default there. Columns one side does not
  know are left out too (a device of another version still agrees on the rest).
A value that breaks its column (a poison value stored before HQ checked) is hashed as what it
is, so two copies agree on it and differ from any repaired one.
"""
from __future__ import annotations

import functools
import hashlib
import json

from models import columns

SKIP = ("id", "version")
_MISSING = object()


def _decimal(value):
    number = columns.decimal_of(value)
    if number is None:
        return ["?", repr(value)]
    as_float = float(number)
    return repr(as_float) if as_float != 0 else "0.0"


def _whole(value):
    return int(value) if type(value) is bool else value


CANON = {"decimal": _decimal, "integer": _whole, "boolean": _whole}  # others: as they are


@functools.lru_cache(maxsize=None)
def plan(table: str) -> tuple[tuple[str, object, object], ...]:
    """(column, canonical form function or None, canonical default) of `table`, by name."""
    defined = columns.columns().get(table, {})
    out = []
    for name in sorted(defined):
        if name in SKIP:
            continue
        column = defined[name]
        canon = CANON.get(column.kind)
        default = column.default
        default = _MISSING if default is columns.NO_DEFAULT else \
            canon(default) if canon else default
        out.append((name, canon, default))
    return tuple(out)


def row_hash(table: str, row_id: str, version: int, values: dict) -> int:
    """64-bit hash of one row's identity, version and content (`values`: column -> value)."""
    items = []
    get = values.get
    for name, canon, default in plan(table):
        value = get(name, _MISSING)
        if value is _MISSING:
            continue
        if canon is not None:
            value = canon(value)
        if value != default or type(value) is not type(default):
            items.append((name, value))
    text = json.dumps((table, row_id, version, items), separators=(",", ":"))
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")
