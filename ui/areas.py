"""An area of the main window: a navigation entry and the widget it shows (listed in
ui/features.py). An area builds its widget from the AppContext, lists the tables whose records it
can open (the widget then has `open_record(table, record_id)`), and names the `shot` views it can
render headless.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # English source text; translated with context "areas"
    build: Callable  # (AppContext) -> QWidget
    opens: tuple[str, ...] = ()  # tables whose records this area can open
    # shot view name -> prepare(widget, options: dict) called before the screenshot; options
    # hold the shot command's --ref, --office, --year (None when not given). A prepare that
    # opens a dialog returns it, and the dialog is rendered instead of the window.
    shots: dict[str, Callable[[QWidget, dict], None]] = field(default_factory=dict)


def all_areas() -> list[Area]:
    from .features import AREAS
    return list(AREAS)
