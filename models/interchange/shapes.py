"""What the synced columns of the landscape may hold beyond their type (models/columns.py)."""
from __future__ import annotations

from ..shapes import list_of, one_of, record, text

SHAPES = {
    "external_activity": {
        "source": one_of(("iati", "3w")),
        "organisations": list_of(record(name=text, ref=text, type=text, role=text)),
        "org_types": list_of(text), "sectors": list_of(text), "areas": list_of(text),
    },
    "external_org": {"status": one_of(("candidate", "promoted", "matched", "dismissed"))},
}
