"""Local-only tables of change capture (made by the foundation schema step, never synced)."""
from __future__ import annotations

import peewee

from ..db import BaseModel


class Outbox(BaseModel):
    """One captured change waiting to reach HQ; filled by triggers, emptied by the sync client."""
    seq = peewee.AutoField()  # device sequence number
    op_id = peewee.TextField(unique=True)
    table_name = peewee.TextField()
    row_id = peewee.TextField()
    op = peewee.TextField()  # insert | update | delete
    fields = peewee.TextField()  # JSON object of changed columns and their new values
    base_version = peewee.IntegerField(default=0)
    office = peewee.TextField(default="")
    created_at = peewee.TextField()
    status = peewee.TextField(default="pending", index=True)  # pending | rejected
    error = peewee.TextField(null=True)


class SyncControl(BaseModel):
    """Single row; `capture = 0` while the sync client applies HQ changes, so they are not echoed;
    `search = 0` while it applies a page, which it then indexes for search in one pass."""
    id = peewee.IntegerField(primary_key=True)
    capture = peewee.IntegerField(default=1)
    search = peewee.IntegerField(default=1)
