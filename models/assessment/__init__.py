"""The yearly benchmark self-assessment and the HQ summary (DOMAIN.md section 6)."""
from __future__ import annotations

from ..feature import Feature
from . import alerts, checks, demo, migrations

FEATURE = Feature("assessment", migrations={4: migrations.up}, alerts=alerts.alerts,
                  checks=checks.problems, demo=demo.extend)
