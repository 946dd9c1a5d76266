"""The dashboard: what needs the user in the home office (every alert, grouped by kind with its
count, emergency and overdue first; a click opens the record), the user's own partnerships, and
open partnerships by stage and by contribution type."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from models.cycle import dashboard as cycle_dashboard, spec
from models.directory import settings, vocab
from reports import palette

from ..interchange import export
from ..messages import date_text, error_text, number_text
from .dashboard_alerts import KIND_LABELS, AlertsPanel, kind_label  # noqa: F401 (i18n script)


class Bars(QWidget):
    """Horizontal bars with a label and a count each, drawn with QPainter (mirrored right to
    left)."""

    def __init__(self, colour: str, parent=None):
        super().__init__(parent)
        self.items: list[tuple[str, int]] = []
        self.colour = QColor(colour)
        self.setMinimumSize(260, 100)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items
        self.setMinimumHeight(22 * len(items) + 8)
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        top = max((n for _l, n in self.items), default=0) or 1
        metrics = p.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for label, _n in self.items), default=0)
        label_w = min(widest + 12, int(width * 0.5))
        bar_w = max(20, width - label_w - 70)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft

        def box(x: float, y: float, w: float, h: float) -> QRectF:
            return QRectF(width - x - w if rtl else x, y, w, h)

        for i, (label, n) in enumerate(self.items):
            y = 4 + i * 22
            p.setPen(QColor(palette.TEXT_SOFT))
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6)
            p.drawText(box(0, y, label_w - 6, 20), Qt.AlignmentFlag.AlignVCenter | side, shown)
            length = max(2.0, bar_w * n / top)
            p.fillRect(box(label_w, y + 3, length, 14), self.colour)
            p.drawText(box(label_w + length + 6, y, 64, 20), Qt.AlignmentFlag.AlignVCenter | side,
                       number_text(n))
        p.end()


class DashboardView(QWidget):
    loaded = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: cycle_dashboard.Dashboard | None = None
        self.per_kind = 200  # alerts listed per group before "Show all"
        self._asked = 0
        title = QLabel(self.tr("What needs you"), self)
        title.setStyleSheet(f"font-size: 17px; font-weight: bold; color: {palette.BRAND_DARK};")
        self.office = QComboBox(self)
        self.office.setObjectName("dashboard_office")
        self.office.setToolTip(self.tr("Office whose alerts and partnerships are shown"))
        self.only_mine = QCheckBox(self.tr("Only mine"), self)
        self.only_mine.setObjectName("only_mine")
        self.only_mine.setToolTip(self.tr("Only the partnerships you are focal point of"))
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
        self.panel = AlertsPanel(self)
        self.panel.open_requested.connect(ctx.open_record)
        self.panel.show_all_requested.connect(self.show_all)
        self.alerts = self.panel.alerts  # the table of the chosen group's alerts
        self.groups = self.panel.groups
        self.mine = QTableWidget(0, 5, self)
        self.mine.setObjectName("my_partnerships")
        self.mine.setHorizontalHeaderLabels([self.tr("Reference"), self.tr("Status"),
                                             self.tr("Phase"), self.tr("Next review"),
                                             self.tr("Title")])
        for col, width in enumerate((130, 80, 180, 90)):
            self.mine.setColumnWidth(col, width)
        self.mine.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.mine.verticalHeader().hide()
        self.mine.verticalHeader().setDefaultSectionSize(24)
        self.mine.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mine.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.mine.cellClicked.connect(self._mine_clicked)
        self.stages = Bars(palette.BRAND, self)
        self.stages.setObjectName("stage_bars")
        self.kinds = Bars(palette.TEAL, self)
        self.kinds.setObjectName("contribution_bars")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboard_tabs")
        self.tabs.addTab(self.mine, "")
        self.tabs.addTab(self.stages, self.tr("Open partnerships by stage"))
        self.tabs.addTab(self.kinds, self.tr("By contribution to results"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel, 3)
        layout.addWidget(self.tabs, 2)
        self.fill_offices()
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        refresh.clicked.connect(self.refresh)
        self.office.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_mine.toggled.connect(lambda _c: self.refresh())
        ctx.data_changed.connect(self._changed)
        self.refresh()

    def fill_offices(self) -> None:
        """Every office here, the home office chosen (it need not be among them yet: a new
        laptop knows its office before the office's record arrives)."""
        current = self.office.currentData() if self.office.count() else settings.home_office()
        codes = settings.office_codes()
        home = settings.home_office()
        if home and home not in codes:
            codes.insert(0, home)
        self.office.blockSignals(True)
        self.office.clear()
        self.office.addItem(self.tr("All offices"), None)
        for code in codes:
            self.office.addItem(code, code)
        index = self.office.findData(current)
        self.office.setCurrentIndex(max(index, 0))
        self.office.blockSignals(False)

    def _changed(self, table: str) -> None:
        if table in ("", "office"):
            self.fill_offices()
        self._timer.start()

    def refresh(self) -> None:
        self.status.setText(self.tr("Loading..."))
        self._asked += 1  # only the latest request is shown (the office may change again)
        self.ctx.workers.start(_tagged, self._asked, cycle_dashboard.load,
                               office=self.office.currentData(),
                               only_mine=self.only_mine.isChecked(), per_kind=self.per_kind,
                               on_done=self._loaded, on_error=self._failed)

    def _loaded(self, tagged: tuple) -> None:
        asked, data = tagged
        if asked == self._asked:
            self._show(data)

    def _failed(self, exc: Exception, _trace: str) -> None:
        self.status.setText(self.tr("Could not load the dashboard: %1")
                            .replace("%1", error_text(exc)))

    def _show(self, data: cycle_dashboard.Dashboard) -> None:
        self.data = data
        self.status.setText("")
        self.panel.set_groups(data.groups, every_office=data.office is None)
        self.stages.set_items([(tr_cycle(spec.STAGES[s]), n) for s, n in data.stages])
        self.kinds.set_items([(QCoreApplication.translate(
            "vocab", vocab.label(vocab.CONTRIBUTION_TYPES, c)), n) for c, n in data.contributions])
        self.tabs.setTabText(0, self.tr("My partnerships (%1)")
                             .replace("%1", number_text(len(data.mine))))
        who = data.user_name or self.tr("you")
        self.tabs.setTabToolTip(0, self.tr("Partnerships with %1 as focal point")
                                .replace("%1", who))
        self.mine.setRowCount(len(data.mine))
        for n, row in enumerate(data.mine):
            phase = (f"{row.phase}. {tr_cycle(spec.PHASE_BY_CODE[row.phase].title)}"
                     if row.phase in spec.PHASE_BY_CODE else self.tr("all phases complete"))
            cells = [row.reference, QCoreApplication.translate(
                "vocab", vocab.label(vocab.PARTNERSHIP_STATUSES, row.status)), phase,
                date_text(row.next_review_due), row.title]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.mine.setItem(n, col, item)
        self.loaded.emit()

    def show_all(self, kind: str) -> None:
        """List every alert of one group (off the GUI thread: a group can hold thousands)."""
        self.panel.show_all.setEnabled(False)
        self.status.setText(self.tr("Loading..."))
        self.ctx.workers.start(_tagged, (self._asked, kind), cycle_dashboard.alerts_of_kind,
                               kind, office=self.office.currentData(),
                               only_mine=self.only_mine.isChecked(), on_done=self._whole,
                               on_error=self._failed)

    def _whole(self, tagged: tuple) -> None:
        (asked, kind), found = tagged
        if asked != self._asked:
            return
        self.status.setText("")
        self.panel.show_whole(kind, found)
        self.loaded.emit()

    def export_alerts(self, path: str | None = None):
        """Every alert of every group (this office, only mine or not) to Excel or CSV."""
        if self.data is None:
            return None
        headers = [self.tr("Severity"), self.tr("What"), self.tr("Record"), self.tr("Office"),
                   self.tr("Due"), self.tr("Alert"), self.tr("What to do")]
        path = path or export.ask_path(self, "alerts")
        if not path:
            return None
        groups, office, mine = self.data.groups, self.data.office, self.only_mine.isChecked()

        def work(out, progress=None, cancel=None):
            from models.interchange import export_lists
            rows = ([a.severity, kind_label(g.kind), a.reference, a.office, a.due or "", a.title, a.detail]
                    for g in groups for a in (g.alerts if g.complete else
                                              cycle_dashboard.alerts_of_kind(
                                                  g.kind, office=office, only_mine=mine)))
            return export_lists.write(out, headers, rows, total=sum(g.total for g in groups),
                                      progress=progress, cancel=cancel)
        return export.ExportRun(self, self.ctx, work, sum(g.total for g in groups), path)

    def _mine_clicked(self, row: int, _column: int) -> None:
        if self.data and 0 <= row < len(self.data.mine):
            self.ctx.open_record("cycle", self.data.mine[row].id)


def _tagged(tag, fn, *args, **kwargs) -> tuple:
    """(tag, fn(...)) on a worker: the view knows which of its requests answered (the widget's
    own method receives it, so nothing is called once the widget is gone)."""
    return tag, fn(*args, **kwargs)


def tr_cycle(text: str) -> str:
    return QCoreApplication.translate("cycle", text)
