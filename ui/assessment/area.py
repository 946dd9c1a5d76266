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


SHOTS = {"assessment": _shot}  # shot views (ui/areas.py)
