"""The budget table of the PD builder: one row per budget line, totals that follow every keystroke.

The widget takes and gives plain dicts (`set_lines` / `lines`); the amounts are summed here only
for display. The domain (models.agreements) recomputes and checks totals when the PD is saved.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QStyledItemDelegate, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ..messages import amount_text, interface_locale

# budget line keys (models/programme_documents.py): activity, its time frame, three amounts
TEXT_KEYS = ("activity", "start", "end")
AMOUNT_KEYS = ("unicef_cash", "partner_contribution", "supplies")
COL_ACTIVITY, COL_START, COL_END, COL_UNICEF, COL_PARTNER, COL_SUPPLIES, COL_TOTAL = range(7)
COL_OUTPUT = 7  # the number of the output (results tab) the activity serves
AMOUNT_COLS = (COL_UNICEF, COL_PARTNER, COL_SUPPLIES)


def parse_amount(text) -> Decimal:
    """An amount typed by a person, as the interface's language writes it ("1 200,50" in
    French, "١٬٢٠٠٫٥٠" in Arabic) or as a spreadsheet does ("1,200.50"); blank or junk is 0."""
    if text is None:
        return Decimal(0)
    if isinstance(text, (int, float, Decimal)):
        return Decimal(str(text))
    value, ok = interface_locale().toDouble(str(text).strip())
    if ok:
        return Decimal(str(value))
    clean = "".join(ch for ch in str(text).replace("\u066b", ".").replace("\u066c", ",")
                    if not ch.isspace() and ch not in "\u00a0\u202f")
    clean = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in clean)
    if clean.count(",") == 1 and "." not in clean and len(clean.split(",")[1]) <= 2:
        clean = clean.replace(",", ".")
    clean = clean.replace(",", "")
    try:
        return Decimal(clean) if clean else Decimal(0)
    except InvalidOperation:
        return Decimal(0)


def money(value: Decimal) -> str:
    """An amount as the interface's language writes it (50 000,00 in French)."""
    return amount_text(value)


class _LiveDelegate(QStyledItemDelegate):
    """An editor that reports each keystroke so the totals follow the typing, not the commit."""

    def __init__(self, table: "BudgetTable"):
        super().__init__(table)
        self.table = table

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setObjectName("budget_editor")
        if index.column() in (COL_START, COL_END):
            editor.setPlaceholderText(self.tr("YYYY-MM-DD"))
        if index.column() in AMOUNT_COLS:
            editor.setValidator(QDoubleValidator(0, 1e12, 2, editor))
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            editor.textEdited.connect(
                lambda text, row=index.row(), col=index.column(): self.table.preview(row, col,
                                                                                     text))
        return editor


class BudgetTable(QWidget):
    """Budget lines with a total per line, per column and overall, updated as the user types."""

    changed = Signal()

    def __init__(self, parent=None, *, read_only: bool = False):
        super().__init__(parent)
        self._preview: tuple[int, int, str] | None = None
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("budget_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Activity"), self.tr("From"), self.tr("To"), self.tr("UNICEF cash"),
            self.tr("Partner contribution"), self.tr("Supplies"), self.tr("Total"),
            self.tr("Output no.")])
        self.table.horizontalHeaderItem(COL_OUTPUT).setToolTip(self.tr(
            "The number of the output, on the Results tab, that this activity serves."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ACTIVITY, QHeaderView.ResizeMode.Stretch)
        for col in (COL_START, COL_END):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 96)
        for col in (*AMOUNT_COLS, COL_TOTAL, COL_OUTPUT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(_LiveDelegate(self))
        self.table.itemChanged.connect(self._item_changed)
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Add budget line"), self)
        self.add_button.setObjectName("budget_add")
        self.add_button.clicked.connect(lambda: self.add_line({}))
        self.remove_button = QPushButton(self.tr("Remove line"), self)
        self.remove_button.setObjectName("budget_remove")
        self.remove_button.clicked.connect(self.remove_current)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("budget_totals")
        self.total_label.setWordWrap(True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignTrailing
                                      | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.total_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._refresh_totals()

    # data ----------------------------------------------------------------------------------
    def set_lines(self, lines: list[dict]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for line in lines:
            self._append(line)
        self.table.blockSignals(False)
        self._refresh_totals()

    def lines(self) -> list[dict]:
        result = []
        for row in range(self.table.rowCount()):
            line = {key: self._text(row, col).strip()
                    for col, key in zip((COL_ACTIVITY, COL_START, COL_END), TEXT_KEYS)}
            for key in ("start", "end"):
                if not line[key]:
                    del line[key]
            for col, key in zip(AMOUNT_COLS, AMOUNT_KEYS):
                line[key] = float(parse_amount(self._text(row, col)))
            output = self._text(row, COL_OUTPUT).strip()
            if output:
                line["output"] = int(output) if output.isdigit() else output
            if line["activity"] or any(line[k] for k in AMOUNT_KEYS):
                result.append(line)
        return result

    def add_line(self, line: dict) -> int:
        self.table.blockSignals(True)
        row = self._append(line)
        self.table.blockSignals(False)
        self._refresh_totals()
        self.table.setCurrentCell(row, COL_ACTIVITY)
        self.changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._refresh_totals()
            self.changed.emit()

    def _append(self, line: dict) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, key in zip((COL_ACTIVITY, COL_START, COL_END), TEXT_KEYS):
            self.table.setItem(row, col, QTableWidgetItem(str(line.get(key) or "")))
        for col, key in zip(AMOUNT_COLS, AMOUNT_KEYS):
            value = line.get(key)
            item = QTableWidgetItem(money(parse_amount(value)) if value not in (None, "") else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, col, item)
        total = QTableWidgetItem("")
        total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
        total.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, COL_TOTAL, total)
        self.table.setItem(row, COL_OUTPUT, QTableWidgetItem(str(line.get("output") or "")))
        return row

    def _text(self, row: int, col: int) -> str:
        if self._preview and self._preview[:2] == (row, col):
            return self._preview[2]
        item = self.table.item(row, col)
        return item.text() if item else ""

    # totals --------------------------------------------------------------------------------
    def preview(self, row: int, col: int, text: str) -> None:
        """Called on each keystroke in an amount editor, before the value is committed."""
        self._preview = (row, col, text)
        self._refresh_totals()
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in AMOUNT_COLS:
            self.changed.emit()
            return
        self._preview = None
        self._refresh_totals()
        self.changed.emit()

    def totals(self) -> dict[str, Decimal]:
        sums = {key: Decimal(0) for key in AMOUNT_KEYS}
        for row in range(self.table.rowCount()):
            for col, key in zip(AMOUNT_COLS, AMOUNT_KEYS):
                sums[key] += parse_amount(self._text(row, col))
        sums["total"] = sum((sums[k] for k in AMOUNT_KEYS), Decimal(0))
        return sums

    def _refresh_totals(self) -> None:
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            line = sum((parse_amount(self._text(row, c))
                        for c in AMOUNT_COLS), Decimal(0))
            item = self.table.item(row, COL_TOTAL)
            if item is not None:
                item.setText(money(line))
        self.table.blockSignals(False)
        sums = self.totals()
        self.total_label.setText(
            self.tr("UNICEF cash {0}  ·  Partner {1}  ·  Supplies {2}  ·  Total {3}").format(
                money(sums["unicef_cash"]), money(sums["partner_contribution"]),
                money(sums["supplies"]), money(sums["total"])))
