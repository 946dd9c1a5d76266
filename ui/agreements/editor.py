"""The agreement editor: parties and dates, authorised officers, its programme documents, and the
shared signatures, status actions, amendment flow and printing of `RecordPanel`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from models import agreements
from models.agreements import AGREEMENT_TYPES, PD_STATUSES
from models.directory import partners, settings

from ..messages import amount_text, text
from ..widgets import Field, FormWidget, flow_row
from .record import RecordPanel


def agreement_fields() -> list[Field]:
    t = lambda text: QCoreApplication.translate("AgreementEditor", text)  # noqa: E731
    types = lambda: [(c, QCoreApplication.translate("vocab", v))  # noqa: E731
                     for c, v in AGREEMENT_TYPES.items()]
    return [Field("agreement_type", t("Type"), "choice", types, required=True),
            Field("partner", t("Partner"), "choice", lambda: [], required=True,
                  optional_choice=True),
            Field("country_programme", t("Country programme"), placeholder="2023-2027",
                  help=t("PCA only: the country programme period it covers.")),
            Field("title", t("Title")),
            Field("start_date", t("Start"), "date", required=True),
            Field("end_date", t("End"), "date", required=True),
            Field("transfers_cash", t("Cash moves under this MoU"), "check",
                  help=t("MoU only: tick when UNICEF transfers cash under it; the printed MoU "
                         "then carries the cash-transfer clauses.")),
            Field("special_conditions", t("Special conditions"), "multiline")]


class AgreementContent(QWidget):
    """The Details tab: the form, the authorised officers, the programme documents."""

    pd_requested = Signal(str)  # PD id
    new_pd_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = FormWidget(agreement_fields(), self)
        self.form.inputs["agreement_type"].currentIndexChanged.connect(self._type_changed)
        self.officers = QLabel(self)
        self.officers.setObjectName("authorised_officers")
        self.officers.setWordWrap(True)
        self.pds = QTreeWidget(self)
        self.pds.setObjectName("pd_list")
        self.pds.setRootIsDecorated(False)
        self.pds.setHeaderLabels([self.tr("Reference"), self.tr("Title"), self.tr("Status"),
                                  self.tr("UNICEF total")])
        header = self.pds.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.pds.itemActivated.connect(lambda item, _c: self.pd_requested.emit(
            item.data(0, Qt.ItemDataRole.UserRole)))
        self.open_pd = QPushButton(self.tr("Open programme document"), self)
        self.open_pd.setObjectName("open_pd")
        self.open_pd.clicked.connect(self._open_current)
        self.new_pd = QPushButton(self.tr("New programme document"), self)
        self.new_pd.setObjectName("new_pd")
        self.new_pd.clicked.connect(self.new_pd_requested)
        self.totals = QLabel(self)
        self.totals.setObjectName("agreement_totals")
        self.totals.setWordWrap(True)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(flow_row(self, [self.open_pd, self.new_pd]), 1)
        buttons.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(QLabel(self.tr("<b>Authorised officers of the partner</b>"), self))
        layout.addWidget(self.officers)
        layout.addWidget(QLabel(self.tr("<b>Programme documents</b>"), self))
        layout.addWidget(self.pds, 1)
        layout.addLayout(buttons)

    def _type_changed(self) -> None:
        """The user changed the type: offer the partners that type allows (PCA, SSFA: CSOs)."""
        kind = self.form.value("agreement_type")
        if self.form.inputs["partner"].isEnabled():
            self.form.set_choices("partner", agreements.partner_choices(kind))
        self.form.inputs["country_programme"].setEnabled(
            kind == "pca" and self.form.inputs["agreement_type"].isEnabled())
        self.form.inputs["transfers_cash"].setEnabled(
            kind == "mou" and self.form.inputs["agreement_type"].isEnabled())

    def _open_current(self) -> None:
        item = self.pds.currentItem()
        if item is not None:
            self.pd_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def set_pds(self, rows: list) -> None:
        self.pds.clear()
        for pd in rows:
            status = QCoreApplication.translate("vocab", PD_STATUSES.get(pd.status, pd.status))
            draft = agreements.open_amendment(pd)
            if draft is not None:  # a draft amendment is seen from the agreement too
                status += self.tr(" · amendment %1 draft").replace("%1", draft.reference)
            item = QTreeWidgetItem([pd.reference, pd.title, status,
                                    f"{amount_text(pd.unicef_cash_total)} {pd.currency}"])
            item.setData(0, Qt.ItemDataRole.UserRole, pd.id)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.pds.addTopLevelItem(item)
        for col in (0, 2, 3):
            self.pds.resizeColumnToContents(col)
        if rows:
            self.pds.setCurrentItem(self.pds.topLevelItem(0))
        self.open_pd.setEnabled(bool(rows))


class AgreementPanel(RecordPanel):
    table = "agreement"

    def __init__(self, ctx, parent=None):
        self.body = AgreementContent()
        super().__init__(ctx, self.body, parent)
        self.body.form.edited.connect(self.edited)

    def load(self, record_id: str):
        return agreements.get_agreement(record_id)

    def form_of(self, record) -> dict:
        return agreements.agreement_form(record)

    def editable(self, record) -> tuple[str, ...]:
        return agreements.EDITABLE if record is None else agreements.editable_fields(record)

    def new_data(self) -> dict:
        return {"agreement_type": "pca"}

    def new_heading(self) -> str:
        return self.tr("New agreement")

    def heading_text(self, record) -> str:
        kind = QCoreApplication.translate("vocab", AGREEMENT_TYPES.get(record.agreement_type, ""))
        emergency = self.tr(" (emergency)") if record.is_emergency else ""
        return f"{record.reference} · {kind}{emergency}"

    def set_content(self, data: dict, editable: tuple[str, ...]) -> None:
        form = self.body.form
        for key, widget in form.inputs.items():
            widget.setEnabled(key in editable)
        type_box = form.inputs["agreement_type"]
        type_box.blockSignals(True)
        type_box.setCurrentIndex(max(0, type_box.findData(data.get("agreement_type"))))
        type_box.blockSignals(False)
        # the full partner list only when the partner can still change (it is long)
        choices = agreements.partner_choices(data.get("agreement_type")) \
            if "partner" in editable else []
        pid = data.get("partner")
        if pid and all(code != pid for code, _ in choices):
            choices.append((pid, partners.get(pid).legal_name))
        form.set_choices("partner", choices)
        form.set_data(data)
        form.inputs["country_programme"].setEnabled(
            "country_programme" in editable and data.get("agreement_type") == "pca")
        form.inputs["transfers_cash"].setEnabled(
            "transfers_cash" in editable and data.get("agreement_type") == "mou")
        officers = data.get("authorised_officers") or []
        self.body.officers.setText("\n".join(
            f"{o.get('name', '')}, {o.get('title', '')} {o.get('email', '')}".strip()
            for o in officers) or self.tr("None recorded: add them to the partner first."))
        record = self.record
        self.body.set_pds(agreements.programme_documents(record) if record else [])
        refusal = agreements.add_pd_refusal(record) if record is not None else None
        self.body.new_pd.setEnabled(record is not None and refusal is None)
        self.body.new_pd.setToolTip(text(refusal or ""))
        if record is not None:
            totals = agreements.agreement_totals(record)
            self.body.totals.setText(self.tr("UNICEF total %1").replace(
                "%1", amount_text(totals.unicef_total)))
        else:
            self.body.totals.clear()

    def content_data(self) -> dict:
        return self.body.form.data()

    def show_content_errors(self, errors: dict) -> None:
        self.body.form.show_errors(errors)

    def save_data(self, data: dict, record_id):
        if record_id is None:
            return agreements.save_agreement(data, office=settings.home_office())
        return agreements.save_agreement(data, agreement_id=record_id)

    def render(self):
        from .render import agreement_renderer
        return agreement_renderer(self.record)
