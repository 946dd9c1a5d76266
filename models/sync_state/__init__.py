"""The device's side of sync: changes waiting to go, conflicts, refused changes, sync history.

The public API: `status()` for the status bar, `pending_count()`, conflicts to settle, changes
HQ refused, values from HQ set aside here, the history of sync runs, and adopting the office a
new laptop was enrolled for.
"""
from __future__ import annotations

from ..feature import Feature
from . import alerts, migrations
from .entities import Outbox, SyncControl
from .held import Held, SyncHeld, held, held_count
from .held import problems as held_problems
from .migrations import SEARCH_ON
from .joining import adopt_enrollment, enrolled_offices, validate_join
from .outbox import UNSENT, pending_count, unsent_problems
from .state import (MODELS, Conflict, Refused, Status, SyncBlob, SyncConflict, SyncHistory,
                    conflicts, dismiss_refused, history, open_conflicts_count, refused,
                    resolve, status)

__all__ = ["Outbox", "SyncControl", "adopt_enrollment", "enrolled_offices", "validate_join",
           "UNSENT", "pending_count", "unsent_problems", "MODELS", "Conflict", "Refused",
           "Status", "SyncBlob", "SyncConflict", "SyncHistory", "conflicts", "dismiss_refused",
           "history", "open_conflicts_count", "refused", "resolve", "status", "Held", "SyncHeld",
           "held", "held_count", "SEARCH_ON", "FEATURE"]


def _problems() -> list[str]:
    """`check`: rows never sent to HQ, and values from HQ set aside here."""
    return unsent_problems() + held_problems()


FEATURE = Feature("sync_state", migrations={5: migrations.up, 10: migrations.up_10,
                                            11: migrations.up_held, 13: migrations.up_13},
                  alerts=alerts.alerts, checks=_problems, models=MODELS + [SyncHeld])
