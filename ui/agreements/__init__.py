"""Agreements, programme documents, amendments and the emergency wizard."""
from .area import AREA as AGREEMENTS
from .emergency_area import AREA as EMERGENCY

__all__ = ["AGREEMENTS", "EMERGENCY"]
