"""Partnering-cycle area: the cycle view of one partnership (opened from the partnership list,
from an alert, or by searching)."""
from __future__ import annotations

from models.cycle import dashboard as cycle_dashboard
from models.directory import partnerships

from .view import CycleView


def build(ctx) -> CycleView:
    return CycleView(ctx)


def _shot(widget: CycleView, options: dict) -> None:
    if options.get("ref"):
        widget.load(partnerships.by_reference(options["ref"]).id)
    else:
        found = cycle_dashboard.find_partnerships("", limit=1)
        if found:
            widget.load(found[0][0])


def _shot_history(widget: CycleView, options: dict) -> None:
    _shot(widget, options)
    widget.tabs.setCurrentIndex(widget.history_index)


def _shot_actors(widget: CycleView, options: dict):
    """Placing landscape organisations on the stakeholder map (phase i)."""
    from ..interchange import ActorPicker
    _shot(widget, options)
    picker = ActorPicker(parent=widget)
    picker.show()
    return picker


# shot views (ui/areas.py)
SHOTS = {"cycle": _shot, "cycle_history": _shot_history, "actors": _shot_actors}
