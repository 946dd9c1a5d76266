"""The Users page and switching user in the window: an administrator adds, re-roles, gives a new
PIN to and removes a user (checked through models afterwards); a viewer sees the list with the
buttons off and the models' reason; the last administrator stays; switching user asks about
unsaved edits first and changes who the next save is signed with."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models import users
from models.base import current_user
from support.raw import raw_connect
from tests.test_ui_shell import field, go, make_window
from ui.users import SignInDialog
from ui.users.dialogs import UserDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def answer(qtbot, act) -> list:
    """Run `act(dialog)` on the next modal dialog (the page's exec() waits for it); returns the
    list the dialog is put in, to look at afterwards."""
    seen = []

    def later():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        act(dialog)
    QTimer.singleShot(50, later)
    return seen


def rows(page) -> list[tuple[str, str]]:
    return [(page.table.item(r, 0).text(), page.table.item(r, 1).text())
            for r in range(page.table.rowCount())]


def test_an_administrator_adds_a_user_changes_the_role_gives_a_pin_and_removes_it(
        qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    page = go(window, qtbot, "Users")
    assert ("Demo User", "Office administrator") in rows(page) and page.add_button.isEnabled()

    def fill(dialog):
        assert isinstance(dialog, UserDialog) and not dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.name, "Fatuma Hassan")
        dialog.role.setCurrentIndex(dialog.role.findData("approver"))
        qtbot.keyClicks(dialog.pin, "3141")
        qtbot.keyClicks(dialog.pin_again, "3142")
        assert "differ" in dialog.error.text() and not dialog.ok.isEnabled()
        dialog.pin_again.setText("3141")
        assert dialog.ok.isEnabled()
        dialog.ok.click()
    seen = answer(qtbot, fill)
    page.add_button.click()
    assert seen and not seen[0].isVisible()
    fatuma = users.find("Fatuma Hassan")
    assert fatuma.role == "approver" and fatuma.has_pin
    assert users.verify("Fatuma Hassan", "3141").name == "Fatuma Hassan"
    assert ("Fatuma Hassan", "Approver") in rows(page)
    assert page.selected().name == "Fatuma Hassan"

    def viewer(dialog):
        dialog.role.setCurrentIndex(dialog.role.findData("viewer"))
        dialog.ok.click()
    answer(qtbot, viewer)
    page.role_button.click()
    assert users.find("Fatuma Hassan").role == "viewer" and ("Fatuma Hassan", "Viewer") in rows(page)

    def new_pin(dialog):
        dialog.pin.setText("2718")
        dialog.pin_again.setText("2718")
        dialog.ok.click()
    answer(qtbot, new_pin)
    page.pin_button.click()
    assert users.verify("Fatuma Hassan", "2718")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        page.remove_button.click()
    assert users.find("Fatuma Hassan") is None
    assert "Fatuma Hassan" not in [name for name, _ in rows(page)]
    window.ctx.workers.wait(20_000)


def test_a_refused_add_keeps_what_was_typed(qtbot, demo_db):
    dialog = UserDialog("add")
    qtbot.addWidget(dialog)
    dialog.name.setText("Brian Otieno")  # already a user, with a PIN
    dialog.pin.setText("9753")
    dialog.pin_again.setText("9753")
    dialog.ok.click()
    assert dialog.result() == 0 and "already a user of office KEN" in dialog.error.text()
    assert (dialog.name.text(), dialog.pin.text()) == ("Brian Otieno", "9753")
    assert len(users.users()) == 4


def test_a_viewer_sees_the_list_with_the_buttons_off_and_the_reason(qtbot, demo_db):
    users.sign_in("Grace Wanjiru", "2580")
    window = make_window(qtbot, demo_db)
    page = go(window, qtbot, "Users")
    page.select("Brian Otieno")
    assert len(rows(page)) == 4
    reason = "Grace Wanjiru (role: Viewer) may not manage the users of office KEN"
    for button in (page.add_button, page.role_button, page.pin_button, page.remove_button):
        assert not button.isEnabled() and reason in button.toolTip()
    page.change_role()  # a double click on a row does nothing either
    assert QApplication.activeModalWidget() is None
    with pytest.raises(Exception, match="may not manage the users"):
        users.set_pin("Brian Otieno", "9753")  # the models refuse it anyway


def test_the_last_administrator_is_not_removed_nor_made_editor(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    page = go(window, qtbot, "Users")
    before = rows(page)
    page.select("Demo User")
    assert page.remove(page.selected()) is False
    assert page.message.isVisible()
    assert "Demo User is the last office administrator of KEN" in page.message.text()
    assert rows(page) == before and users.find("Demo User").role == "admin"
    dialog = UserDialog("role", page.selected(), page)
    qtbot.addWidget(dialog)
    dialog.show()  # only the role is asked: no stray name or PIN field over the corner
    assert dialog.role.isVisible() and not dialog.name.isVisible() and not dialog.pin.isVisible()
    dialog.role.setCurrentIndex(dialog.role.findData("editor"))
    dialog.ok.click()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert "last office administrator" in dialog.error.text()
    assert dialog.role.currentData() == "editor"  # the choice stays, to change it back
    assert users.find("Demo User").role == "admin"


def _partner_author(path, name: str) -> str:
    con = raw_connect(path)
    row = con.execute("SELECT updated_by FROM partner WHERE legal_name = ?", (name,)).fetchone()
    con.close()
    return row[0]


def test_switch_user_asks_about_unsaved_edits_and_signs_the_next_save(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partners")
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(area, "legal_name"), "Switch Trust")
    asked = []
    with pytest.MonkeyPatch.context() as patch:  # "stay with my changes": no switch
        patch.setattr(QMessageBox, "question",
                      lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
        window.user_label.menu().actions()[0].trigger()
    assert asked and current_user() == "Demo User"
    assert field(area, "legal_name").text() == "Switch Trust"
    qtbot.mouseClick(area.editor.save_button, Qt.MouseButton.LeftButton)
    assert _partner_author(demo_db, "Switch Trust") == "Demo User"

    def brian(dialog):
        assert isinstance(dialog, SignInDialog) and dialog.names.currentData() != "Demo User"
        dialog.names.setCurrentIndex(dialog.names.findData("Brian Otieno"))
        dialog.pin.setText("2580")
        dialog.try_sign_in()
    answer(qtbot, brian)
    window.user_label.menu().actions()[0].trigger()
    assert current_user() == "Brian Otieno"
    assert window.user_label.text() == "Brian Otieno (Editor)"
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(area, "legal_name"), "Otieno Borehole Cooperative")
    qtbot.mouseClick(area.editor.save_button, Qt.MouseButton.LeftButton)
    assert _partner_author(demo_db, "Otieno Borehole Cooperative") == "Brian Otieno"
    window.ctx.workers.wait(20_000)
