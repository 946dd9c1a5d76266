"""The Sync view's list of values from headquarters that this computer set aside (issue 10).

Nothing to choose here: a value set aside is stored by itself once it is corrected at
headquarters (or once this computer's own change it waited for has reached headquarters); the
list says what and why, so that someone can ask headquarters to correct it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from models import sync_state


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    item.setToolTip(text)
    return item


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
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("held")
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("What"),
                                              self.tr("Reason"), self.tr("Since")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
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
                                         h.since[:16].replace("T", " ")]):
                self.table.setItem(row, col, _item(value))
