"""The guided self-assessment: choose office and year, then one page per benchmark and a summary
page that submits. Loading (which computes the evidence) runs on a worker; the small saves go
straight to models.assessment, and every change is announced with ctx.changed().
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QSpinBox, QStackedWidget,
                               QStyle, QVBoxLayout, QWidget)

from models import assessment
from models.directory import settings
from models.errors import DomainError
from reports import palette

from ..messages import error_text, number_text
from .edits import AssessmentEdits
from .page import BenchmarkPage, rating_text
from .summary import SummaryPage

OWN_TABLES = {"assessment", "assessment_rating", "assessment_action"}


class AssessmentView(AssessmentEdits, QWidget):
    loaded = Signal()  # a load finished (the pages show what is stored)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.editor = self  # the main window asks confirm_leave() before switching areas
        self.overview = None
        self.pages: list[BenchmarkPage] = []
        self.pending: dict[str, str] = {}  # benchmark id -> rating saved since the load
        self._stale = False
        self._want_benchmark = ""  # page to show after the next load (an alert's benchmark)

        top = QHBoxLayout()
        self.office = QComboBox(self)
        self.office.setObjectName("office")
        self.office.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.office.setMinimumContentsLength(14)
        for code, name in assessment.offices():
            self.office.addItem(f"{code} - {name}", code)
        home = settings.home_office()
        if home and self.office.findData(home) >= 0:
            self.office.setCurrentIndex(self.office.findData(home))
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(assessment.FIRST_YEAR, dt.date.today().year + 1)
        self.year.setValue(dt.date.today().year)
        self.year.setKeyboardTracking(False)  # load once the year is typed, not per digit
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setStyleSheet("font-weight: bold;")
        top.addWidget(QLabel(self.tr("Office:"), self))
        top.addWidget(self.office, 1)
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        self.status.setWordWrap(True)
        self.hq_button = QPushButton(self.tr("All offices (headquarters summary)..."), self)
        self.hq_button.setObjectName("hq_summary")
        self.hq_button.clicked.connect(self.show_hq_summary)
        top.addWidget(self.hq_button)
        top_rows = QVBoxLayout()  # the status has a line of its own: long in French
        top_rows.addLayout(top)
        top_rows.addWidget(self.status)
        self.office.activated.connect(lambda _i: self.reload())
        self.year.valueChanged.connect(lambda _v: self.reload())

        self.nav = QListWidget(self)
        self.nav.setObjectName("pages")
        self.nav.setFixedWidth(230)
        self.nav.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.stack = QStackedWidget(self)
        self.summary = SummaryPage(self)
        self.summary.submit_requested.connect(self.submit)
        self.summary.print_requested.connect(self.print_pdf)
        self.summary.benchmark_clicked.connect(self.go_to)
        self.empty = self._empty_page()
        self.stack.addWidget(self.empty)
        self.nav.currentRowChanged.connect(self._page_chosen)

        # Arrow icons follow the layout direction (they point the other way in Arabic).
        self.prev_button = QPushButton(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowBack), self.tr("Previous"), self)
        self.prev_button.setObjectName("previous")
        self.next_button = QPushButton(self.style().standardIcon(
            QStyle.StandardPixmap.SP_ArrowForward), self.tr("Next"), self)
        self.next_button.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.isLeftToRight() else Qt.LayoutDirection.LeftToRight)
        self.next_button.setObjectName("next")
        self.prev_button.clicked.connect(lambda: self.go_to(self.nav.currentRow() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.nav.currentRow() + 1))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(bottom)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top_rows)
        layout.addLayout(body, 1)
        ctx.data_changed.connect(self._data_changed)

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.empty_label = QLabel(page)
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start the self-assessment"), page)
        self.start_button.setObjectName("start")
        self.start_button.clicked.connect(self.start)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        return page

    # loading -----------------------------------------------------------------------------------
    def current(self) -> tuple[str, int]:
        return self.office.currentData() or "", self.year.value()

    def select(self, office: str, year: int) -> None:
        """Choose office and year without triggering loads (the caller loads)."""
        for widget in (self.office, self.year):
            widget.blockSignals(True)
        if self.office.findData(office) >= 0:
            self.office.setCurrentIndex(self.office.findData(office))
        self.year.setValue(year)
        for widget in (self.office, self.year):
            widget.blockSignals(False)

    def reload(self, page: int | None = None, benchmark_id: str = "") -> None:
        self.flush()
        self._want_benchmark = benchmark_id
        office, year = self.current()
        if not office:
            return
        self.message.setText(self.tr("Computing the evidence from the office's data..."))
        self.ctx.workers.start(assessment.overview, office, year, create=False,
                               on_done=lambda found: self.show_overview(found, office, year, page),
                               on_error=self._failed)

    def load_now(self, office: str, year: int, page: int | None = None) -> None:
        """Load on this thread (headless screenshots)."""
        self.select(office, year)
        self.show_overview(assessment.overview(office, year, create=False), office,
                           year, page)

    def _failed(self, exc: Exception, _trace: str) -> None:
        self.message.setText(error_text(exc) if isinstance(exc, DomainError) else
                             self.tr("Could not load the self-assessment: %1")
                             .replace("%1", error_text(exc)))

    def show_overview(self, found, office: str, year: int, page: int | None = None) -> None:
        if (office, year) != self.current():
            return  # the user moved on while this loaded
        keep = self.nav.currentRow() if page is None else page
        for old in self.pages:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.stack.removeWidget(self.summary)
        self.pages, self.pending, self.overview = [], {}, found
        self.nav.blockSignals(True)
        self.nav.clear()
        self.message.clear()
        self.summary.show_problems([])
        if found is None:
            self.status.setText(self.tr("Not started"))
            self.empty_label.setText(self.tr("%1 has no self-assessment for %2 yet. Start it to "
                                             "rate the office against the benchmarks.")
                                     .replace("%1", office).replace("%2", number_text(year)))
            self.stack.setCurrentWidget(self.empty)
            self.nav.blockSignals(False)
            self._buttons()
            self.loaded.emit()
            return
        for item in found.items:
            page_widget = BenchmarkPage(item, year, self.stack, locked=found.locked,
                                        had_last_year=bool(found.last_year_status))
            page_widget.set_locked(found.locked)
            page_widget.rating_changed.connect(self._save_rating)
            page_widget.evidence_changed.connect(self._save_evidence)
            page_widget.action_added.connect(self._add_action)
            page_widget.action_toggled.connect(self._toggle_action)
            page_widget.action_removed.connect(self._remove_action)
            page_widget.attach_requested.connect(self._attach)
            self.pages.append(page_widget)
            self.stack.addWidget(page_widget)
            self.nav.addItem(QListWidgetItem())
        self.stack.addWidget(self.summary)
        self.nav.addItem(QListWidgetItem(self.tr("Summary and submit")))
        self.status.setText(self.tr("Status: %1").replace(
            "%1", self._status_text(found.status)))
        self._refresh_nav()
        self.nav.blockSignals(False)
        wanted = [i for i, p in enumerate(self.pages) if p.benchmark_id == self._want_benchmark]
        keep = wanted[0] if wanted else keep
        self.go_to(keep if 0 <= keep < self.nav.count() else 0)
        self.loaded.emit()

    def _status_text(self, status: str) -> str:
        return {"draft": self.tr("Draft"), "submitted": self.tr("Submitted (locked)"),
                "acknowledged": self.tr("Acknowledged by headquarters (locked)")}.get(status, status)

    def _refresh_nav(self) -> None:
        for row, page in enumerate(self.pages):
            rating = page.rating()
            warn = bool(rating and page.item.data_rating and rating != page.item.data_rating)
            item = self.nav.item(row)
            item.setText(f"{page.item.benchmark.code}  {rating_text(rating)}"
                         + ("  \u26a0" if warn else ""))
            item.setToolTip(page.item.benchmark.title)
            item.setForeground(QBrush(QColor(palette.ERROR if warn else palette.TEXT)))

    # navigation --------------------------------------------------------------------------------
    def go_to(self, row: int) -> None:
        if 0 <= row < self.nav.count():
            self.nav.setCurrentRow(row)
            self._page_chosen(row)

    def _page_chosen(self, row: int) -> None:
        if row < 0 or self.overview is None:
            return
        self.flush()
        if row == len(self.pages):
            self.summary.show_overview(self._current_overview())
            self.stack.setCurrentWidget(self.summary)
        else:
            self.stack.setCurrentWidget(self.pages[row])
        self._buttons()

    def _buttons(self) -> None:
        row, count = self.nav.currentRow(), self.nav.count()
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < count - 1)

    def _current_overview(self):
        from dataclasses import replace
        items = tuple(replace(p.item, rating=p.rating()) for p in self.pages)
        return replace(self.overview, items=items)

    def show_hq_summary(self):
        from .hq import HqSummaryDialog
        self.flush()
        dialog = HqSummaryDialog(self.ctx, self.year.value(), self)
        dialog.show()
        return dialog

    # outside changes ---------------------------------------------------------------------------
    def _data_changed(self, table: str) -> None:
        if table not in OWN_TABLES:
            self._stale = True  # partnerships changed: the evidence may have moved

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self._stale or self.overview is None:
            self._stale = False
            self.reload()

    def open_record(self, table: str, record_id: str) -> None:
        try:
            office, year, benchmark_id = assessment.locate(table, record_id)
        except DomainError as exc:
            self.message.setText(error_text(exc))
            return
        self.select(office, year)
        self.reload(page=0, benchmark_id=benchmark_id)
