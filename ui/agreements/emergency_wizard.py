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

from .emergency_pages import WARN, PartnerPage, ResultsPage, TermsPage
from .printing import PrintBar
from .render import pd_renderer


class SignPage(QWizardPage):
    """Signatories, consent to sign electronically, then sign and print in one click."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.launch = ctx, None
        self.setTitle(self.tr("4. Sign electronically and print"))
        self.setSubTitle(self.tr("Both signatures are recorded electronically with the date "
                                 "and a fingerprint of the document."))
        self.partner_signatory = QComboBox(self)
        self.partner_signatory.setObjectName("partner_signatory")
        self.partner_signatory.setEditable(True)
        self.partner_title = QLineEdit(self)
        self.partner_title.setObjectName("partner_signatory_title")
        self.unicef_signatory = QLineEdit(self)
        self.unicef_signatory.setObjectName("unicef_signatory")
        self.unicef_title = QLineEdit(self)
        self.unicef_title.setObjectName("unicef_signatory_title")
        self.consent = QCheckBox(self.tr("Both signatories agree to sign electronically"), self)
        self.consent.setObjectName("consent")
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
        form.addRow(self.tr("UNICEF signatory"), self.unicef_signatory)
        form.addRow(self.tr("Title "), self.unicef_title)
        form.addRow(self.consent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.print_bar)
        layout.addWidget(self.result, 1)
        self.partner_signatory.currentTextChanged.connect(self._officer_chosen)
        self.print_bar.printed.connect(lambda _p: self.completeChanged.emit())
        self.consent.toggled.connect(self._update)
        for edit in (self.partner_title, self.unicef_signatory, self.unicef_title):
            edit.textChanged.connect(self._update)
        self.partner_signatory.editTextChanged.connect(self._update)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._officers = self.wizard().partner_page.officers()
        self.partner_signatory.clear()
        self.partner_signatory.addItems([o.get("name", "") for o in self._officers] or [""])
        if not self.unicef_signatory.text():
            self.unicef_signatory.setText(settings.get("user_name") or "")
        self._update()

    def _officer_chosen(self, name: str) -> None:
        for officer in getattr(self, "_officers", []):
            if officer.get("name") == name:
                self.partner_title.setText(officer.get("title", ""))

    def _update(self) -> None:
        ready = (self.launch is None and self.consent.isChecked()
                 and bool(self.partner_signatory.currentText().strip())
                 and bool(self.unicef_signatory.text().strip()))
        self.sign_button.setEnabled(ready)
        self.sign_button.setToolTip("" if ready or self.launch else self.tr(
            "Name both signatories and tick the electronic signature consent."))

    def sign(self) -> None:
        wizard = self.wizard()
        terms = wizard.terms_page.values()
        try:
            self.launch = emergency.launch_emergency(
                office=wizard.office, partner_id=wizard.partner_page.partner_id(),
                new_partner=wizard.partner_page.new_partner(),
                agreement_id=wizard.partner_page.agreement_id(),
                results=wizard.results_page.results.outputs(),
                partner_signatory=self.partner_signatory.currentText(),
                partner_signatory_title=self.partner_title.text(),
                unicef_signatory=self.unicef_signatory.text(),
                unicef_signatory_title=self.unicef_title.text(), **terms)
        except ValidationError as exc:
            self.result.setStyleSheet(WARN)
            self.result.setText("\n".join(exc.errors.values()))
            return
        except DomainError as exc:
            self.result.setStyleSheet(WARN)
            self.result.setText(str(exc))
            return
        launch = self.launch
        deferred = "\n".join(f"• {d.description} — {self.tr('due')} {d.due_date}"
                             for d in launch.deferred)
        self.result.setStyleSheet("")
        self.result.setText("\n".join(launch.messages) + "\n\n" + self.tr("Deferred:") + "\n"
                            + deferred)
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

