"""Values from HQ this device set aside instead of storing (the sync client fills the table,
sync/held.py): listed in the Sync view and by `check`, each with its reason."""
from __future__ import annotations

import json
from dataclasses import dataclass

import peewee

from ..db import BaseModel


LABELS = ("reference", "code", "legal_name", "name", "title")


class SyncHeld(BaseModel):
    """A pulled row, or some of its fields, that could not be stored here yet (step 11)."""
    table_name = peewee.TextField()
    row_id = peewee.TextField()
    version = peewee.IntegerField(default=0)
    fields = peewee.TextField()  # JSON {field: HQ's value}
    reasons = peewee.TextField()  # JSON {field: reason}
    whole = peewee.BooleanField(default=False)  # the row itself is not stored here
    waiting = peewee.BooleanField(default=False)  # for a change of this device to reach HQ
    created_at = peewee.TextField()
    updated_at = peewee.TextField()

    class Meta:
        table_name = "sync_held"
        primary_key = peewee.CompositeKey("table_name", "row_id")


@dataclass(frozen=True)
class Held:
    table: str
    row_id: str
    whole: bool
    waiting: bool
    reasons: dict[str, str]
    since: str
    label: str = ""  # reference or name of the record, from this device or from HQ's values

    def describe(self) -> str:
        """The reasons as one line: 'legal_name is required; tags is not valid JSON'."""
        return "; ".join(f"{name} {reason}" if name != "*" else reason
                         for name, reason in sorted(self.reasons.items()))


def held(limit: int = 500) -> list[Held]:
    """Rows and fields from HQ set aside here, newest first."""
    from .state import _label
    rows = SyncHeld.select().order_by(SyncHeld.updated_at.desc()).limit(limit)
    out = []
    for r in rows:
        fields = json.loads(r.fields)
        label = next((str(fields[c]) for c in LABELS if isinstance(fields.get(c), str)
                      and fields[c]), "") if r.whole else _label(r.table_name, r.row_id)
        out.append(Held(r.table_name, r.row_id, bool(r.whole), bool(r.waiting),
                        json.loads(r.reasons), r.created_at, label or r.row_id[:13]))
    return out


def held_count() -> int:
    return SyncHeld.select().count()


def problems() -> list[str]:
    """`check`: one line per row from HQ that is (partly) not stored here."""
    return [f"sync: {h.table} {h.row_id} from HQ is "
            f"{'not stored' if h.whole else 'partly stored'} here: {h.describe()}"
            for h in held(limit=10_000)]
