"""Headquarters summary of the self-assessments, as a dialog: for each benchmark the offices that
met it by their own rating and by their own data, every disagreement with the office named, by
region, the trend over the offices that reported in both years, and each office's status.
The figures are models.assessment.summary(); the PDF is reports.assessment.render_summary.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from models import assessment, history
from models.directory import vocab

from ..widgets import TimingTable
from ..messages import number_text


def pct(share) -> str:
    return "-" if share is None else f"{number_text(round(share * 100))} %"


class HqSummaryDialog(QDialog):
    def __init__(self, ctx, year: int | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict = {}
        self.setWindowTitle(self.tr("Self-assessment: headquarters summary"))
        self.resize(980, 560)  # fits a 1024x600 screen
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, dt.date.today().year + 1)
        self.year.setValue(year or dt.date.today().year)
        self.year.setKeyboardTracking(False)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.headline = QLabel(self)
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.print_button = QPushButton(self.tr("Print PDF..."), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_pdf)
        self.benchmarks = self._table("benchmarks")
        self.disagreements = self._table("disagreements")
        self.regions = self._table("regions")
        self.trend_note = QLabel(self)
        self.trend_note.setObjectName("trend")
        self.trend_note.setWordWrap(True)
        self.trend = self._table("trend_table")
        self.offices = self._table("offices")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("summary_tabs")
        self.tabs.addTab(self.benchmarks, self.tr("Benchmarks"))
        self.tabs.addTab(self.disagreements, "")
        self.tabs.addTab(self.regions, self.tr("By region"))
        trend_page = QWidget(self)  # the note above the table
        trend_layout = QVBoxLayout(trend_page)
        trend_layout.addWidget(self.trend_note)
        trend_layout.addWidget(self.trend, 1)
        self.tabs.addTab(trend_page, self.tr("Trend"))
        self.tabs.addTab(self.offices, self.tr("Offices"))
        self.timing = TimingTable(self)  # time to sign, from the status history (all years)
        self.timing.setObjectName("timing_page")
        self.timing_index = self.tabs.addTab(self.timing, self.tr("Time to sign"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setObjectName(name)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        return table

    def _rating(self, code: str) -> str:
        return {"met": self.tr("Met"), "partly_met": self.tr("Partly met"),
                "not_met": self.tr("Not met")}.get(code, code or "-")

    def _of(self, part: int, whole: int) -> str:
        """"3 of 4 (75 %)"."""
        if not whole:
            return "-"
        return self.tr("%1 of %2 (%3)").replace("%1", number_text(part)) \
            .replace("%2", number_text(whole)).replace("%3", pct(part / whole))

    def refresh(self) -> None:
        self.data = data = assessment.summary(self.year.value())
        data["timing"] = [f.as_dict() for f in history.timing()]
        self.timing.set_figures(data["timing"])
        self.headline.setText(self.headline_text(data))
        self._fill_benchmarks(data)
        rows = [[d["office"], d["code"], self._rating(d["rating"]),
                 self._rating(d["data_rating"]), d["figure"]] for d in data["disagreements"]]
        self._fill(self.disagreements, [self.tr("Office"), self.tr("Benchmark"),
                                        self.tr("Rated"), self.tr("Data shows"),
                                        self.tr("Office data")], rows, stretch=4)
        self.tabs.setTabText(1, self.tr("Disagreements (%1)").replace(
            "%1", number_text(len(data["disagreements"]))))
        rows = [[QCoreApplication.translate("vocab", vocab.label(vocab.REGIONS, r["region"])),
                 number_text(r["offices"]), number_text(r["reported"]), pct(r["share_all_met"]),
                 pct(r["share_all_met_by_data"])]
                + [pct(r["benchmarks"][c]["share_met"]) for c in data["codes"]]
                for r in data["regions"]]
        self._fill(self.regions, [self.tr("Region"), self.tr("Offices"), self.tr("Reported"),
                                  self.tr("All met (rating)"), self.tr("All met (data)")]
                   + data["codes"], rows, stretch=0)
        self._fill_trend(data)
        def yes(flag: bool, reported: bool) -> str:  # nothing to say of an office that did not
            return "" if not reported else self.tr("yes") if flag else self.tr("no")
        rows = []
        for o in data["office_status"]:
            reported = o["status"] in ("submitted", "acknowledged")
            rows.append([o["office"], o["name"], self._status(o["status"]),
                         yes(o["all_met"], reported), yes(o["all_met_by_data"], reported),
                         number_text(o["disagreements"]) if reported else ""])
        self._fill(self.offices, [self.tr("Office"), self.tr("Name"), self.tr("Status"),
                                  self.tr("All met (rating)"), self.tr("All met (data)"),
                                  self.tr("Disagreements")], rows, stretch=1)

    def headline_text(self, data: dict) -> str:
        """What a reader must not miss: how many reported, and how many met everything by their
        own rating and by their own data."""
        n = len(data["codes"])
        text = self.tr("<b>%1 of %2 offices reported for %3.</b> By their own rating, %4 met "
                       "all %5 benchmarks; by their own data, %6 did.") \
            .replace("%1", number_text(data["reported"])) \
            .replace("%2", number_text(data["offices"])) \
            .replace("%3", number_text(data["year"])).replace("%4", number_text(data["all_met"])) \
            .replace("%5", number_text(n)).replace("%6", number_text(data["all_met_by_data"]))
        if data["disagreements"]:
            text += " " + self.tr("Ratings that disagree with the office's own data: %1, in "
                                  "%2 of the offices that reported.") \
                .replace("%1", number_text(len(data["disagreements"]))) \
                .replace("%2", number_text(data["offices_disagreeing"]))
        return text

    def _status(self, code: str) -> str:
        return {"not_started": self.tr("Not started"), "draft": self.tr("Draft"),
                "submitted": self.tr("Submitted"),
                "acknowledged": self.tr("Acknowledged")}.get(code, code)

    def _fill_benchmarks(self, data: dict) -> None:
        reported, rows = data["reported"], []
        for code in data["codes"]:
            f = data["benchmarks"][code]
            rows.append([code, QCoreApplication.translate("benchmarks",
                                                          data["benchmark_titles"][code]),
                         self._of(f["met"], reported), self._of(f["met_by_data"], reported),
                         number_text(f["disagree"]), number_text(f["no_data"])])
        rows.append([self.tr("All"), self.tr("All benchmarks met"),
                     self._of(data["all_met"], reported),
                     self._of(data["all_met_by_data"], reported),
                     number_text(data["offices_disagreeing"]), ""])
        self._fill(self.benchmarks, ["", self.tr("Benchmark"), self.tr("Met by rating"),
                                     self.tr("Met by data"), self.tr("Disagree"),
                                     self.tr("No data")], rows, stretch=1)

    def _fill_trend(self, data: dict) -> None:
        pairs = data["trend"]
        if not pairs:
            self.trend_note.setText(self.tr("No earlier year to compare with."))
        else:
            last = pairs[-1]
            self.trend_note.setText(self.tr(
                "Each year is compared with the one before over the same offices: those that "
                "reported in both (%1 from %2 to %3). Offices that reported: %4.")
                .replace("%1", number_text(last["offices"]))
                .replace("%2", number_text(last["from"])).replace("%3", number_text(last["to"]))
                .replace("%4", ", ".join(f"{number_text(r['year'])}: {number_text(r['reported'])}"
                                         for r in data["reporting"])))

        rows = []
        for p in pairs:  # the earlier year, then the later, over the same offices
            for n, (year, fig) in enumerate(((p["from"], p["before"]), (p["to"], p["after"]))):
                rows.append([f"{number_text(p['from'])}-{number_text(p['to'])}" if not n else "",
                             number_text(p["offices"]) if not n else "", number_text(year),
                             pct(fig["share_all_met"]), pct(fig["share_all_met_by_data"])]
                            + [pct(fig["benchmarks"][c]["share_met"]) for c in data["codes"]])
        self.trend.clearSpans()
        self._fill(self.trend, [self.tr("Years"), self.tr("Offices in both"), self.tr("Year"),
                                self.tr("All met (rating)"), self.tr("All met (data)")]
                   + data["codes"], rows, stretch=0)
        for n in range(len(pairs)):
            for column in (0, 1):
                self.trend.setSpan(2 * n, column, 2, 1)

    def _fill(self, table: QTableWidget, headers: list[str], rows: list[list[str]],
              stretch: int) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def print_pdf(self, path: str | None = None):
        path = path or QFileDialog.getSaveFileName(
            self, self.tr("Save the summary as PDF"),
            f"benchmarks-summary-{self.year.value()}.pdf", "PDF (*.pdf)")[0]
        if not path:
            return None
        from reports.assessment import render_summary as render
        app = QApplication.instance()
        lang = (app.property("interface_language") if app is not None else None) or "en"
        return self.ctx.workers.start(render, self.data, path, lang)
