"""Agreements, programme documents, amendments and the emergency wizard; and the automatic
status changes shown when the window opens (`apply_at_startup`). The areas' modules are imported
when the area is first shown (ui/areas.py)."""
from ..areas import Area
from .startup import apply_at_startup


def _agreements():
    from . import area
    return area


def _emergency():
    from . import emergency_area
    return emergency_area


AGREEMENTS = Area(key="agreements", title="Agreements", load=_agreements,
                  opens=("agreement", "programme_document"),
                  views=("agreements", "agreement", "agreement_signatures", "agreement_amendments",
                         "agreement_history",
                         "pd_context", "signatories", "new_amendment"))
EMERGENCY = Area(key="emergency", title="Emergency", load=_emergency, opens=("deferred_item",),
                 views=("emergency", "emergency_terms", "emergency_results", "emergency_sign",
                        "deferred"))

__all__ = ["AGREEMENTS", "EMERGENCY", "apply_at_startup"]
