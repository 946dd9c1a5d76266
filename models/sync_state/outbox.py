"""Questions about changes waiting to sync (the status bar, the Sync view, `check`)."""
from __future__ import annotations

from .entities import Outbox


def pending_count() -> int:
    return Outbox.select().where(Outbox.status == "pending").count()
