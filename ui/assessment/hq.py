"""Headquarters summary of the self-assessments, as a dialog: the share of reporting offices that
met each benchmark and all of them, by region, with the trend, for the offices in this database.
The figures are models.assessment.summary(); the PDF is reports.benchmarks_summary.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from models import assessment
from models.directory import vocab


def pct(share) -> str:
    return "-" if share is None else f"{round(share * 100)} %"


class HqSummaryDialog(QDialog):
    def __init__(self, ctx, year: int | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict = {}
        self.setWindowTitle(self.tr("Self-assessment: headquarters summary"))
        self.resize(960, 640)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, dt.date.today().year + 1)
        self.year.setValue(year or dt.date.today().year)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-weight: bold;")
        self.benchmarks = self._table("benchmarks")
        self.regions = self._table("regions")
        self.trend = QLabel(self)
        self.trend.setObjectName("trend")
        self.print_button = QPushButton(self.tr("Print PDF..."), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_pdf)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addWidget(self.headline, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.benchmarks, 2)
        layout.addWidget(QLabel(self.tr("By region"), self))
        layout.addWidget(self.regions, 3)
        layout.addWidget(self.trend)
        self.refresh()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setObjectName(name)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

    def refresh(self) -> None:
        self.data = data = assessment.summary(self.year.value())
        self.headline.setText(self.tr("%1 of %2 offices reported for %3; %4 met all benchmarks "
                                      "(%5 of those that reported).")
                              .replace("%1", str(data["reported"]))
                              .replace("%2", str(data["offices"]))
                              .replace("%3", str(data["year"])).replace("%4", str(data["all_met"]))
                              .replace("%5", pct(data["share_all_met"])))
        rows = [[code, QCoreApplication.translate("benchmarks", data["benchmark_titles"][code]),
                 str(f["met"]), str(f["partly_met"]), str(f["not_met"]), pct(f["share_met"])]
                for code, f in ((c, data["benchmarks"][c]) for c in data["codes"])]
        rows.append([self.tr("All"), self.tr("All benchmarks met"), str(data["all_met"]), "", "",
                     pct(data["share_all_met"])])
        self._fill(self.benchmarks, ["", self.tr("Benchmark"), self.tr("Met"),
                                     self.tr("Partly met"), self.tr("Not met"),
                                     self.tr("Share met")], rows, stretch=1)
        rows = [[QCoreApplication.translate("vocab", vocab.label(vocab.REGIONS, r["region"])),
                 str(r["offices"]), str(r["reported"]), pct(r["share_all_met"])]
                + [pct(r["benchmarks"][c]["share_met"]) for c in data["codes"]]
                for r in data["regions"]]
        self._fill(self.regions, [self.tr("Region"), self.tr("Offices"), self.tr("Reported"),
                                  self.tr("All met")] + data["codes"], rows, stretch=0)
        self.trend.setText(self.tr("Trend, offices that met all benchmarks: %1").replace(
            "%1", "   ".join(f"{t['year']}: {pct(t['share_all_met'])}" for t in data["trend"])))

    def _fill(self, table: QTableWidget, headers: list[str], rows: list[list[str]],
              stretch: int) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def print_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"),
            f"benchmarks-summary-{self.year.value()}.pdf", "PDF (*.pdf)")
        if path:
            from reports.assessment import render_summary as render
            self.ctx.workers.start(render, self.data, path)
