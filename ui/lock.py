"""The window locks after the idle time the office chose (settings.lock_minutes): a screen over
everything asks the passphrase again. Nothing typed is lost: the forms stay as they were under
it, and dialogs open at the time are hidden and come back. Background work (a sync, the daily
backup) goes on. The demo, which is not encrypted, has no passphrase and does not lock.

The status bar's "Security" button locks at once, changes the passphrase and sets the idle time.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtWidgets import (QApplication, QDialog, QFrame, QHBoxLayout, QInputDialog, QLabel,
                               QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget)

from models import keystore
from models.directory import settings
from models.errors import DomainError

from .passphrase import ChangePassphraseDialog, problem_label, secret_field, wrong_text

ACTIVITY = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
            QEvent.Type.Wheel, QEvent.Type.TouchBegin)


class LockScreen(QFrame):
    """Covers the whole window; its only way through is the passphrase."""

    def __init__(self, window: QWidget, path: Path, on_unlock):
        super().__init__(window)
        self.path, self.on_unlock = path, on_unlock
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lock_screen { background: palette(window); }")
        title = QLabel(self.tr("<h2>PartnerDesk is locked</h2>"), self)
        note = QLabel(self.tr("It was not used for a while. Type the passphrase to go on; "
                              "nothing you were typing is lost."), self)
        note.setWordWrap(True)
        self.field = secret_field(self, "lock_passphrase")
        self.problem = problem_label(self)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlock")
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        self.field.returnPressed.connect(self.try_unlock)
        box = QWidget(self)
        box.setFixedWidth(460)  # wrapped labels get their height for this width
        inner = QVBoxLayout(box)
        for widget in (title, note, self.field, self.problem):
            inner.addWidget(widget)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTrailing)
        row = QHBoxLayout()  # stretches beside it, not an alignment: wrapped labels keep height
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.focused: QWidget | None = None
        window.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
        return False

    def _underneath(self) -> list[QWidget]:
        window = self.parent()
        return [w for w in (window.centralWidget(), window.statusBar()) if w is not None]

    def cover(self) -> None:
        self.focused = QApplication.focusWidget()
        for widget in self._underneath():  # no click, key or shortcut reaches them (their
            widget.setEnabled(False)       # contents stay as they are)
        self.setGeometry(self.parent().rect())
        self.problem.clear()
        self.field.clear()
        self.show()
        self.raise_()
        self.field.setFocus()

    def try_unlock(self) -> None:
        try:
            keystore.unlock(self.path, self.field.text())
        except DomainError as exc:
            self.problem.setText(wrong_text(self, exc))
            self.field.selectAll()
            return
        self.field.clear()
        self.hide()
        for widget in self._underneath():
            widget.setEnabled(True)
        if self.focused is not None:
            self.focused.setFocus()
        self.on_unlock()


class IdleLock(QObject):
    """Watches the application's input; locks `window` after the office's idle time."""

    def __init__(self, window: QWidget, path: Path, minutes: int | None = None):
        super().__init__(window)
        self.window, self.path = window, path
        self.screen = LockScreen(window, path, self._unlocked)
        self.hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes if minutes is not None else settings.lock_minutes())
        QApplication.instance().installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self.screen.isVisible()

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in ACTIVITY and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.hidden = [w for w in QApplication.topLevelWidgets()
                       if w is not self.window and w.isVisible() and isinstance(w, QDialog)]
        for widget in self.hidden:
            widget.hide()
        self.screen.cover()

    def _unlocked(self) -> None:
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        self.timer.start()


def security_button(window, path: Path, idle: IdleLock) -> QToolButton:
    """The status bar's button: lock now, change the passphrase, choose the idle time."""
    button = QToolButton(window)
    button.setObjectName("security")
    button.setText(QApplication.translate("Security", "Security"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    menu.addAction(QApplication.translate("Security", "Lock now"), idle.lock)
    menu.addAction(QApplication.translate("Security", "Change the passphrase…"),
                   lambda: ChangePassphraseDialog(path, window).exec())
    menu.addAction(QApplication.translate("Security", "Lock after…"),
                   lambda: choose_lock_minutes(window, idle))
    button.setMenu(menu)
    return button


def choose_lock_minutes(window, idle: IdleLock) -> None:
    low, high = settings.LOCK_RANGE
    minutes, ok = QInputDialog.getInt(
        window, QApplication.translate("Security", "Lock after"),
        QApplication.translate("Security", "Minutes without use before PartnerDesk locks:"),
        settings.lock_minutes(), low, high)
    if ok:
        settings.set_lock_minutes(minutes)
        idle.set_minutes(minutes)
