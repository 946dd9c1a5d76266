"""History of status changes (issue 15): every status change of a partnership, cycle phase,
agreement, programme document, amendment and assessment, kept with who, when and why, synced,
shown as a timeline, and read by the time-to-sign report.

The public API: `timeline(record)` / `of_reference(ref)` (the steps of a record, oldest first),
`find(ref)`, `timing(office)` (days from submission to review to signature, per office and
overall), the StatusChange model, and MEASURES / ALL_OFFICES for those who show the timing.
"""
from __future__ import annotations

from ..feature import Feature
from . import demo, migrations
from .migrations import TRACKED
from .rules import edit_refusal
from .entities import MODELS, StatusChange
from .timeline import Record, Step, find, of_reference, timeline
from .timing import ALL_OFFICES, MEASURES, Measure, OfficeTiming, timing

TRACKED_TABLES = tuple(TRACKED)  # the tables whose status changes are kept

__all__ = ["TRACKED_TABLES", "edit_refusal", "MODELS", "StatusChange", "Record", "Step", "find",
           "of_reference", "timeline", "ALL_OFFICES", "MEASURES", "Measure", "OfficeTiming",
           "timing", "FEATURE"]

# Step 13 is this feature's reserved number; it is 12 here until the users-and-roles step 12
# lands on main (steps are numbered without gaps), and becomes 13 when this branch is merged.
FEATURE = Feature("history", migrations={12: migrations.up}, demo=demo.extend,
                  models=tuple(MODELS))
