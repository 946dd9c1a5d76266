"""The passphrase in the window, clicked and typed: the start dialog (wrong one: a line, nothing
changes; forgotten: HQ's recovery key), a new passphrase's strength as it is typed, the lock
after the office's idle time with nothing typed lost, and the Security menu."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QToolButton

from models import keystore
from models.db import close_database, resolve
from models.directory import settings
from ui.app import show_main_window
from ui.passphrase import ChangePassphraseDialog, ChoosePassphraseDialog, UnlockDialog
from test_ui_shell import field, forget_edits, go

PASSPHRASE = os.environ["PARTNERDESK_PASSPHRASE"]


def test_a_wrong_passphrase_is_one_line_and_the_right_one_opens(qtbot, db):
    close_database()
    keystore.forget()
    dialog = UnlockDialog(resolve(db))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field, "not the passphrase")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted and keystore.cached(resolve(db)) is None
    assert dialog.problem.text().startswith("Wrong passphrase; nothing was changed")
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == PASSPHRASE
    assert keystore.cached(resolve(db)) is not None


def test_forgotten_the_recovery_key_sets_a_new_passphrase(qtbot, db):
    recovery = settings.get(keystore.RECOVERY_UNSENT)
    close_database()
    keystore.forget(resolve(db))
    dialog = UnlockDialog(resolve(db))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "forgot"), Qt.MouseButton.LeftButton)
    assert dialog.ok.text() == "Set the new passphrase"
    qtbot.keyClicks(dialog.recovery, "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
    qtbot.keyClicks(dialog.new.first, "quiet lantern over the hills 9")
    qtbot.keyClicks(dialog.new.second, "quiet lantern over the hills 9")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "does not open" in dialog.recovery_problem.text()  # another computer's key
    dialog.recovery.clear()
    qtbot.keyClicks(dialog.recovery, recovery.lower())  # as read over the phone
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    keystore.forget(resolve(db))
    keystore.unlock(resolve(db), "quiet lantern over the hills 9")


def test_a_new_passphrase_is_checked_as_it_is_typed(qtbot, tmp_path):
    dialog = ChoosePassphraseDialog(tmp_path / "office.db", "new")
    qtbot.addWidget(dialog)
    strength = dialog.fields.problem
    qtbot.keyClicks(dialog.fields.first, "kenya2025")
    assert "too short" in strength.text() and not dialog.ok.isEnabled()
    dialog.fields.first.clear()
    qtbot.keyClicks(dialog.fields.first, "password1234")
    assert "too easy to guess" in strength.text() and not dialog.ok.isEnabled()
    dialog.fields.first.clear()
    qtbot.keyClicks(dialog.fields.first, "violet heron sleeps at noon")
    qtbot.keyClicks(dialog.fields.second, "violet heron sleeps at nono")
    assert strength.text() == "The two passphrases differ." and not dialog.ok.isEnabled()
    dialog.fields.second.clear()
    qtbot.keyClicks(dialog.fields.second, "violet heron sleeps at noon")
    assert strength.text() == "" and dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.passphrase == "violet heron sleeps at noon"


def test_the_window_locks_when_idle_and_nothing_typed_is_lost(qtbot, db):
    window = show_main_window(db)
    qtbot.addWidget(window, before_close_func=forget_edits)
    lock = window.idle_lock
    area = go(window, qtbot, "Partners")
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    name = field(area, "legal_name")
    qtbot.keyClicks(name, "Turkana Youth Water Tru")  # half typed when the lock falls
    other = ChangePassphraseDialog(resolve(db), window)  # a dialog open at the time
    other.show()
    lock.timer.setInterval(50)  # the office's minutes, shortened
    lock.timer.start()
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    assert lock.screen.geometry() == window.rect() and not other.isVisible()
    assert not window.centralWidget().isEnabled()  # nothing underneath takes a key or a click
    qtbot.keyClicks(lock.screen.field, "wrong guess")
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    assert lock.locked and lock.screen.problem.text().startswith("Wrong passphrase")
    lock.screen.field.clear()
    qtbot.keyClicks(lock.screen.field, PASSPHRASE)
    qtbot.mouseClick(lock.screen.button, Qt.MouseButton.LeftButton)
    assert not lock.locked and other.isVisible() and window.centralWidget().isEnabled()
    assert name.text() == "Turkana Youth Water Tru"
    other.close()
    window.close()


def test_security_menu_locks_now_and_the_idle_time_is_the_offices(qtbot, db):
    settings.set_lock_minutes(25)
    window = show_main_window(db)
    qtbot.addWidget(window)
    assert window.idle_lock.timer.interval() == 25 * 60_000
    button = window.findChild(QToolButton, "security")
    actions = button.menu().actions()
    assert [a.text() for a in actions] == ["Lock now", "Change the passphrase…", "Lock after…"]
    actions[0].trigger()
    assert window.idle_lock.locked
    window.close()


def test_the_demo_has_no_passphrase_and_does_not_lock(qtbot, demo_db):
    window = show_main_window(demo_db)
    qtbot.addWidget(window)
    assert getattr(window, "idle_lock", None) is None
    assert window.findChild(QToolButton, "security") is None
    window.close()
