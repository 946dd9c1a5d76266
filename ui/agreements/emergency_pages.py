"""The first three screens of the emergency fast track: partner, terms, results.

Each page asks only what cannot be known in advance; everything else comes from the
pre-certified template (models/emergency_templates.py) or is filled in for the user.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QCompleter, QFormLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout, QWizardPage)

from models.agreements import SSFA_CEILING, emergency
from models.directory import partners
from reports import palette

from ..messages import number_text
from ..widgets import reflow
from .pd_budget import parse_amount
from .pd_results import ResultsTable

WARN = f"color: {palette.ERROR};"


def template_text(english: str) -> str:
    """A text of a pre-certified template (title, result, activity, risk) in the interface's
    language: the programme document is written in it."""
    return QCoreApplication.translate("emergency templates", english)


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


class PartnerPage(QWizardPage):
    """Pick a known partner (and the PCA to use) or quick-add one with high risk assumed."""

    def __init__(self, office: str | None, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("1. Partner"))
        self.setSubTitle(self.tr("Choose a partner you already know, or add one in a line."))
        self.known = QRadioButton(self.tr("A partner we know"), self)
        self.known.setObjectName("known_partner_choice")
        self.new = QRadioButton(self.tr("A new partner: high risk assumed"), self)
        self.new.setObjectName("new_partner_choice")
        group = QButtonGroup(self)
        group.addButton(self.known)
        group.addButton(self.new)
        self.known.setChecked(True)
        self.partner = QComboBox(self)
        self.partner.setObjectName("partner")
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partner.addItem("", None)
        for pid, name in emergency.known_partners(office):
            self.partner.addItem(name, pid)
        completer = QCompleter(self.partner.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.partner.setCompleter(completer)
        self.partner.lineEdit().setPlaceholderText(self.tr("Type part of the name"))
        self.under = QComboBox(self)
        self.under.setObjectName("under")
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("new_partner_name")
        self.new_name.setPlaceholderText(self.tr("Legal name of the organisation"))
        self.risk_note = QLabel(self.tr(
            "Recorded as a national civil society organisation with risk rating High "
            "(high risk assumed). Its full assessment and due diligence are deferred and come "
            "back as alerts with their due dates."), self)
        self.risk_note.setWordWrap(True)
        self.risk_note.setStyleSheet(f"color: {palette.NOTICE};")
        form = QFormLayout()
        form.addRow(self.known)
        form.addRow(self.tr("Partner"), self.partner)
        form.addRow(self.tr("Under"), self.under)
        form.addRow(self.new)
        form.addRow(self.tr("Name"), self.new_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        reflow(form)
        layout.addWidget(self.risk_note)
        layout.addStretch(1)
        self.partner.currentIndexChanged.connect(self._partner_changed)
        self.partner.lineEdit().textChanged.connect(self._text_changed)
        self._pid: str | None = None
        self.new_name.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.new_name.textEdited.connect(lambda _t: self.new.setChecked(True))
        self.known.toggled.connect(self._mode_changed)
        self._mode_changed()
        self._partner_changed()

    def _mode_changed(self) -> None:
        known = self.known.isChecked()
        self.partner.setEnabled(known)
        self.under.setEnabled(known)
        self.risk_note.setVisible(not known)
        self._partner_changed()

    def _text_changed(self, _text: str) -> None:
        if self.partner_id() != self._pid:  # the typed name now names a partner (or not)
            self._partner_changed()
        self.completeChanged.emit()

    def _partner_changed(self) -> None:
        self.under.clear()
        pid = self._pid = self.partner_id()
        if pid:
            for aid, reference in emergency.signed_pcas(pid):
                self.under.addItem(self.tr("PCA %1 (humanitarian PD under it)")
                                   .replace("%1", reference), aid)
        self.under.addItem(self.tr("A new SSFA (up to %1 USD)").replace(
            "%1", number_text(SSFA_CEILING)), None)
        self.completeChanged.emit()

    def partner_id(self) -> str | None:
        if not self.known.isChecked():
            return None
        index = self.partner.findText(self.partner.currentText(), Qt.MatchFlag.MatchExactly)
        return self.partner.itemData(index) if index > 0 else None

    def agreement_id(self) -> str | None:
        return self.under.currentData() if self.known.isChecked() else None

    def new_partner(self) -> dict | None:
        if self.known.isChecked():
            return None
        return {"legal_name": self.new_name.text().strip()}

    def officers(self) -> list[dict]:
        pid = self.partner_id()
        return list(partners.get(pid).authorised_officers or []) if pid else []

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.partner_id()) if self.known.isChecked() else \
            bool(self.new_name.text().strip())


class TermsPage(QWizardPage):
    """Template, amount, dates and places; the end date follows the template's duration."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("2. Template, amount, dates and places"))
        self.setSubTitle(self.tr("The pre-certified template gives the results, budget split, "
                                 "reporting and risks."))
        self.template = QComboBox(self)
        self.template.setObjectName("template")
        self.template.addItem(self.tr("Choose a pre-certified template"), None)
        for key, title in emergency.templates():
            self.template.addItem(template_text(title), key)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setValidator(QDoubleValidator(0, 1e10, 2, self.amount))
        self.amount.setPlaceholderText(self.tr("UNICEF amount in USD, e.g. 40000"))
        self.start = QLineEdit(dt.date.today().isoformat(), self)
        self.start.setObjectName("start_date")
        self.end = QLineEdit(self)
        self.end.setObjectName("end_date")
        self.end.setPlaceholderText(self.tr("YYYY-MM-DD (from the template)"))
        self.locations = QLineEdit(self)
        self.locations.setObjectName("locations")
        self.locations.setPlaceholderText(self.tr("Places, separated by commas"))
        self.problem = QLabel(self)
        self.problem.setObjectName("terms_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARN)
        self._end_typed = False
        form = QFormLayout(self)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(self.tr("Amount (USD)"), self.amount)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Locations"), self.locations)
        form.addRow(self.problem)
        reflow(form)
        self.template.currentIndexChanged.connect(self._suggest_end)
        self.start.textChanged.connect(self._suggest_end)
        self.end.textEdited.connect(self._end_edited)
        for edit in (self.amount, self.locations, self.end):
            edit.textChanged.connect(lambda _t: self.completeChanged.emit())

    def _end_edited(self, _text: str) -> None:
        self._end_typed = True

    def _suggest_end(self) -> None:
        key, start = self.template.currentData(), _iso(self.start.text())
        if key and start and not self._end_typed:
            days = emergency.template(key).duration_days
            self.end.setText((start + dt.timedelta(days=days)).isoformat())
        self.completeChanged.emit()

    def values(self) -> dict:
        return {"template_key": self.template.currentData(),
                "amount": float(parse_amount(self.amount.text())),
                "start_date": self.start.text().strip(), "end_date": self.end.text().strip(),
                "locations": [p.strip() for p in self.locations.text().split(",") if p.strip()]}

    def _problem(self) -> str:
        values = self.values()
        start, end = _iso(values["start_date"]), _iso(values["end_date"] or values["start_date"])
        if not values["template_key"]:
            return self.tr("Choose a template.")
        if values["amount"] <= 0:
            return self.tr("Enter the UNICEF amount.")
        if start is None or end is None:
            return self.tr("Write dates as YYYY-MM-DD, e.g. 2026-03-31.")
        if end < start:
            return self.tr("The end date is before the start date.")
        if not values["locations"]:
            return self.tr("Name at least one place.")
        wizard = self.wizard()
        if wizard and wizard.partner_page.agreement_id() is None \
                and values["amount"] > SSFA_CEILING:
            return self.tr("An SSFA funds at most %1 USD; lower the amount or use the "
                           "partner's PCA.").replace("%1", number_text(SSFA_CEILING))
        return ""

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        problem = self._problem()
        typed = bool(self.amount.text() or self.locations.text())
        self.problem.setText(problem if typed else "")
        return not problem


class ResultsPage(QWizardPage):
    """The template's results chain, targets scaled to the amount; editable, nothing required."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("3. Results"))
        self.setSubTitle(self.tr("From the template, with targets scaled to the amount. Change "
                                 "a target if you know better; nothing here is required."))
        self.results = ResultsTable(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.results)
        self._key = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        values = self.wizard().terms_page.values()
        key = (values["template_key"], values["amount"])
        if key != self._key:  # keep edits when the user only went back and forth
            self.results.set_outputs(emergency.template_results(*key, texts=template_text))
            self._key = key
