"""The partnership editor: purpose, results, level and formality, focal point, dates, partners."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from models.directory import HQ_OFFICE, partners, partnerships, settings, vocab
from reports import palette

from ..widgets import Field, FormWidget, RecordEditor, tr, vocab_choices
from .members_table import MembersTable


def _fields() -> list[Field]:
    t = lambda text: tr(text, "PartnershipEditor")  # noqa: E731
    return [
        Field("title", t("Title"), required=True),
        Field("status", t("Status"), "choice", lambda: vocab_choices(vocab.PARTNERSHIP_STATUSES)),
        Field("contribution_types", t("Contribution to results"), "multi",
              lambda: vocab_choices(vocab.CONTRIBUTION_TYPES), required=True),
        Field("level", t("Level"), "choice", lambda: vocab_choices(vocab.LEVELS)),
        Field("engagement_type", t("Engagement"), "choice",
              lambda: vocab_choices(vocab.ENGAGEMENT_TYPES)),
        Field("formality", t("Formality"), "choice", lambda: vocab_choices(vocab.FORMALITY)),
        Field("geographic_reach", t("Geographic reach")),
        Field("objectives", t("Objectives"), "multiline"),
        Field("results", t("Results for children"), "multiline",
              help=t("Partnerships are driven by results, not actors.")),
        Field("focal_point", t("Focal point"), "choice", partnerships.people_choices,
              optional_choice=True),
        Field("start_date", t("Start"), "date"),
        Field("planned_end", t("Planned end"), "date"),
    ]


class PartnershipEditor(RecordEditor):
    kind = "partnership"

    def __init__(self, ctx=None, parent=None):
        super().__init__(FormWidget(_fields()), parent)
        self.ctx = ctx
        self.reference = QLabel(self)
        self.reference.setObjectName("reference")
        self.layout().insertWidget(1, self.reference)
        self.members = MembersTable(partners.choices)
        box = QGroupBox(self.tr("Partners in this partnership"), self.form)
        inner = QVBoxLayout(box)
        inner.addWidget(self.members)
        self.members_error = QLabel(box)
        self.members_error.setObjectName("error_members")
        self.members_error.setStyleSheet(f"color: {palette.ERROR};")
        self.members_error.setWordWrap(True)
        self.members_error.hide()
        inner.addWidget(self.members_error)
        self.form.layout().addRow(box)
        self.form.inputs["members"] = self.members
        self.form.errors["members"] = self.members_error
        self.members.edited.connect(self.form.edited)
        self.cycle_button = QPushButton(self.tr("Partnering &cycle..."), self)
        self.cycle_button.setObjectName("open_cycle")
        self.cycle_button.setToolTip(self.tr("Work through the twelve phases of this partnership"))
        self.cycle_button.clicked.connect(self._open_cycle)
        self.extra_buttons.addWidget(self.cycle_button)

    def _open_cycle(self) -> None:
        if self.ctx is not None and self.record_id and self.confirm_leave():
            self.ctx.open_record("cycle", self.record_id)

    def load_record(self, record_id):
        self.cycle_button.setEnabled(record_id is not None)
        if record_id is None:
            self.reference.setText(self.tr("A reference is given when you save."))
            return {"status": "proposed", "level": "country", "engagement_type": "collaboration",
                    "formality": "informal", "contribution_types": [], "members": []}
        row = partnerships.get(record_id)
        self.reference.setText(row.reference)
        data = partnerships.as_form(row)
        data["members"] = partnerships.members_as_form(row)
        return data

    def validate_data(self, data):
        form = {k: v for k, v in data.items() if k != "members"}
        current = partnerships.get(self.record_id).status if self.record_id else None
        return partnerships.validate(form, members=data.get("members"), current_status=current)

    def save_record(self, data, record_id):
        form = {k: v for k, v in data.items() if k != "members"}
        office = (partnerships.get(record_id).office if record_id
                  else settings.home_office() or HQ_OFFICE)
        return partnerships.save(form, office=office, members=data.get("members"),
                                 partnership_id=record_id).id

    def title_for(self, data):
        return data.get("title") or self.tr("New partnership")
