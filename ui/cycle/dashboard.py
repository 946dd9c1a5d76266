"""The dashboard: what needs the user (alerts of every feature; a click opens the record), open
partnerships by stage and by contribution type, and the user's own partnerships."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from models.cycle import dashboard as cycle_dashboard, spec
from models.directory import settings, vocab
from reports import palette

from ..interchange import export

KIND_LABELS = {
    "review_overdue": "Review overdue", "review_due": "Review due",
    "lifespan_passed": "Lifespan passed, no evaluation",
    "due_diligence_missing": "Due diligence missing",
    "assessment_expired": "Risk assessment expired",
    "assessment_expiring": "Risk assessment expiring", "phase_stalled": "Phase stalled",
    "focal_point_missing": "No focal point",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else \
        QCoreApplication.translate("alerts", kind.replace("_", " ").capitalize())


class Bars(QWidget):
    """Horizontal bars with a label and a count each, drawn with QPainter."""

    def __init__(self, colour: str, parent=None):
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.colour = QColor(colour)
        self.setMinimumSize(300, 120)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items
        self.setMinimumHeight(24 * len(items) + 8)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        top = max((n for _l, n in self.items), default=0) or 1
        metrics = p.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _n in self.items), default=0)
        label_w = min(widest + 12, int(self.width() * 0.6))
        bar_w = max(20, self.width() - label_w - 60)
        for i, (label, n) in enumerate(self.items):
            y = 4 + i * 24
            p.setPen(QColor(palette.TEXT_SOFT))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6)
            p.drawText(QRectF(0, y, label_w - 6, 20), Qt.AlignmentFlag.AlignVCenter
                       | Qt.AlignmentFlag.AlignLeft, shown)
            p.fillRect(QRectF(label_w, y + 3, max(2.0, bar_w * n / top), 14), self.colour)
            p.drawText(QRectF(label_w + bar_w * n / top + 6, y, 60, 20),
                       Qt.AlignmentFlag.AlignVCenter, f"{n:,}")
        p.end()


class DashboardView(QWidget):
    loaded = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: cycle_dashboard.Dashboard | None = None
        title = QLabel(self.tr("What needs you"), self)
        title.setStyleSheet(f"font-size: 17px; font-weight: bold; color: {palette.BRAND_DARK};")
        self.office = QComboBox(self)
        self.office.setObjectName("dashboard_office")
        self.office.addItem(self.tr("All offices"), None)
        for code in settings.office_codes():
            self.office.addItem(code, code)
        self.only_mine = QCheckBox(self.tr("Only my partnerships"), self)
        self.only_mine.setObjectName("only_mine")
        refresh = QPushButton(self.tr("Refresh"), self)
        refresh.setObjectName("dashboard_refresh")
        self.status = QLabel(self)
        self.status.setObjectName("dashboard_status")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.office)
        top.addWidget(self.only_mine)
        top.addWidget(refresh)
        top.addWidget(export.export_button(self, self.export_alerts))
        self.alerts = self._table("alerts_table", [self.tr("Severity"), self.tr("What"),
                                                   self.tr("Record"), self.tr("Due"),
                                                   self.tr("Details")],
                                  (70, 175, 130, 84))
        self.alerts.cellClicked.connect(self._alert_clicked)
        self.mine_title = QLabel(self)
        self.mine = self._table("my_partnerships", [self.tr("Reference"), self.tr("Status"),
                                                    self.tr("Phase"), self.tr("Next review"),
                                                    self.tr("Title")],
                                (130, 80, 180, 90))
        self.mine.cellClicked.connect(self._mine_clicked)
        self.stages = Bars(palette.BRAND, self)
        self.stages.setObjectName("stage_bars")
        self.kinds = Bars(palette.TEAL, self)
        self.kinds.setObjectName("contribution_bars")
        grid = QGridLayout()
        grid.addWidget(self.alerts, 0, 0, 4, 1)
        grid.addWidget(self._caption(self.tr("Open partnerships by stage")), 0, 1)
        grid.addWidget(self.stages, 1, 1)
        grid.addWidget(self._caption(self.tr("By contribution to results")), 2, 1)
        grid.addWidget(self.kinds, 3, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 3)
        layout.addWidget(self.mine_title)
        layout.addWidget(self.mine, 2)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        refresh.clicked.connect(self.refresh)
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_mine.toggled.connect(lambda _c: self.refresh())
        ctx.data_changed.connect(lambda _table: self._timer.start())
        self.refresh()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>", self)
        return label

    def _table(self, name: str, headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate(widths):
            table.setColumnWidth(col, width)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        return table

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self.ctx.workers.start(cycle_dashboard.load, office=self.office.currentData(),
                               only_mine=self.only_mine.isChecked(), on_done=self._show,
                               on_error=self._failed)

    def _failed(self, exc: Exception, _trace: str) -> None:
        self.status.setText(self.tr("Could not load the dashboard: %1").replace("%1", str(exc)))

    def _show(self, data: cycle_dashboard.Dashboard) -> None:
        self.data = data
        self.alerts.setRowCount(len(data.alerts))
        for n, alert in enumerate(data.alerts):
            severity = QTableWidgetItem(QCoreApplication.translate("alerts",
                                                                   alert.severity.title()))
            severity.setForeground(QColor(palette.SEVERITY.get(alert.severity, palette.TEXT)))
            cells = [severity, QTableWidgetItem(kind_label(alert.kind)),
                     QTableWidgetItem(alert.reference),
                     QTableWidgetItem(alert.due.isoformat() if alert.due else ""),
                     QTableWidgetItem(alert.title)]
            cells[-1].setToolTip(alert.detail)
            for col, item in enumerate(cells):
                self.alerts.setItem(n, col, item)
        self.stages.set_items([(tr_cycle(spec.STAGES[s]), n) for s, n in data.stages])
        self.kinds.set_items([(QCoreApplication.translate(
            "vocab", vocab.label(vocab.CONTRIBUTION_TYPES, c)), n) for c, n in data.contributions])
        who = data.user_name or self.tr("you")
        self.mine_title.setText("<b>" + self.tr("My partnerships (%1 as focal point)")
                                .replace("%1", who) + "</b>")
        self.mine.setRowCount(len(data.mine))
        for n, row in enumerate(data.mine):
            phase = (f"{row.phase}. {tr_cycle(spec.PHASE_BY_CODE[row.phase].title)}"
                     if row.phase in spec.PHASE_BY_CODE else self.tr("all phases complete"))
            cells = [row.reference, QCoreApplication.translate(
                "vocab", vocab.label(vocab.PARTNERSHIP_STATUSES, row.status)), phase,
                row.next_review_due.isoformat() if row.next_review_due else "", row.title]
            for col, text in enumerate(cells):
                self.mine.setItem(n, col, QTableWidgetItem(text))
        self.status.setText(self.tr("%1 alert(s)").replace("%1", str(len(data.alerts))))
        self.loaded.emit()

    def export_alerts(self, path: str | None = None):
        """The alerts as shown (this office, only mine or not) to Excel or CSV."""
        headers = [self.alerts.horizontalHeaderItem(c).text()
                   for c in range(self.alerts.columnCount())]
        rows = [[self.alerts.item(r, c).text() if self.alerts.item(r, c) else ""
                 for c in range(self.alerts.columnCount())] for r in range(self.alerts.rowCount())]
        return export.export_rows(self, self.ctx, headers, rows, "alerts", path)

    def _alert_clicked(self, row: int, _column: int) -> None:
        if self.data and 0 <= row < len(self.data.alerts):
            alert = self.data.alerts[row]
            if alert.table and alert.record_id:
                self.ctx.open_record(alert.table, alert.record_id)

    def _mine_clicked(self, row: int, _column: int) -> None:
        if self.data and 0 <= row < len(self.data.mine):
            self.ctx.open_record("cycle", self.data.mine[row].id)


def tr_cycle(text: str) -> str:
    return QCoreApplication.translate("cycle", text)
