"""The areas of the main window, in navigation order: each feature's area module defines `AREA`.
 An area builds its widget from the
AppContext, lists the tables whose records it can open (the widget then has
`open_record(table, record_id)`), and names the `shot` views it can render headless.
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
    # hold the shot command's --ref, --office, --year (None when not given)
    shots: dict[str, Callable[[QWidget, dict], None]] = field(default_factory=dict)


def all_areas() -> list[Area]:
    from ui.agreements import area as agreements_area, emergency_area
    from ui.assessment import area as assessment_area
    from ui.cycle import area as cycle_area, dashboard_area
    from ui.directory import partners_area, partnerships_area
    from ui.sync_state import area as sync_area
    modules = (dashboard_area, partners_area, partnerships_area, cycle_area, agreements_area,
               emergency_area, assessment_area, sync_area)
    return [module.AREA for module in modules]
