"""The status_change record: one status change of one record (from, to, who, when, why)."""
from __future__ import annotations

import peewee

from ..base import SyncModel


class StatusChange(SyncModel):
    """Written by the triggers of schema step 13 (migrations.py), never by Python code, never
    edited: `from_status` is None when the record was created with `to_status`."""
    record_table = peewee.TextField()
    record_id = peewee.TextField()
    from_status = peewee.TextField(null=True)
    to_status = peewee.TextField()
    reason = peewee.TextField(default="")
    changed_by = peewee.TextField(default="")
    changed_at = peewee.TextField()

    class Meta:
        table_name = "status_change"
        indexes = ((("record_id", "changed_at"), False), (("record_table", "to_status"), False))


MODELS = [StatusChange]
