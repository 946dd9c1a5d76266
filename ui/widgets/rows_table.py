"""An editable table of small records (authorised officers, contacts): a list of dicts."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)


class RowsTable(QWidget):
    edited = Signal()

    def __init__(self, columns: list[tuple[str, str]], add_label: str, parent=None):
        super().__init__(parent)
        self.keys = [key for key, _ in columns]
        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([title for _, title in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        add = QPushButton(add_label, self)
        add.setObjectName("add_row")
        add.clicked.connect(self.add_row)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("remove_row")
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        for column in range(len(self.keys)):
            self.table.setItem(self.table.rowCount() - 1, column, QTableWidgetItem(""))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.edited.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def value(self) -> list[dict]:
        rows = []
        for row in range(self.table.rowCount()):
            values = {key: (self.table.item(row, c).text().strip() if self.table.item(row, c)
                            else "") for c, key in enumerate(self.keys)}
            if any(values.values()):
                rows.append(values)
        return rows

    def set_value(self, rows: list[dict] | None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for record in rows or []:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, key in enumerate(self.keys):
                self.table.setItem(row, column, QTableWidgetItem(str(record.get(key) or "")))
        self.table.blockSignals(False)
