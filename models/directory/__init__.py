"""Offices, people, partners and partnerships (DOMAIN.md sections 1-2)."""
from __future__ import annotations

from ..feature import Feature
from . import checks, demo, migrations

FEATURE = Feature("directory", migrations={1: migrations.up}, checks=checks.problems,
                  demo=demo.extend)
