"""The difference view of an amendment: what the draft changes against the signed version.

Takes plain rows (what, before, after) as the domain computes them; removed text is struck
through in red, added text is green, so a reviewer sees the change without reading both copies.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from reports import palette

from ..messages import amount_text, text

REMOVED, ADDED = QColor(palette.ERROR), QColor(palette.SUCCESS)


def rows_from(differences) -> list[tuple[str, str, str]]:
    """Accept tuples, dicts {field|what|label, before|old, after|new} or objects alike."""
    rows = []
    for d in differences or []:
        if isinstance(d, (tuple, list)):
            what, before, after = d[0], d[1], d[2]
        else:
            get = d.get if isinstance(d, dict) else (lambda k, o=d: getattr(o, k, None))
            what = get("label") or get("what") or get("field") or ""
            before = get("before") if get("before") is not None else get("old")
            after = get("after") if get("after") is not None else get("new")
        rows.append((text(what), _text(before), _text(after)))
    return rows


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return amount_text(value)
    return str(value)


class DiffView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("diff_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("diff_table")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Signed version"),
                                              self.tr("Amendment")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def set_differences(self, differences, heading: str = "") -> None:
        rows = rows_from(differences)
        self.table.setRowCount(len(rows))
        struck = QFont(self.font())
        struck.setStrikeOut(True)
        for r, (what, before, after) in enumerate(rows):
            label = QTableWidgetItem(what)
            label.setFont(QFont(self.font().family(), -1, QFont.Weight.DemiBold))
            old = QTableWidgetItem(before)
            new = QTableWidgetItem(after)
            if before != after:
                old.setForeground(QBrush(REMOVED))
                old.setFont(struck)
                new.setForeground(QBrush(ADDED))
            for c, item in enumerate((label, old, new)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        count = sum(1 for _, b, a in rows if b != a)
        said = self.tr("%Ln changes against the signed version.", "", count)
        self.summary.setText(f"{heading}\n{said}" if heading else said)

    def row_texts(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())]
