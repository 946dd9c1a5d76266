"""An area of the main window: a navigation entry and the widget it shows (listed in
ui/features.py). An area builds its widget from the AppContext, lists the tables whose records it
can open (the widget then has `open_record(table, record_id)`), and names the `shot` views it can
render headless.

An area is declared in its feature package (`ui/<feature>/__init__.py`) with a `load` function
that imports the area's module only when the area is first shown: the window opens with the
navigation and the first area, not with every editor, wizard and PDF builder behind the others
(27 ms of imports, 57 ms with a cold disk cache). The module has `build(ctx)` and
`SHOTS = {view name: prepare(widget, options)}`; options hold the shot command's --ref,
--office, --year (None when not given). A prepare that opens a dialog returns it, and the dialog
is rendered instead of the window.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Callable

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Area:
    key: str
    title: str  # English source text; translated with context "areas"
    load: Callable[[], ModuleType]  # imports the area's module (a local import PyInstaller sees)
    opens: tuple[str, ...] = ()  # tables whose records this area can open
    views: tuple[str, ...] = ()  # the shot views it can render

    def build(self, ctx) -> QWidget:
        return self.load().build(ctx)

    @property
    def shots(self) -> dict[str, Callable[[QWidget, dict], None]]:
        """View name -> prepare(widget, options), called before the screenshot."""
        module = self.load()
        return {view: module.SHOTS[view] for view in self.views}


def all_areas() -> list[Area]:
    from .features import AREAS
    return list(AREAS)
