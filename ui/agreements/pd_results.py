"""The results table of the PD builder: outputs and their indicators (baseline, target, evidence).

One row per indicator; rows that name the same output belong to it. The widget takes and gives
the results chain as plain data: [{"title", "indicators": [{"name", "baseline", "target",
"means_of_verification"}]}]. The domain checks the chain when the PD is saved.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

KEYS = ("output", "name", "baseline", "target", "means_of_verification")
COL_OUTPUT, COL_INDICATOR, COL_BASELINE, COL_TARGET, COL_MOV = range(5)


def flatten(outputs: list[dict]) -> list[tuple[str, ...]]:
    """Results chain -> one tuple per indicator (an output with none still gets a row)."""
    rows = []
    for output in outputs or []:
        title = output.get("title") or output.get("name") or ""
        indicators = output.get("indicators") or [{}]
        for ind in indicators:
            rows.append((title, ind.get("name") or ind.get("title") or "",
                         str(ind.get("baseline") or ""), str(ind.get("target") or ""),
                         ind.get("means_of_verification") or ""))
    return rows


def group(rows: list[tuple[str, ...]]) -> list[dict]:
    """Rows back into a results chain, keeping the order outputs first appear in."""
    outputs: dict[str, dict] = {}
    for output, name, baseline, target, mov in rows:
        if not (output or name):
            continue
        entry = outputs.setdefault(output, {"title": output, "indicators": []})
        if name or baseline or target or mov:
            entry["indicators"].append({"name": name, "baseline": baseline, "target": target,
                                        "means_of_verification": mov})
    return list(outputs.values())


class ResultsTable(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, read_only: bool = False):
        super().__init__(parent)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("results_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Output"), self.tr("Indicator"), self.tr("Baseline"), self.tr("Target"),
            self.tr("Means of verification")])
        header = self.table.horizontalHeader()
        for col in (COL_OUTPUT, COL_INDICATOR, COL_MOV):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (COL_BASELINE, COL_TARGET):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Add indicator"), self)
        self.add_button.setObjectName("results_add")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.setObjectName("results_remove")
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.remove_button):
            button.setVisible(not read_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_outputs(self, outputs: list[dict]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in flatten(outputs):
            self._append(row)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()

    def outputs(self) -> list[dict]:
        rows = []
        for r in range(self.table.rowCount()):
            rows.append(tuple((self.table.item(r, c).text() if self.table.item(r, c) else "")
                              .strip() for c in range(5)))
        return group(rows)

    def _add_clicked(self) -> None:
        current = self.table.currentRow()
        output = ""
        if current >= 0 and self.table.item(current, COL_OUTPUT):
            output = self.table.item(current, COL_OUTPUT).text()
        self.add_row((output, "", "", "", ""))

    def add_row(self, values: tuple[str, ...]) -> int:
        self.table.blockSignals(True)
        row = self._append(values)
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, COL_INDICATOR if values[0] else COL_OUTPUT)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _append(self, values: tuple[str, ...]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, value in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(value))
        return row
