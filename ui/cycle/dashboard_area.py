"""Dashboard area: what needs the user, counts by stage and contribution, my partnerships."""
from __future__ import annotations

from .dashboard import DashboardView


def build(ctx) -> DashboardView:
    return DashboardView(ctx)


def _shot(widget: DashboardView, options: dict) -> None:
    if options.get("office"):
        index = widget.office.findData(options["office"])
        if index >= 0:
            widget.office.setCurrentIndex(index)
    widget.ctx.workers.wait(20_000)


SHOTS = {"dashboard": _shot}  # shot views (ui/areas.py)
