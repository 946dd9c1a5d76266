"""The partner editor: identity, categories, risk and due diligence, officers, bank details."""
from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from models.directory import HQ_OFFICE, duplicates, partners, settings, vocab
from reports import palette

from ..widgets import Field, FormWidget, RecordEditor, RowsTable, tr, vocab_choices

BANK_KEYS = ("bank_name", "account_name", "account_number", "swift", "currency", "branch")


def _fields() -> list[Field]:
    t = lambda text: tr(text, "PartnerEditor")  # noqa: E731
    return [
        Field("legal_name", t("Legal name"), required=True),
        Field("short_name", t("Short name / acronym")),
        Field("partner_type", t("Partner type"), "choice",
              lambda: vocab_choices(vocab.PARTNER_TYPES), required=True),
        Field("cso_type", t("CSO type"), "choice", lambda: vocab_choices(vocab.CSO_TYPES),
              optional_choice=True, help=t("Required for civil society organisations.")),
        Field("tags", t("Also counts as"), "multi",
              lambda: [(c, l) for c, l in vocab_choices(vocab.PARTNER_TYPES)
                       if c in ("academic_research", "media", "cso", "private_sector")]),
        Field("vendor_number", t("Vendor number")),
        Field("country", t("Country (ISO3)"), placeholder="KEN"),
        Field("address", t("Address"), "multiline", extra={"height": 48}),
        Field("email", t("E-mail")),
        Field("phone", t("Phone")),
        Field("risk_rating", t("Risk rating"), "choice", lambda: vocab_choices(vocab.RISK_RATINGS),
              optional_choice=True),
        Field("risk_assessment_type", t("Assessment type"), "choice",
              lambda: vocab_choices(vocab.ASSESSMENT_TYPES), optional_choice=True),
        Field("risk_assessed_on", t("Assessed on"), "date"),
        Field("due_diligence_status", t("Due diligence"), "choice",
              lambda: vocab_choices(vocab.DUE_DILIGENCE_STATUSES)),
        Field("due_diligence_on", t("Due diligence date"), "date"),
        Field("psea_assessed_on", t("PSEA assessed on"), "date"),
        Field("core_values_assessed_on", t("Core values assessed on"), "date"),
        Field("bank_bank_name", t("Bank")),
        Field("bank_account_name", t("Account name")),
        Field("bank_account_number", t("Account number")),
        Field("bank_swift", t("SWIFT / BIC")),
        Field("bank_currency", t("Currency")),
        Field("bank_branch", t("Branch")),
        Field("notes", t("Notes"), "multiline"),
    ]


class PartnerEditor(RecordEditor):
    kind = "partner"

    def __init__(self, parent=None):
        super().__init__(FormWidget(_fields()), parent)
        self.officers = RowsTable([("name", self.tr("Name")), ("title", self.tr("Title")),
                                   ("email", self.tr("E-mail"))], self.tr("Add officer"))
        self.officers.setObjectName("officers")
        box = QGroupBox(self.tr("Authorised officers (they sign agreements)"), self.form)
        QVBoxLayout(box).addWidget(self.officers)
        self.form.layout().addRow(box)
        self.form.errors.setdefault("authorised_officers", self._error_label(box))
        self.form.inputs["authorised_officers"] = self.officers
        self.officers.edited.connect(self.form.edited)

    def _error_label(self, box):
        from PySide6.QtWidgets import QLabel
        label = QLabel(box)
        label.setObjectName("error_authorised_officers")
        label.setStyleSheet(f"color: {palette.ERROR};")
        label.setWordWrap(True)
        label.hide()
        box.layout().addWidget(label)
        return label

    def current_data(self) -> dict:
        data = self.form.data()
        data["bank_details"] = {k: data.pop(f"bank_{k}") for k in BANK_KEYS}
        if not any(data["bank_details"].values()):
            data["bank_details"] = {}
        return data

    def set_current_data(self, data: dict) -> None:
        flat = dict(data)
        for key in BANK_KEYS:
            flat[f"bank_{key}"] = (data.get("bank_details") or {}).get(key, "")
        self.form.set_data(flat)

    def load_record(self, record_id):
        if record_id is None:
            return {"partner_type": "cso", "cso_type": "national", "tags": [],
                    "due_diligence_status": "not_started", "authorised_officers": [],
                    "bank_details": {}}
        return partners.as_form(partners.get(record_id))

    def validate_data(self, data):
        return partners.validate(data, self.record_id)

    def open(self, record_id) -> None:
        self.warned_name = None
        super().open(record_id)

    def save(self) -> bool:
        """A new partner whose name looks like existing ones is saved on the second Save only,
        after the editor has named them (the same vendor number is refused by the model)."""
        name = (self.current_data().get("legal_name") or "").strip()
        if self.record_id is None and name and name != getattr(self, "warned_name", None):
            similar = duplicates.similar_partners(name)
            if similar:
                self.warned_name = name
                names = "; ".join(f"{n} ({score:.0f}%)" for _i, n, score in similar)
                self.notice.setText(self.tr("Partners with a similar name already exist: %1. "
                                            "If this is one of them, open it instead; press "
                                            "Save again to add a new partner anyway.")
                                    .replace("%1", names))
                self.notice.show()
                return False
        return super().save()

    def save_record(self, data, record_id):
        office = settings.home_office() or HQ_OFFICE
        return partners.save(data, office=office, partner_id=record_id).id

    def title_for(self, data):
        return data.get("legal_name") or self.tr("New partner")
