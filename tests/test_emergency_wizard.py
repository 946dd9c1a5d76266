"""The emergency fast track, driven from the open application to the printed PDF.

A `User` types, picks and ticks through the wizard as a person would, and counts what it had to
fill and the screens it saw: the target is 12 fields or fewer on 4 screens or fewer.
"""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWizard

from models import agreements
from models.agreements import emergency
from ui.context import AppContext
from ui.main_window import MainWindow

pytest_plugins = ["support.agreements_ui_fixtures"]
# the offscreen platform cannot raise windows or grab the keyboard (completer pop-ups)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MAX_FIELDS, MAX_SCREENS = 12, 4


class User:
    """Drives widgets with qtbot and remembers every input it had to fill."""

    def __init__(self, qtbot, wizard):
        self.qtbot, self.wizard = qtbot, wizard
        self.filled: list[str] = []  # inputs, in the order filled (a corrected one counts once)
        self.screens = {wizard.currentId()}

    def _count(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.objectName()
        if widget.objectName() not in self.filled:
            self.filled.append(widget.objectName())

    def type(self, widget, text: str, *, clear: bool = False) -> None:
        self._count(widget)
        target = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
        if clear:
            target.selectAll()
            self.qtbot.keyClick(target, Qt.Key.Key_Delete)
        self.qtbot.keyClicks(target, text)

    def choose(self, combo, text: str) -> None:
        """Step through a drop-down list with the arrow key to the entry starting with `text`."""
        self._count(combo)
        combo.setFocus()
        for _ in range(combo.count()):
            if combo.currentText().startswith(text):
                break
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText().startswith(text), combo.currentText()

    def click(self, button) -> None:
        self._count(button)
        if isinstance(button, QCheckBox):  # click the box itself, not the empty row beside it
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                                  pos=QPoint(8, button.height() // 2))
        else:
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def next(self) -> None:
        button = self.wizard.button(QWizard.WizardButton.NextButton)
        assert button.isEnabled(), "Next is disabled: the screen is not complete"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.screens.add(self.wizard.currentId())


@pytest.fixture
def window(qtbot, agreement_db):
    ctx = AppContext(agreement_db["path"])
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win, ctx
    ctx.workers.wait(20_000)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def sign_and_print(qtbot, user: User) -> str:
    page = user.wizard.sign_page
    assert page.sign_button.isEnabled()
    with qtbot.waitSignal(page.print_bar.printed, timeout=30_000) as printed:
        qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)  # a button, not a field
    finish = user.wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    return printed.args[0]


def test_known_partner_under_its_pca(qtbot, window, agreement_db):
    win, ctx = window
    area = win.show_area("emergency")
    wizard = area.wizard
    assert len(wizard.pageIds()) <= MAX_SCREENS
    user = User(qtbot, wizard)

    user.type(wizard.partner_page.partner, "Community Health Alliance (CHA)")
    assert wizard.partner_page.agreement_id() == agreement_db["pca"].id  # its PCA, chosen for us
    user.next()

    terms = wizard.terms_page
    user.choose(terms.template, "Emergency water")
    user.type(terms.amount, "40000")
    user.type(terms.locations, "Turkana, Garissa")
    assert terms.end.text()  # the template's duration gave the end date
    user.next()

    assert wizard.results_page.results.table.rowCount() == 3  # results came from the template
    user.next()

    sign = wizard.sign_page
    assert sign.partner_signatory.currentText() == "Grace Mwangi"  # the authorised officer
    assert sign.partner_title.text() == "Executive Director"
    # UNICEF signs through an officer the office authorised, never the laptop's user
    assert [sign.unicef_signatory.itemText(i) for i in range(sign.unicef_signatory.count())] \
        == ["Amina Otieno"] and "Test User" not in sign.unicef_signatory.currentText()
    assert sign.unicef_title.text() == "Representative"
    assert not sign.sign_button.isEnabled()  # each signatory consents first
    user.click(sign.partner_consent)
    assert "Grace Mwangi" in sign.partner_consent.text()
    assert not sign.sign_button.isEnabled()  # one consent is not both
    user.click(sign.unicef_consent)
    assert "Amina Otieno" in sign.unicef_consent.text()
    path = sign_and_print(qtbot, user)

    assert len(user.filled) <= MAX_FIELDS and len(user.screens) <= MAX_SCREENS
    print(f"known partner: {len(user.filled)} fields {user.filled}, {len(user.screens)} screens")
    pd = agreements.get_pd(area.last_pd)
    assert pd.status == "active" and pd.pd_type == "humanitarian" and pd.is_emergency
    assert pd.agreement_id == agreement_db["pca"].id
    text = pdf_text(path)
    assert pd.reference in text
    assert "Community Health Alliance" in text
    assert "40,000.00" in text
    assert "Grace Mwangi" in text and "Turkana" in text
    evidence = agreements.evidence.evidence_of(pd)
    assert {e.party for e in evidence} == {"unicef", "partner"}
    flat = " ".join(text.split())
    assert "Signed electronically by Amina Otieno" in flat  # the evidence, on paper
    assert f"SHA-256 of the text signed: {pd.text_sha256}" in flat
    assert all(e.text_sha256 == pd.text_sha256 for e in evidence)
    assert "DRAFT" not in flat
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert area.wizard is not wizard  # a fresh wizard waits for the next emergency
    assert area.deferred.count() >= 1  # the signed original is due later: it is listed
    qtbot.mouseClick(area.open_pd, Qt.MouseButton.LeftButton)
    agreements_area = win.widgets["agreements"]
    assert win.stack.currentWidget() is agreements_area  # the window moved to Agreements
    assert agreements_area.pd.record.id == pd.id and agreements_area.pd.isVisible()


def test_new_partner_with_high_risk_assumed_gets_an_ssfa(qtbot, window):
    win, ctx = window
    area = win.show_area("emergency")
    wizard = area.wizard
    user = User(qtbot, wizard)
    user.type(wizard.partner_page.new_name, "Turkana Relief Volunteers")
    assert wizard.partner_page.new.isChecked()  # typing a new name chose "new partner"
    assert wizard.partner_page.risk_note.isVisible()
    user.next()
    terms = wizard.terms_page
    user.choose(terms.template, "Emergency nutrition")
    user.type(terms.amount, "60000")
    user.type(terms.locations, "Lodwar")
    assert "at most 50,000" in terms.problem.text()  # an SSFA's ceiling, said before Next
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    user.type(terms.amount, "30000", clear=True)
    user.next()
    user.next()
    sign = wizard.sign_page
    user.type(sign.partner_signatory, "Peter Ekai")
    user.type(sign.partner_title, "Coordinator")
    user.click(sign.partner_consent)
    user.click(sign.unicef_consent)
    path = sign_and_print(qtbot, user)

    assert len(user.filled) <= MAX_FIELDS and len(user.screens) <= MAX_SCREENS
    print(f"new partner: {len(user.filled)} fields {user.filled}, {len(user.screens)} screens")
    pd = agreements.get_pd(area.last_pd)
    agreement = agreements.get_agreement(pd.agreement_id)
    assert agreement.agreement_type == "ssfa" and agreement.status == "signed"
    assert agreement.partner.risk_assessment_type == "high_risk_assumed"
    kinds = {item.kind for item in emergency.deferred_items(pd)}
    assert {"full_assessment", "due_diligence", "signed_original"} <= kinds
    text = pdf_text(path)
    assert "Turkana Relief Volunteers" in text and "30,000.00" in text and "Lodwar" in text
