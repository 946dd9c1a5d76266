"""The last page of the guided self-assessment: every benchmark's rating beside last year's and
the data, the disagreements, what is still missing, and the button that submits (and locks)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models.assessment import Overview
from reports import palette

from ..messages import isolate, number_text, text
from ..users import refusal_text
from .page import WARNING_STYLE, data_text, rating_text

WARN_BG = QColor(palette.ERROR_TINT)


class SummaryPage(QWidget):
    submit_requested = Signal()
    print_requested = Signal()
    benchmark_clicked = Signal(int)  # row = page index

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet(
            f"font-size: 16px; font-weight: bold; color: {palette.BRAND_DARK};")
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("summary_table")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.benchmark_clicked.emit(row))
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(WARNING_STYLE)
        self.problems.setVisible(False)
        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print PDF..."), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_requested)
        self.submit_button = QPushButton(self.tr("Submit to headquarters"), self)
        self.submit_button.setObjectName("submit")
        self.submit_button.setStyleSheet("QPushButton { font-weight: bold; padding: 6px 14px; }")
        self.submit_button.clicked.connect(self.submit_requested)
        self.locked_note = QLabel(self)
        self.locked_note.setObjectName("locked_note")
        self.locked_note.setWordWrap(True)
        buttons.addWidget(self.locked_note, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.submit_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def show_overview(self, overview: Overview, pending: dict[str, str] | None = None) -> None:
        """Fill the table; `pending` maps benchmark id -> rating chosen since the load."""
        pending = pending or {}
        self.heading.setText(self.tr("Summary of the %1 self-assessment of %2")
                             .replace("%1", number_text(overview.year))
                             .replace("%2", isolate(overview.office)))
        self.table.setHorizontalHeaderLabels(
            ["", self.tr("Benchmark"), str(overview.year - 1), str(overview.year),
             self.tr("Office data")])
        self.table.setRowCount(len(overview.items))
        counts = {"met": 0, "partly_met": 0, "not_met": 0, "": 0}
        disagreements = 0
        for row, item in enumerate(overview.items):
            rating = pending.get(item.benchmark.id, item.rating)
            counts[rating if rating in counts else ""] += 1
            warn = bool(rating and item.data_rating and rating != item.data_rating)
            disagreements += warn
            cells = [item.benchmark.code, self._title(item), rating_text(item.last_year_rating),
                     rating_text(rating), data_text(item)]
            for col, shown in enumerate(cells):
                cell = QTableWidgetItem(shown)
                if warn and col in (3, 4):
                    cell.setBackground(QBrush(WARN_BG))
                    cell.setToolTip(self.tr("The rating differs from what the data shows."))
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        self.counts.setText(self.tr("Met: %1   Partly met: %2   Not met: %3   Not rated: %4   "
                                    "Rating and data disagree: %5")
                            .replace("%1", number_text(counts["met"]))
                            .replace("%2", number_text(counts["partly_met"]))
                            .replace("%3", number_text(counts["not_met"]))
                            .replace("%4", number_text(counts[""]))
                            .replace("%5", number_text(disagreements)))
        refused = "" if overview.locked else refusal_text("approve", overview.office)
        self.submit_button.setEnabled(not overview.locked and not refused)
        self.submit_button.setToolTip(refused)  # submitting approves the office's assessment
        if overview.locked:
            when = (overview.submitted_at or "")[:10]
            self.locked_note.setText(self.tr("Submitted on %1 by %2: locked.")
                                     .replace("%1", when).replace("%2", overview.submitted_by))
        else:
            self.locked_note.setText(self.tr("Draft: submitting locks the ratings and the figures."))

    def _title(self, item) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("benchmarks", item.benchmark.title)

    def show_problems(self, messages: list[str]) -> None:
        self.problems.setText("\n".join(text(m) for m in messages))
        self.problems.setVisible(bool(messages))
        if messages:
            self.problems.setAlignment(Qt.AlignmentFlag.AlignLeft)
