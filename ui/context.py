"""What every view is given: the workers, app-wide signals and navigation (no globals)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from .reader import Reader
from .workers import Workers


class AppContext(QObject):
    """Injected into each area. Views call `models` functions; they never run ORM queries."""

    data_changed = Signal(str)  # table name (or "" for everything), after any saved change
    open_record_requested = Signal(str, str)  # table, record id: the window shows its area
    status_message = Signal(str)

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.workers = Workers(self)
        self.reader = Reader(self)  # the lists' queries, off the GUI thread
        self.sync = None  # the one sync runner (ui.sync_state.runner.shared), made on first use

    def changed(self, table: str = "") -> None:
        """Tell every view (and the status bar) that data changed."""
        self.data_changed.emit(table)

    def open_record(self, table: str, record_id: str) -> None:
        self.open_record_requested.emit(table, record_id)
