"""The device's side of sync: changes waiting to go, conflicts, refused changes, sync history.

The public API: `status()` for the status bar, `pending_count()`, conflicts to settle, changes
HQ refused, the history of sync runs, and adopting the office a new laptop was enrolled for.
"""
from __future__ import annotations

from ..feature import Feature
from . import alerts, migrations
from .entities import Outbox, SyncControl
from .joining import adopt_enrollment, enrolled_offices, validate_join
from .outbox import UNSENT, pending_count, unsent_problems
from .state import (MODELS, Conflict, Refused, Status, SyncBlob, SyncConflict, SyncHistory,
                    conflicts, dismiss_refused, history, open_conflicts_count, refused,
                    resolve, status)

__all__ = ["Outbox", "SyncControl", "adopt_enrollment", "enrolled_offices", "validate_join",
           "UNSENT", "pending_count", "unsent_problems", "MODELS", "Conflict", "Refused",
           "Status", "SyncBlob", "SyncConflict", "SyncHistory", "conflicts", "dismiss_refused",
           "history", "open_conflicts_count", "refused", "resolve", "status", "FEATURE"]

FEATURE = Feature("sync_state", migrations={5: migrations.up, 10: migrations.up_10},
                  alerts=alerts.alerts, checks=unsent_problems)
