"""The emergency fast track wizard: four screens from "who" to a signed, printed humanitarian PD.

Screens: partner, terms (template, amount, dates, places), results, sign and print. Signing
calls models.emergency.launch_emergency (it signs electronically and records what is deferred);
printing runs on a worker and offers to open the PDF.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWizard, QWizardPage)

from models.agreements import emergency
from models.directory import settings
from models.errors import DomainError, ValidationError

from ..messages import date_text, error_text, field_errors, isolate, text
from ..widgets import reflow
from .emergency_pages import WARN, PartnerPage, ResultsPage, TermsPage, template_text
from .printing import PrintBar
from .render import pd_renderer


class SignPage(QWizardPage):
    """Signatories, each one's own consent to sign electronically, then sign and print.

    UNICEF signs through an officer the office authorised (never whoever uses the laptop); the
    partner through one of its authorised officers. Each signatory confirms separately.
    """

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.launch = ctx, None
        self.setTitle(self.tr("4. Sign electronically and print"))
        self.setSubTitle(self.tr("Each signature is recorded with the signatory, the time, this "
                                 "device and the SHA-256 fingerprint of the text signed, and is "
                                 "printed in the signature block."))
        self.partner_signatory = QComboBox(self)
        self.partner_signatory.setObjectName("partner_signatory")
        self.partner_signatory.setEditable(True)
        self.partner_title = QLineEdit(self)
        self.partner_title.setObjectName("partner_signatory_title")
        self.unicef_signatory = QComboBox(self)
        self.unicef_signatory.setObjectName("unicef_signatory")
        self.unicef_title = QLineEdit(self)
        self.unicef_title.setObjectName("unicef_signatory_title")
        self.unicef_title.setReadOnly(True)
        self.no_officer = QLabel(self.tr(
            "No UNICEF officer of this office is authorised to sign. Add the office's "
            "authorised officers: any agreement, Signatures tab, UNICEF signatories."), self)
        self.no_officer.setObjectName("no_unicef_officer")
        self.no_officer.setWordWrap(True)
        self.no_officer.setStyleSheet(WARN)
        self.unicef_consent = QCheckBox(self)
        self.unicef_consent.setObjectName("consent_unicef")
        self.partner_consent = QCheckBox(self)
        self.partner_consent.setObjectName("consent_partner")
        self.sign_button = QPushButton(self.tr("Sign and print"), self)
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.sign)
        self.print_bar = PrintBar(ctx, self)
        self.print_bar.button.hide()  # printing follows signing here
        self.result = QLabel(self)
        self.result.setObjectName("launch_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Partner signatory"), self.partner_signatory)
        form.addRow(self.tr("Title"), self.partner_title)
        form.addRow(self.partner_consent)
        form.addRow(self.tr("UNICEF signatory"), self.unicef_signatory)
        form.addRow(self.tr("Title "), self.unicef_title)
        form.addRow(self.no_officer)
        form.addRow(self.unicef_consent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        reflow(form)
        layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_bar)
        layout.addWidget(self.result, 1)
        self.partner_signatory.currentTextChanged.connect(self._officer_chosen)
        self.unicef_signatory.currentIndexChanged.connect(self._unicef_chosen)
        self.print_bar.printed.connect(lambda _p: self.completeChanged.emit())
        for box in (self.unicef_consent, self.partner_consent):
            box.toggled.connect(self._update)
        self.partner_title.textChanged.connect(self._update)
        self.partner_signatory.editTextChanged.connect(self._update)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._officers = self.wizard().partner_page.officers()
        self.partner_signatory.clear()
        self.partner_signatory.addItems([o.get("name", "") for o in self._officers] or [""])
        self.unicef_signatory.clear()
        for name, title in emergency.unicef_choices(self.wizard().office):
            self.unicef_signatory.addItem(name, title)
        self.no_officer.setVisible(self.unicef_signatory.count() == 0)
        self._unicef_chosen()
        self._update()

    def _officer_chosen(self, name: str) -> None:
        for officer in getattr(self, "_officers", []):
            if officer.get("name") == name:
                self.partner_title.setText(officer.get("title", ""))
        self._update()

    def _unicef_chosen(self, _index: int = 0) -> None:
        self.unicef_title.setText(self.unicef_signatory.currentData() or "")
        self._update()

    def _names(self) -> tuple[str, str]:
        return (self.unicef_signatory.currentText().strip(),
                self.partner_signatory.currentText().strip())

    def _update(self) -> None:
        unicef, partner = self._names()
        self.unicef_consent.setText(self.tr(
            "%1 (UNICEF) confirms signing this document electronically").replace(
                "%1", unicef or "…"))
        self.partner_consent.setText(self.tr(
            "%1 (partner) confirms signing this document electronically").replace(
                "%1", partner or "…"))
        ready = (self.launch is None and self.unicef_consent.isChecked()
                 and self.partner_consent.isChecked() and bool(unicef) and bool(partner))
        self.sign_button.setEnabled(ready)
        self.sign_button.setToolTip("" if ready or self.launch else self.tr(
            "Choose both signatories; each of them confirms the electronic signature."))

    def sign(self) -> None:
        wizard = self.wizard()
        terms = wizard.terms_page.values()
        unicef, partner = self._names()
        try:
            self.launch = emergency.launch_emergency(
                office=wizard.office, partner_id=wizard.partner_page.partner_id(),
                new_partner=wizard.partner_page.new_partner(),
                agreement_id=wizard.partner_page.agreement_id(),
                results=wizard.results_page.results.outputs(),
                partner_signatory=partner, partner_signatory_title=self.partner_title.text(),
                unicef_signatory=unicef, unicef_signatory_title=self.unicef_title.text(),
                consents=emergency.consents(unicef, partner),
                lang=self.print_bar.lang.currentData(), texts=template_text, **terms)
        except ValidationError as exc:
            self.result.setStyleSheet(WARN)
            self.result.setText("\n".join(field_errors(exc).values()))
            return
        except DomainError as exc:
            self.result.setStyleSheet(WARN)
            self.result.setText(error_text(exc))
            return
        launch = self.launch
        deferred = "\n".join(
            "• " + self.tr("%1, due %2").replace(
                "%1", isolate(text(emergency.deferred_description(d))))
            .replace("%2", date_text(d.due_date)) for d in launch.deferred)
        self.result.setStyleSheet("")
        self.result.setText("\n".join(text(m) for m in launch.messages) + "\n\n"
                            + self.tr("Deferred:") + "\n" + deferred)
        self._update()
        for table in ("partner", "agreement", "programme_document"):
            self.ctx.changed(table)
        wizard.launched.emit(launch.pd.id)
        self.print_bar.set_document(pd_renderer(launch.pd), launch.pd.reference)
        self.print_bar.start()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.launch is not None and self.print_bar.last_path is not None


class EmergencyWizard(QWizard):
    launched = Signal(str)  # PD id, once signed

    def __init__(self, ctx, office: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("emergency_wizard")
        self.ctx = ctx
        self.office = office or settings.home_office()
        self.setWindowTitle(self.tr("Emergency fast track"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.partner_page = PartnerPage(self.office)
        self.terms_page = TermsPage()
        self.results_page = ResultsPage()
        self.sign_page = SignPage(ctx)
        for page in (self.partner_page, self.terms_page, self.results_page, self.sign_page):
            self.addPage(page)

