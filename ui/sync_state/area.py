"""Sync area: exchange changes with headquarters and settle conflicts."""
from __future__ import annotations

from .view import SyncView


def build(ctx) -> SyncView:
    return SyncView(ctx)


def _shot(widget: SyncView, options: dict) -> None:
    widget.open_record("sync", "")  # refreshed, on the first list that has something


SHOTS = {"sync": _shot}  # shot views (ui/areas.py)
