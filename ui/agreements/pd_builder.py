"""The programme document builder: the PD's header, results, budget, visits/reporting/risks.

Plain data in and out (`set_data` / `data`) in the shape of models.programme_documents: header
fields, "results" (the results chain), "budget_lines", "planned_visits",
"reporting_requirements" and "risks". The owner saves it through
models.agreements.save_pd and shows the domain's messages back with `show_errors`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from models.agreements import CASH_MODALITIES, PD_TYPES
from reports import palette

from ..messages import interface_locale, text
from ..widgets import Field, FormWidget
from .pd_budget import BudgetTable, money, parse_amount
from .pd_extras import PdExtras
from .pd_narrative import PdNarrative
from .pd_results import ResultsTable


def _choices(table: dict) -> list[tuple[str, str]]:
    return [(code, QCoreApplication.translate("vocab", text)) for code, text in table.items()]


def header_fields() -> list[Field]:
    t = lambda text: QCoreApplication.translate("PdBuilder", text)  # noqa: E731
    return [
        Field("title", t("Title"), required=True),
        Field("pd_type", t("Document type"), "choice", lambda: _choices(PD_TYPES)),
        Field("start_date", t("Start"), "date", required=True),
        Field("end_date", t("End"), "date", required=True),
        Field("currency", t("Currency"), placeholder="USD"),
        Field("locations", t("Locations"), placeholder=t("e.g. Turkana, Garissa")),
        Field("cash_transfer_modalities", t("Cash transfer"), "multi",
              lambda: _choices(CASH_MODALITIES)),
        Field("management_costs", t("Management costs"), placeholder="0.00",
              help=t("Programme support costs of the partner, in the PD currency.")),
    ]


class PdBuilder(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, read_only: bool = False):
        super().__init__(parent)
        self.header = FormWidget(header_fields(), self)
        self.results = ResultsTable(self, read_only=read_only)
        self.budget = BudgetTable(self, read_only=read_only)
        self.extras = PdExtras(self)
        self.narrative = PdNarrative(self)
        self.errors = QLabel(self)
        self.errors.setObjectName("pd_errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(f"color: {palette.ERROR};")
        self.errors.hide()
        self.grand_total = QLabel(self)
        self.grand_total.setObjectName("pd_grand_total")
        self.grand_total.setWordWrap(True)
        self.grand_total.setStyleSheet("font-weight: 600;")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pd_tabs")
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(self.budget, self.tr("Budget"))
        self.tabs.addTab(self.extras, self.tr("Visits, reporting, risks"))
        self.tabs.addTab(self.narrative, self.tr("Context"))  # and ratings, focal points
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.errors)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.grand_total)
        for widget in (self.header.edited, self.results.changed, self.budget.changed,
                       self.extras.changed, self.narrative.changed):
            widget.connect(self.changed)
        self.changed.connect(self._update_total)
        self._update_total()
        if read_only:
            self.header.setEnabled(False)
            self.extras.set_editable(())
            self.narrative.set_editable(())

    def set_data(self, data: dict) -> None:
        header = dict(data)
        if isinstance(header.get("locations"), list):
            header["locations"] = ", ".join(header["locations"])
        if header.get("management_costs") is not None:
            header["management_costs"] = f"{float(header['management_costs']):.2f}"
        self.header.set_data(header)
        self.results.set_outputs(data.get("results") or [])
        self.budget.set_lines(data.get("budget_lines") or [])
        self.extras.set_data(data)
        self.narrative.set_data(data)
        self.show_errors({})
        self._update_total()

    def data(self) -> dict:
        data = self.header.data()
        data["locations"] = [p.strip() for p in (data.get("locations") or "").split(",")
                             if p.strip()]
        data["management_costs"] = (data.get("management_costs") or "").strip() or "0"
        data["currency"] = (data.get("currency") or "USD").upper()
        data["results"] = self.results.outputs()
        data["budget_lines"] = self.budget.lines()
        data.update(self.extras.data())
        data.update(self.narrative.data())
        return data

    def _update_total(self) -> None:
        """UNICEF total = cash + supplies + management costs, as models.agreements.totals."""
        sums = self.budget.totals()
        mgmt = parse_amount(self.header.value("management_costs"))
        unicef = sums["unicef_cash"] + sums["supplies"] + mgmt
        total = unicef + sums["partner_contribution"]
        share = sums["partner_contribution"] * 100 / total if total else 0
        self.grand_total.setText(
            self.tr("UNICEF total (cash, supplies, management) %1 · Partner share %2%")
            .replace("%1", money(unicef)).replace("%2", interface_locale().toString(float(share), "f", 1)))

    def show_errors(self, errors: dict[str, str]) -> None:
        self.header.show_errors({k: v for k, v in errors.items() if k in self.header.inputs})
        self.extras.show_errors(errors)
        self.narrative.show_errors(errors)
        if any(k in PdExtras.KEYS for k in errors):
            self.tabs.setCurrentWidget(self.extras)
        elif any(k in PdNarrative.KEYS for k in errors):
            self.tabs.setCurrentWidget(self.narrative)
        other = [v for k, v in errors.items() if k not in self.header.inputs
                 and k not in PdExtras.KEYS and k not in PdNarrative.KEYS]
        self.errors.setText("\n".join(text(v) for v in other))
        self.errors.setVisible(bool(other))
