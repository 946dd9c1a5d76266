"""The Sync view."""
from .area import AREA as SYNC

__all__ = ["SYNC"]
