"""The stakeholder and partner landscape (phase i): an editable table and the interest/influence
map drawn from it with QPainter."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QHeaderView, QPushButton, QSizePolicy,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models.cycle import spec
from reports import palette

from ..widgets import flow_row

TABLE_MIN = 360  # pixels: who, interest, influence and relation readable


def tr(text: str) -> str:
    return QCoreApplication.translate("cycle", text)


class LandscapeMap(QWidget):
    """Interest (across) against influence (up), 1 to 5, one dot per stakeholder."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.setMinimumSize(240, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[dict]) -> None:
        """Rows as in the table; each dot carries its row number (the table is the legend)."""
        self.rows = [{**r, "number": n} for n, r in enumerate(rows, start=1)
                     if str(r.get("who") or "").strip()]
        self.setToolTip("\n".join(f"{r['number']}. {r['who']}" for r in self.rows))
        self.update()

    def plot_rect(self) -> QRectF:
        return QRectF(46, 12, max(60, self.width() - 58), max(60, self.height() - 52))

    def point(self, interest: int, influence: int) -> QPointF:
        r = self.plot_rect()
        return QPointF(r.left() + (interest - 0.5) / 5 * r.width(),
                       r.bottom() - (influence - 0.5) / 5 * r.height())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        r = self.plot_rect()
        half_w, half_h = r.width() / 2, r.height() / 2
        quadrants = [(0, 0, palette.AMBER_TINT, tr("Keep satisfied")),
                     (1, 0, palette.GREEN_TINT, tr("Manage closely")),
                     (0, 1, palette.GREY_TINT, tr("Monitor")),
                     (1, 1, palette.BRAND_TINT, tr("Keep informed"))]
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        for col, row, colour, label in quadrants:
            cell = QRectF(r.left() + col * half_w, r.top() + row * half_h, half_w, half_h)
            p.fillRect(cell, QColor(colour))
            p.setPen(QColor(palette.TEXT_MUTED))
            p.drawText(cell.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignBottom
                       | (Qt.AlignmentFlag.AlignLeft if col == 0 else Qt.AlignmentFlag.AlignRight),
                       label)
        p.setPen(QPen(QColor(palette.RULE), 1))
        p.drawRect(r)
        p.setPen(QColor(palette.TEXT_SOFT))
        p.drawText(QRectF(r.left(), r.bottom() + 4, r.width(), 18),
                   Qt.AlignmentFlag.AlignHCenter, tr("Interest") + "  →")
        p.save()
        p.translate(14, r.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-r.height() / 2, -10, r.height(), 20), Qt.AlignmentFlag.AlignHCenter,
                   tr("Influence") + "  →")
        p.restore()
        for n in range(1, 6):
            x = self.point(n, 1).x()
            y = self.point(1, n).y()
            p.drawText(QRectF(x - 8, r.bottom() + 20, 16, 14), Qt.AlignmentFlag.AlignHCenter,
                       str(n))
            p.drawText(QRectF(r.left() - 18, y - 7, 14, 14), Qt.AlignmentFlag.AlignRight, str(n))
        seen: dict[tuple[int, int], int] = {}
        for row in self.rows:
            try:
                interest, influence = int(row.get("interest")), int(row.get("influence"))
            except (TypeError, ValueError):
                continue
            stack = seen.get((interest, influence), 0)
            seen[(interest, influence)] = stack + 1
            centre = self.point(interest, influence) + QPointF(stack * 20, 0)
            p.setPen(QPen(QColor("white"), 1.5))
            p.setBrush(QBrush(QColor(palette.RELATION.get(row.get("relation"), palette.GREY))))
            p.drawEllipse(centre, 9, 9)
            p.setPen(QColor("white"))
            p.drawText(QRectF(centre.x() - 9, centre.y() - 9, 18, 18),
                       Qt.AlignmentFlag.AlignCenter, str(row["number"]))
        p.end()


class LandscapeEditor(QWidget):
    """Table of stakeholders (who, interest, influence, relation) beside the map; `value()` is
    the list of row dicts stored in the phase answers."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("landscape_table")
        self.table.setHorizontalHeaderLabels([tr("Who"), tr("Interest (1-5)"),
                                              tr("Influence (1-5)"), tr("Current relation")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 90), (2, 95), (3, 140)):
            self.table.setColumnWidth(col, width)
        self.table.setMinimumWidth(TABLE_MIN)
        self.table.itemChanged.connect(lambda _item: self._emit())
        self.map = LandscapeMap(self)
        self.map.setObjectName("landscape_map")
        add = QPushButton(tr("Add stakeholder"), self)
        add.setObjectName("landscape_add")
        add.clicked.connect(lambda: self.add_row({}))
        remove = QPushButton(tr("Remove selected"), self)
        remove.setObjectName("landscape_remove")
        remove.clicked.connect(self._remove)
        actors = QPushButton(tr("From the landscape..."), self)
        actors.setObjectName("landscape_actors")
        actors.setToolTip(tr("Add organisations found in IATI and 3W files of this office"))
        actors.clicked.connect(self.add_actors)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(flow_row(self, [add, remove, actors]))
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(left, 3)
        self.box.addWidget(self.map, 2)
        self.setMinimumHeight(300)

    # The map stands beside the table when there is room for both, under it when there is not.
    def _side_by_side_width(self) -> int:
        return TABLE_MIN + self.map.minimumWidth() + self.box.spacing()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(max(TABLE_MIN, self.map.minimumWidth()), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        wide = event.size().width() >= self._side_by_side_width()
        direction = (QBoxLayout.Direction.LeftToRight if wide
                     else QBoxLayout.Direction.TopToBottom)
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.setMinimumHeight(300 if wide else 300 + self.map.minimumHeight())
        super().resizeEvent(event)

    def add_row(self, row: dict) -> None:
        self.table.blockSignals(True)
        n = self.table.rowCount()
        self.table.insertRow(n)
        self.table.setItem(n, 0, QTableWidgetItem(str(row.get("who") or "")))
        for col, key in ((1, "interest"), (2, "influence")):
            spin = QSpinBox(self.table)
            spin.setRange(1, 5)
            spin.setValue(int(row.get(key) or 3))
            spin.valueChanged.connect(self._emit)
            self.table.setCellWidget(n, col, spin)
        combo = QComboBox(self.table)
        for code, label in spec.RELATIONS.items():
            combo.addItem(tr(label), code)
        index = combo.findData(row.get("relation") or "none")
        combo.setCurrentIndex(max(0, index))
        combo.currentIndexChanged.connect(self._emit)
        self.table.setCellWidget(n, 3, combo)
        self.table.blockSignals(False)
        self._emit()

    def add_actors(self, picker=None) -> None:
        """Place organisations of the office's landscape (IATI, 3W) on the map."""
        from ..interchange import ActorPicker
        picker = picker or ActorPicker(parent=self)
        if picker.exec():
            present = {r["who"].casefold() for r in self.value()}
            for row in picker.chosen_rows():
                if row["who"].casefold() not in present:
                    self.add_row(row)

    def _remove(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for n in rows:
            self.table.removeRow(n)
        self._emit()

    def value(self) -> list[dict]:
        rows = []
        for n in range(self.table.rowCount()):
            item = self.table.item(n, 0)
            rows.append({"who": item.text().strip() if item else "",
                         "interest": self.table.cellWidget(n, 1).value(),
                         "influence": self.table.cellWidget(n, 2).value(),
                         "relation": self.table.cellWidget(n, 3).currentData()})
        return rows

    def set_value(self, rows) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for row in rows or []:
            self.add_row(row)
        self.map.set_rows(self.value())

    def _emit(self, *_args) -> None:
        self.map.set_rows(self.value())
        self.changed.emit()
