"""Agreements, programme documents, amendments and the emergency fast track (DOMAIN.md
sections 4-5)."""
from __future__ import annotations

from ..feature import Feature
from . import alerts, checks, demo, migrations

FEATURE = Feature("agreements", migrations={3: migrations.up}, alerts=alerts.alerts,
                  checks=checks.problems, demo=demo.extend)
