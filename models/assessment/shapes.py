"""What the synced columns of the benchmark self-assessment may hold beyond their type
(models/columns.py)."""
from __future__ import annotations

from ..shapes import codes, list_of, mapping, number, one_of, record, text
from .benchmarks import RATINGS
from .records import STATUSES

SHAPES = {
    "benchmark": {"scale": codes(RATINGS), "thresholds": mapping(number, one_of(RATINGS))},
    "assessment": {"status": one_of(STATUSES)},
    "assessment_rating": {
        "rating": one_of(RATINGS, blank=True),
        "data_rating": one_of(RATINGS, blank=True),
        "attachments": list_of(record(name=text, sha256=text, size=number)),
    },
}
