"""Data in and out in the window: the Landscape area, the import window, export buttons.

Other areas use `export` (export buttons and runs for their lists) and `ActorPicker` (landscape
organisations for the phase i map)."""
from . import export
from .actors import ActorPicker
from .landscape_area import AREA as LANDSCAPE

__all__ = ["LANDSCAPE", "ActorPicker", "export"]
