"""The PD builder's "Visits, reporting, risks" tab: three small tables of plain data.

Shapes are those of models.programme_documents: planned_visits [{"kind", "when", "location"}],
reporting_requirements [{"kind", "due"}], risks [{"risk", "mitigation"}]. Kinds are codes from
models.agreements_vocab (VISIT_KINDS, REPORTING_KINDS) chosen in a combo box. Rows whose text
cells are all blank are left out. The domain checks the lists when the PD is saved.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models.agreements import REPORTING_KINDS, VISIT_KINDS
from reports import palette

from ..messages import text

EDIT = (QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
        | QTableWidget.EditTrigger.AnyKeyPressed)


class ListTable(QWidget):
    """A table of dicts: `columns` is [(key, header, choices or None, tooltip)]."""
    changed = Signal()

    def __init__(self, name: str, columns: list[tuple], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns), self)
        self.table.setObjectName(f"{name}_table")
        self.table.setHorizontalHeaderLabels([c[1] for c in columns])
        for col, column in enumerate(columns):
            self.table.horizontalHeaderItem(col).setToolTip(column[3])
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents if column[2]
                else QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 4 * rows)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove row"), self)
        self.remove_button.setObjectName(f"{name}_remove")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._editable = True

    def set_rows(self, rows: list[dict]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row in rows or []:
            self._append(row)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()

    def rows(self) -> list[dict]:
        result = []
        for r in range(self.table.rowCount()):
            row, text = {}, False
            for col, (key, _h, choices, _t) in enumerate(self.columns):
                if choices:
                    row[key] = self.table.cellWidget(r, col).currentData()
                else:
                    item = self.table.item(r, col)
                    row[key] = item.text().strip() if item else ""
                    text = text or bool(row[key])
            if text:
                result.append(row)
        return result

    def add_row(self) -> int:
        row = self._append({})
        first_text = next(i for i, c in enumerate(self.columns) if not c[2])
        self.table.setCurrentCell(row, first_text)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.table.setEditTriggers(EDIT if editable else QTableWidget.EditTrigger.NoEditTriggers)
        for r in range(self.table.rowCount()):
            for col, column in enumerate(self.columns):
                if column[2]:
                    self.table.cellWidget(r, col).setEnabled(editable)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)

    def _append(self, values: dict) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, (key, _h, choices, _t) in enumerate(self.columns):
            value = values.get(key)
            if choices:
                combo = QComboBox(self.table)
                combo.setObjectName(f"{key}_{row}")
                for code, text in choices.items():
                    combo.addItem(QCoreApplication.translate("vocab", text), code)
                if value and combo.findData(value) < 0:
                    combo.addItem(str(value), value)  # keep an unknown code; the model says so
                combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
                combo.setEnabled(self._editable)
                combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
                self.table.setCellWidget(row, col, combo)
            else:
                self.table.setItem(row, col, QTableWidgetItem(str(value or "")))
        return row


class PdExtras(QWidget):
    """Planned visits, reporting requirements and risks with their mitigation."""
    changed = Signal()
    KEYS = ("planned_visits", "reporting_requirements", "risks")

    def __init__(self, parent=None):
        super().__init__(parent)
        when = self.tr("A date (YYYY-MM-DD) or a quarter, e.g. 2026 Q3")
        self.visits = ListTable("visits", [
            ("kind", self.tr("Visit"), VISIT_KINDS, self.tr("Kind of visit")),
            ("when", self.tr("When"), None, when),
            ("location", self.tr("Place"), None, self.tr("Where the visit goes"))], self)
        self.reporting = ListTable("reporting", [
            ("kind", self.tr("Report"), REPORTING_KINDS, self.tr("Kind of report")),
            ("due", self.tr("Due"), None, self.tr("Due date (YYYY-MM-DD) or frequency, "
                                                  "e.g. every quarter"))], self)
        self.risks = ListTable("risks", [
            ("risk", self.tr("Risk"), None, self.tr("What could go wrong")),
            ("mitigation", self.tr("Mitigation"), None, self.tr("What the partner will do"))],
            self)
        self.parts = dict(zip(self.KEYS, (self.visits, self.reporting, self.risks)))
        self.errors: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        titles = (self.tr("Planned visits"), self.tr("Reporting requirements"),
                  self.tr("Risks and mitigation"))
        for key, title in zip(self.KEYS, titles):
            box = QGroupBox(title, self)
            box.setObjectName(f"{key}_box")
            inner = QVBoxLayout(box)
            error = QLabel(box)
            error.setObjectName(f"{key}_error")
            error.setWordWrap(True)
            error.setStyleSheet(f"color: {palette.ERROR};")
            error.hide()
            inner.addWidget(self.parts[key])
            inner.addWidget(error)
            self.errors[key] = error
            self.parts[key].changed.connect(self.changed)
            layout.addWidget(box, 1)

    def set_data(self, data: dict) -> None:
        for key, part in self.parts.items():
            part.set_rows(data.get(key) or [])
        self.show_errors({})

    def data(self) -> dict:
        return {key: part.rows() for key, part in self.parts.items()}

    def set_editable(self, editable: tuple[str, ...]) -> None:
        for key, part in self.parts.items():
            part.set_editable(key in editable)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(text(errors.get(key, "")))
            label.setVisible(bool(errors.get(key)))
