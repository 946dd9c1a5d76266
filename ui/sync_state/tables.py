"""Tables of the Sync view: conflicts side by side (with resolve buttons) and the sync history."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models import sync_state
from models.message_data import restored

from ..messages import date_text, interface_locale, number_text, text


def _item(text) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
    item.setToolTip(item.text())
    return item


class ConflictsPanel(QWidget):
    """Open conflicts: your value and the one HQ kept, side by side; keep one or the other."""

    resolve_requested = Signal(str, str)  # conflict id, "mine" | "theirs"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.conflicts: list[sync_state.Conflict] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Field"), self.tr("Your value"),
            self.tr("Headquarters' value"), self.tr("Changed at HQ by"), self.tr("When")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("No conflicts: every change merged."), self)
        self.keep_mine = QPushButton(self.tr("Keep my value"), self)
        self.keep_mine.setObjectName("keep_mine")
        self.keep_theirs = QPushButton(self.tr("Keep headquarters' value"), self)
        self.keep_theirs.setObjectName("keep_theirs")
        for button, keep in ((self.keep_mine, "mine"), (self.keep_theirs, "theirs")):
            button.clicked.connect(lambda _c=False, k=keep: self._resolve(k))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self._enable()

    def _what(self, c: sync_state.Conflict) -> str:
        if c.kind == "deleted":
            return self.tr("%1 (deleted at HQ)").replace("%1", c.field)
        if c.kind == "edited":
            return self.tr("deleted here, edited at HQ")
        if c.kind == "renamed":
            return self.tr("%1 (already used by another record: renamed)").replace("%1", c.field)
        if c.kind == "apply":
            return self.tr("could not be stored here")
        return c.field

    def show_conflicts(self, conflicts: list[sync_state.Conflict]) -> None:
        self.conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            values = [f"{c.table}: {c.label}", self._what(c), c.mine, c.theirs, c.their_author,
                      c.created_at[:16].replace("T", " ")]
            for col, value in enumerate(values):
                self.table.setItem(row, col, _item(value))
        self.table.resizeColumnsToContents()
        for col in (2, 3):
            self.table.setColumnWidth(col, min(260, max(140, self.table.columnWidth(col))))
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.keep_mine.setEnabled(has)
        self.keep_theirs.setEnabled(has)

    def _resolve(self, keep: str) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.resolve_requested.emit(self.conflicts[rows[0].row()].id, keep)


class HistoryTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 7, parent)
        self.setObjectName("history")
        self.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Result"), self.tr("Sent"), self.tr("Received"),
            self.tr("Conflicts"), self.tr("Bytes (sent/received)"), self.tr("Seconds")])
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)

    def show_history(self, rows) -> None:
        self.setRowCount(len(rows))
        for row, h in enumerate(rows):
            result = self.tr("OK") if h.ok else self.tr("Failed: %1").replace(
                "%1", text(restored(h.error or "")))
            values = [date_text(h.started_at[:19].replace("T", " ")), result,
                      number_text(h.pushed), number_text(h.pulled), number_text(h.conflicts),
                      f"{number_text(h.bytes_sent)} / {number_text(h.bytes_received)}",
                      interface_locale().toString(float(h.seconds), "f", 2)]
            for col, value in enumerate(values):
                self.setItem(row, col, _item(value))
        self.resizeColumnsToContents()


def reason_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    """A read-only list of records with a reason: the third column takes the width left."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for col in range(len(headers)):
        header.setSectionResizeMode(col, QHeaderView.Stretch if col == 2 else
                                    QHeaderView.ResizeToContents)
    return table


class RefusedPanel(QWidget):
    """Changes and files set aside with HQ's reason; they never block the others. Dismiss once
    read."""

    dismiss_requested = Signal(object)  # the sync_state.Refused row

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[sync_state.Refused] = []
        self.table = reason_table(self, "refused", [self.tr("Record"), self.tr("Change"),
                                                    self.tr("Reason"), self.tr("When")])
        self.dismiss = QPushButton(self.tr("Dismiss"), self)
        self.dismiss.setObjectName("dismiss")
        self.dismiss.clicked.connect(self._dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_rows(self, rows: list[sync_state.Refused]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        ops = {"insert": self.tr("new record"), "update": self.tr("edit"),
               "delete": self.tr("deletion"), "file": self.tr("file upload")}
        for row, r in enumerate(rows):
            for col, value in enumerate([f"{r.table}: {r.label}", ops.get(r.op, r.op),
                                         text(r.error),
                                         date_text(r.created_at[:16].replace("T", " "))]):
                self.table.setItem(row, col, _item(value))
        self.dismiss.setEnabled(bool(rows))

    def _dismiss(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if selected:
            self.dismiss_requested.emit(self.rows[selected[0].row()])
