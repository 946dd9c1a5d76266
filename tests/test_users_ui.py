"""People and roles in the window: the sign-in dialog (wrong PIN refused in place, right PIN
signs in), who is signed in on the status bar, and a status action the role does not allow
disabled with the models' reason as its tooltip."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import agreements, users
from models.base import current_user
from support.agreements_ui_fixtures import make_pd
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.users import SignInDialog, sign_in_at_start

pytest_plugins = ["support.agreements_ui_fixtures"]  # the agreement_db and area fixtures
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def team(agreement_db):
    users.add_user("Test User", "admin", "4711")  # the laptop's user, first: administrator
    users.add_user("Eve Editor", "editor", "6933")
    users.add_user("Abel Approver", "approver", "5822")
    return agreement_db


def test_sign_in_dialog_refuses_a_wrong_pin_in_place_and_signs_in_with_the_right_one(qtbot, team):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.names.currentData() == "Test User"  # the laptop's own user first
    dialog.names.setCurrentIndex(dialog.names.findData("Eve Editor"))
    assert "Editor" in dialog.names.currentText()
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Wrong PIN for Eve Editor" in dialog.error.text() and dialog.pin.text() == ""
    assert current_user() == "Test User"
    qtbot.keyClicks(dialog.pin, "6933")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.user.name == "Eve Editor"
    assert current_user() == "Eve Editor"


def test_no_sign_in_asked_while_the_office_has_one_user_or_none(agreement_db):
    assert sign_in_at_start() == (True, None)
    users.add_user("Test User", "admin", "4711")
    assert sign_in_at_start() == (True, None)


def test_the_demo_opens_as_its_administrator_without_asking(demo_db):
    assert len(users.users()) == 4 and sign_in_at_start() == (True, None)
    assert users.acting().role == "admin"


def test_sign_in_is_asked_at_start_when_the_office_has_several_users(qtbot, team):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        dialog.names.setCurrentIndex(dialog.names.findData("Abel Approver"))
        dialog.pin.setText("5822")
        dialog.try_sign_in()
    QTimer.singleShot(50, answer)
    assert sign_in_at_start() == (True, "Abel Approver")


def test_status_bar_says_who_is_signed_in(qtbot, team):
    users.sign_in("Eve Editor", "6933")
    window = MainWindow(AppContext(team["path"]))
    qtbot.addWidget(window)
    assert window.user_label.text() == "Eve Editor (Editor)"
    assert window.user_label.toolTip() == "Signed in: Eve Editor (Editor)"
    users.sign_in("Test User", "4711")
    window.refresh_status()
    assert window.user_label.toolTip() == "Signed in: Test User (Office administrator)"
    window.ctx.workers.wait(20_000)


def _pd_at_signature(team):
    pd = make_pd(team["pca"])
    for action in ("review", "signature"):
        agreements.transition(pd, action)
    return pd


def test_signing_is_disabled_for_an_editor_with_the_reason_and_enabled_for_an_approver(
        qtbot, team, area):
    pd = _pd_at_signature(team)
    users.sign_in("Eve Editor", "6933")
    area.show_pd(pd.id)
    sign_button = area.pd.actions.buttons["signed"]
    assert not sign_button.isEnabled()
    assert "Eve Editor (role: Editor) may not sign or approve in office KEN" in \
        sign_button.toolTip()
    assert area.pd.actions.buttons["review"].isEnabled()  # sending back is an edit
    users.sign_in("Abel Approver", "5822")
    area.show_pd(pd.id)
    signed = area.pd.actions.buttons["signed"]  # the approver is told what signing still needs
    assert signed.toolTip().startswith("Signing needs the partner's signatory")


def test_submitting_the_assessment_is_disabled_for_an_editor_with_the_reason(qtbot, team):
    from models import assessment
    from support.assessment_helpers import known_office
    from ui.assessment.view import AssessmentView
    known_office()
    users.sign_in("Eve Editor", "6933")
    a = assessment.start("KEN", 2026)
    view = AssessmentView(AppContext(team["path"]))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    view.summary.show_overview(assessment.overview_by_id(a.id))
    button = view.summary.submit_button
    assert not button.isEnabled()
    assert "Eve Editor (role: Editor) may not sign or approve in office KEN" in button.toolTip()
    users.sign_in("Abel Approver", "5822")
    view.summary.show_overview(assessment.overview_by_id(a.id))
    assert button.isEnabled() and button.toolTip() == ""


def test_a_viewer_may_type_in_a_partner_form_but_not_save_it_and_is_told_why(qtbot, demo_db):
    from tests.test_ui_shell import field, go, make_window
    users.sign_in("Grace Wanjiru", "2580")
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partners")
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(area, "legal_name"), "Viewer's Trust")
    assert area.editor.is_dirty() and not area.editor.save_button.isEnabled()
    assert "Grace Wanjiru (role: Viewer) may not change the records of office KEN" in \
        area.editor.save_button.toolTip()
    assert window.user_label.text() == "Grace Wanjiru (Viewer)"
    users.sign_in("Brian Otieno", "2580")
    qtbot.keyClicks(field(area, "short_name"), "VT")
    assert area.editor.save_button.isEnabled() and area.editor.save_button.toolTip() == ""
