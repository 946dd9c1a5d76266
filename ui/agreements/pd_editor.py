"""The programme document editor: the PD builder (results, budget, visits, reporting, risks)
inside the shared `RecordPanel` (signatures, guarded status actions, amendments, printing)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QStyle

from models import agreements
from models.agreements import PD_TYPES

from .pd_builder import PdBuilder
from .record import RecordPanel


class PdPanel(RecordPanel):
    table = "programme_document"
    back_requested = Signal(str)  # agreement id

    def __init__(self, ctx, parent=None):
        self.builder = PdBuilder()
        super().__init__(ctx, self.builder, parent)
        self.builder.changed.connect(self.edited)
        self.agreement_id: str | None = None
        self.back = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
                                self.tr("Back to the agreement"), self)
        self.back.setObjectName("back_to_agreement")
        self.back.setFlat(True)
        self.back.clicked.connect(lambda: self.back_requested.emit(self.agreement_id or ""))
        self.layout().insertWidget(0, self.back, 0, Qt.AlignmentFlag.AlignLeft)

    def open(self, record_id: str) -> None:
        super().open(record_id)
        self.agreement_id = self.record.agreement_id

    def open_new_under(self, agreement_id: str) -> None:
        self.agreement_id = agreement_id
        self.open_new()

    def draft_key(self) -> str:
        if self.record is None:
            return f"{self.table}:new:{self.agreement_id}"
        return super().draft_key()

    def load(self, record_id: str):
        return agreements.get_pd(record_id)

    def form_of(self, record) -> dict:
        return agreements.pd_form(record)

    def editable(self, record) -> tuple[str, ...]:
        if record is None:
            return agreements.PD_CONTENT
        return agreements.pd_editable_fields(record)

    def new_data(self) -> dict:
        today = dt.date.today()
        return {"pd_type": "standard", "currency": "USD", "start_date": today.isoformat(),
                "cash_transfer_modalities": ["direct_cash_transfer"]}

    def new_heading(self) -> str:
        return self.tr("New programme document")

    def heading_text(self, record) -> str:
        kind = QCoreApplication.translate("vocab", PD_TYPES.get(record.pd_type, ""))
        return f"{record.reference} · {kind}"

    def set_content(self, data: dict, editable: tuple[str, ...]) -> None:
        self.builder.set_data(data)
        for key, widget in self.builder.header.inputs.items():
            widget.setEnabled(key in editable)
        for part, key in ((self.builder.results, "results"), (self.builder.budget,
                                                              "budget_lines")):
            open_ = key in editable
            triggers = part.table.EditTrigger
            part.table.setEditTriggers(
                (triggers.DoubleClicked | triggers.EditKeyPressed | triggers.AnyKeyPressed)
                if open_ else triggers.NoEditTriggers)
            part.add_button.setVisible(open_)
            part.remove_button.setVisible(open_)
        self.builder.extras.set_editable(editable)
        self.builder.narrative.set_editable(editable)

    def content_data(self) -> dict:
        return self.builder.data()

    def show_content_errors(self, errors: dict) -> None:
        self.builder.show_errors(errors)

    def save_data(self, data: dict, record_id):
        if record_id is None:
            return agreements.save_pd({**data, "agreement": self.agreement_id})
        return agreements.save_pd(data, pd_id=record_id)

    def render(self):
        from .render import pd_renderer
        return pd_renderer(self.record)
