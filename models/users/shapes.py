"""What the synced columns of office users may hold beyond their type (models/columns.py)."""
from __future__ import annotations

from ..shapes import one_of
from .rules import ROLES

SHAPES = {"office_user": {"role": one_of(ROLES)}}
