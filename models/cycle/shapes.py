"""What the synced columns of the partnering cycle may hold beyond their type
(models/columns.py)."""
from __future__ import annotations

from ..shapes import day, flag, list_of, mapping, one_of, record, text
from .spec import DD_OUTCOMES, DECISIONS, HEALTH, PHASE_CODES, PHASE_STATUSES, RATINGS

RATING = one_of(RATINGS, blank=True)

SHAPES = {
    "cycle_phase": {
        "phase": one_of(PHASE_CODES),
        "status": one_of(PHASE_STATUSES),
        "answers": mapping(),
        "evidence": list_of(record(name=text, sha256=text, added_on=day)),
    },
    "partnership_cycle": {
        "current_phase": one_of(PHASE_CODES + ("done",)),
        "decision": one_of(DECISIONS, blank=True),
    },
    "partnership_review": {
        "rating_contribution": RATING, "rating_partners": RATING,
        "rating_value_added": RATING, "rating_quality": RATING,
        "health": one_of(HEALTH, blank=True),
    },
    "due_diligence": {"checklist": mapping(flag), "outcome": one_of(DD_OUTCOMES)},
}
