"""Time to sign as a table: per office and overall, the median days (and how many records) from
submission to review, review to signature and submission to signature of programme documents,
and from draft to signature of agreements (models.history.timing). Shown in the HQ summary."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from models import history

COLUMNS = ("submission_to_review", "review_to_signature", "submission_to_signature",
           "draft_to_signature")


class TimingTable(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setObjectName("timing_note")
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("timing")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.figures: list[dict] = []

    def cell(self, measure: dict) -> str:
        if not measure or not measure.get("count"):
            return "-"
        return self.tr("%1 days (%2)").replace("%1", f"{measure['median_days']:g}") \
            .replace("%2", str(measure["count"]))

    def set_figures(self, figures: list[dict]) -> None:
        """`figures`: models.history.timing() as dicts (what the PDF prints too)."""
        self.figures = figures
        headers = [self.tr("Office"), self.tr("PD: submission\nto review"),
                   self.tr("PD: review\nto signature"), self.tr("PD: submission\nto signature"),
                   self.tr("Agreement: draft\nto signature")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(figures))
        for r, figure in enumerate(figures):
            overall = figure["office"] == history.ALL_OFFICES
            values = [self.tr("All offices") if overall else figure["office"]] + [
                self.cell(figure["measures"].get(c, {})) for c in COLUMNS]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if overall:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                m = figure["measures"].get(COLUMNS[c - 1], {}) if c else {}
                if m.get("count"):
                    item.setToolTip(self.tr("Median %1 days over %2; shortest %3, longest %4.")
                                    .replace("%1", f"{m['median_days']:g}")
                                    .replace("%2", str(m["count"]))
                                    .replace("%3", f"{m['shortest_days']:g}")
                                    .replace("%4", f"{m['longest_days']:g}"))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        counted = any(m.get("count") for f in figures for m in f["measures"].values())
        self.note.setText(self.tr(
            "Median days, with the number of records in brackets, from the status history: a "
            "programme document is submitted when it goes to review, reviewed when it goes to "
            "signature. Records whose history began before PartnerDesk kept it are not counted.")
            if counted else self.tr("No agreement or programme document has reached review or "
                                    "signature since the status history began."))
