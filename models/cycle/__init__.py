"""The partnering cycle: phases, their forms and rules (DOMAIN.md section 3).

The public API: the records (peewee models) and five modules used as namespaces: `spec` (the
cycle as versioned data: stages, phases, the form of each), `rules` (what a phase form needs and
what must come first), `ops` (read a partnership's cycle, save a phase), `exit` (the exit
strategy), `dashboard` (what the dashboard shows).
"""
from __future__ import annotations

from ..feature import Feature
from . import (alerts, checks, dashboard, demo, exit, guards, migrations, ops, rules, shapes,
               spec)
from .records import MODELS, CyclePhase, DueDiligence, PartnershipCycle, PartnershipReview

__all__ = ["MODELS", "CyclePhase", "DueDiligence", "PartnershipCycle", "PartnershipReview",
           "dashboard", "exit", "ops", "rules", "spec", "FEATURE"]

FEATURE = Feature("cycle", migrations={2: migrations.up}, alerts=alerts.alerts,
                  alert_counts=alerts.counts,
                  checks=checks.problems, demo=demo.extend,
                  partnership_guards=(guards.partnership_status_guard,),
                  models=tuple(MODELS), shapes=shapes.SHAPES)
