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


def _first_run_shot(widget: DashboardView, options: dict):
    """The first-run dialog, on its "join my office" page: what a new laptop shows before the
    dashboard."""
    from ..first_run import FirstRunDialog
    dialog = FirstRunDialog(widget.ctx, widget)
    dialog.show()
    return dialog


SHOTS = {"dashboard": _shot, "first_run": _first_run_shot}  # shot views (ui/areas.py)
