"""Sync area: exchange changes with headquarters and settle conflicts."""
from __future__ import annotations

from ..areas import Area
from .view import SyncView


def build(ctx) -> SyncView:
    return SyncView(ctx)


def _shot(widget: SyncView, options: dict) -> None:
    widget.open_record("sync", "")  # refreshed, on the first list that has something


AREA = Area(key="sync", title="Sync", build=build, opens=("sync",), shots={"sync": _shot})
