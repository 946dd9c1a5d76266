"""The yearly benchmark self-assessment and the HQ summary (DOMAIN.md section 6).

The public API: an office's assessment for a year (start, rate, attach evidence, act, submit,
acknowledge, reopen), what it shows (`overview`, with the evidence computed from the office's
own data), the benchmark sets as data, and the headquarters `summary`.
"""
from __future__ import annotations

from ..feature import Feature
from . import alerts, benchmarks, checks, demo, migrations, shapes
from .benchmarks import (DEFAULT_THRESHOLDS, RATINGS, Benchmark, BenchmarkInfo, BenchmarkSet,
                         benchmarks_of, set_in_force)
from .overview import (ActionInfo, Item, Overview, actions, attachments_of, locate, office_name,
                       offices, overview, overview_by_id)
from .records import (FIRST_YEAR, MODELS, STATUSES, Assessment, AssessmentAction,
                      AssessmentRating, acknowledge, attach, check_year, find, get, remove_action,
                      reopen, save_action, save_rating, start, submit, validate_action)
from .summary import summary

__all__ = ["DEFAULT_THRESHOLDS", "RATINGS", "Benchmark", "BenchmarkInfo", "BenchmarkSet",
           "benchmarks_of", "set_in_force", "ActionInfo", "Item", "Overview", "actions",
           "attachments_of", "locate", "office_name", "offices", "overview", "overview_by_id",
           "FIRST_YEAR", "MODELS", "STATUSES", "Assessment", "AssessmentAction",
           "AssessmentRating", "acknowledge", "attach", "check_year", "find", "get",
           "remove_action", "reopen", "save_action", "save_rating", "start", "submit",
           "validate_action", "summary", "FEATURE"]

FEATURE = Feature("assessment", migrations={4: migrations.up}, alerts=alerts.alerts,
                  checks=checks.problems, demo=demo.extend,
                  models=tuple(benchmarks.MODELS) + tuple(MODELS), shapes=shapes.SHAPES)
