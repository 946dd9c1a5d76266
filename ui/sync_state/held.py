"""The Sync view's list of values from headquarters that this computer set aside (issue 10).

Nothing to choose here: a value set aside is stored by itself once it is corrected at
headquarters (or once this computer's own change it waited for has reached headquarters); the
list says what and why, so that someone can ask headquarters to correct it.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models import sync_state

from ..messages import date_text
from .tables import _item, reason_table


class HeldPanel(QWidget):
    """Rows and fields from HQ that could not be stored here, with the reason."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[sync_state.Held] = []
        self.note = QLabel(self.tr(
            "Values from headquarters that this computer could not store. They are kept and "
            "stored by themselves once corrected at headquarters; everything else was stored."),
            self)
        self.note.setWordWrap(True)
        self.table = reason_table(self, "held", [self.tr("Record"), self.tr("What"),
                                                 self.tr("Reason"), self.tr("Since")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def _what(self, h: sync_state.Held) -> str:
        if h.waiting:
            return self.tr("waiting for your change to reach headquarters")
        if h.whole:
            return self.tr("the whole record")
        return ", ".join(sorted(h.reasons))

    def show_rows(self, rows: list[sync_state.Held]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, h in enumerate(rows):
            for col, value in enumerate([f"{h.table}: {h.label}", self._what(h), h.describe(),
                                         date_text(h.since[:16].replace("T", " "))]):
                self.table.setItem(row, col, _item(value))
