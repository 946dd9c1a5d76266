"""Who last wrote each field of an HQ row (hq_row.meta), kept lean: one entry per write.

A field's mark is [version, seq, device, user]: the row version and global sequence of the write
that last set it, the device that sent it and the person named in it. Every field set by one
write shares the write's seq, device and user, so meta stores them once per write:

    {"~": {"3": [seq, device, user], "1": [...]}, "title": 3, "office": 1, ...}

(about 300 bytes for a new partnership where a mark per field took 1,350). Rows written before
this keep `{field: [version, seq, device, user]}` and are read as they are; the next write of
the row stores it lean. "~" is no column name (HQ refuses an op naming an unknown field).
"""
from __future__ import annotations

import json

WRITES = "~"


class Marks:
    """The marks of one row, read from its meta (either form)."""

    def __init__(self, meta: dict):
        self.writes = meta.get(WRITES) or {}
        self.fields = meta

    @classmethod
    def parse(cls, text: str) -> "Marks":
        return cls(json.loads(text))

    def names(self):
        return (name for name in self.fields if name != WRITES)

    def get(self, name: str) -> list | None:
        """[version, seq, device, user] of the write that last set `name`, or None."""
        mark = self.fields.get(name) if name != WRITES else None
        if mark is None or isinstance(mark, list):
            return mark
        return [mark, *self.writes[str(mark)]]

    def changed_since(self, cursor: int, device: str) -> list[str]:
        """Fields last written after `cursor` by another device than `device`."""
        if not self.writes:  # the older form: a mark per field
            return [f for f, m in self.fields.items() if m[1] > cursor and m[2] != device]
        versions = {int(v) for v, (seq, by, _user) in self.writes.items()
                    if seq > cursor and by != device}
        return [f for f, v in self.fields.items()
                if f != WRITES and (v[0] if isinstance(v, list) else v) in versions]

    def written(self, fields, version: int, seq: int, device: str, user: str) -> dict:
        """The meta once `fields` are written at `version` (lean, whatever form it had)."""
        lean = {}
        for name in self.names():
            mark = self.fields[name]
            lean[name] = mark[0] if isinstance(mark, list) else mark
        for name in fields:
            lean[name] = version
        writes = {str(version): [seq, device, user]}
        for name, mark in self.fields.items():
            if name == WRITES or lean.get(name) == version:
                continue
            key = str(lean[name])
            if key not in writes:
                writes[key] = mark[1:] if isinstance(mark, list) else self.writes[key]
        return {WRITES: writes, **lean}
