"""Data in and out in the window: the Landscape area, the import window, export buttons."""
from .landscape_area import AREA as LANDSCAPE

__all__ = ["LANDSCAPE"]
