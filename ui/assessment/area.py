"""Self-assessment area: the guided annual benchmark self-assessment of an office."""
from __future__ import annotations

import datetime as dt

from models.directory import settings

from .view import AssessmentView


def build(ctx) -> AssessmentView:
    return AssessmentView(ctx)


def _shot(widget: AssessmentView, options: dict) -> None:
    """Show the office's year; open the first benchmark where rating and data disagree."""
    office = (options.get("office") or settings.home_office() or "").upper()
    year = options.get("year") or dt.date.today().year
    widget.load_now(office, int(year))
    pages = widget.pages
    warn = [i for i, p in enumerate(pages) if p.warning.isVisibleTo(p)]
    widget.go_to(warn[0] if warn else 0)


def _hq_shot(widget: AssessmentView, options: dict):
    """The headquarters summary of the year (all offices in the database)."""
    from .hq import HqSummaryDialog
    dialog = HqSummaryDialog(widget.ctx, int(options.get("year") or dt.date.today().year),
                             widget)
    dialog.show()
    return dialog


def _hq_timing_shot(widget: AssessmentView, options: dict):
    """The headquarters summary on its time-to-sign tab."""
    dialog = _hq_shot(widget, options)
    dialog.tabs.setCurrentIndex(dialog.timing_index)
    return dialog


SHOTS = {"assessment": _shot, "assessment_hq": _hq_shot,  # shot views (ui/areas.py)
         "assessment_hq_timing": _hq_timing_shot}
