"""The device's side of sync: outbox questions, conflicts, sync history."""
from __future__ import annotations

from ..feature import Feature
from . import alerts, migrations

FEATURE = Feature("sync_state", migrations={5: migrations.up}, alerts=alerts.alerts)
