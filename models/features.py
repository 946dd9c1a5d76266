"""The features of the domain layer, listed once, in the order they build on each other.

A feature may use the features before it (agreements need partners; the cycle's guards look at
signed agreements; the self-assessment's evidence reads cycle records). Collectors loop over
FEATURES: `models.migrations` (schema steps), `models.alerts`, `models.checks`, `models.demo`,
and the partnership status guards of `models.directory`. The window's areas are listed the same
way in `ui/features.py`, the commands in `cli/__init__.py`.
"""
from __future__ import annotations

from . import agreements, assessment, cycle, directory, history, interchange, sync_state, users
from .feature import Feature

FEATURES: tuple[Feature, ...] = (
    directory.FEATURE,
    agreements.FEATURE,
    cycle.FEATURE,
    assessment.FEATURE,
    sync_state.FEATURE,
    interchange.FEATURE,
    history.FEATURE,
    users.FEATURE,  # last: its demo users arrive once the demo records are made
)


def _harden() -> None:
    """Malformed stored values read as missing, never raise (models/tolerant.py)."""
    from .tolerant import harden
    for feature in FEATURES:
        harden(feature.models)


def _guard_writes() -> None:
    """Every save of a synced record asks the features' write guards first (models/base.py)."""
    from .base import WRITE_GUARDS
    WRITE_GUARDS[:] = [g for feature in FEATURES for g in feature.write_guards]


_harden()
_guard_writes()
