"""The partnering cycle: phases, their forms and rules (DOMAIN.md section 3)."""
from __future__ import annotations

from ..feature import Feature
from . import alerts, checks, demo, guards, migrations

FEATURE = Feature("cycle", migrations={2: migrations.up}, alerts=alerts.alerts,
                  checks=checks.problems, demo=demo.extend,
                  partnership_guards=(guards.partnership_status_guard,))
