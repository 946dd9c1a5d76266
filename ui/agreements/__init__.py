"""Agreements, programme documents, amendments and the emergency wizard; and the automatic
status changes shown when the window opens (`apply_at_startup`)."""
from .area import AREA as AGREEMENTS
from .emergency_area import AREA as EMERGENCY
from .startup import apply_at_startup

__all__ = ["AGREEMENTS", "EMERGENCY", "apply_at_startup"]
