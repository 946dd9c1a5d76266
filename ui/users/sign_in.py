"""Signing in at start when the office has several users: choose your name, type your PIN."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QVBoxLayout)

from models import demo, users
from models.base import current_user
from models.directory import settings
from models.errors import DomainError
from reports import palette

from ..messages import error_text
from .roles import role_label


class SignInDialog(QDialog):
    """Result: `user` (models.users.User) once the PIN matched; the PIN field is emptied after a
    wrong try, the name stays chosen."""

    def __init__(self, parent=None, switching: bool = False):
        super().__init__(parent)
        self.setObjectName("sign_in")
        self.setWindowTitle(self.tr("Switch user") if switching
                            else self.tr("Sign in to PartnerDesk"))
        self.user = None
        self.people = users.users()
        intro = QLabel(self.tr("Several people use PartnerDesk on this computer. Choose your name "
                               "and type your PIN: what you change is signed with your name."),
                       self)
        intro.setWordWrap(True)
        self.names = QComboBox(self)
        self.names.setObjectName("sign_in_name")
        for person in self.people:
            self.names.addItem(f"{person.name} — {role_label(person.role)}", person.name)
        mine = self.names.findData(settings.get("user_name") or "")
        if switching:  # the person taking over is someone else than who is signed in
            me = current_user()
            mine = next((i for i, p in enumerate(self.people) if p.name != me), mine)
        self.names.setCurrentIndex(max(mine, 0))
        self.pin = QLineEdit(self)
        self.pin.setObjectName("sign_in_pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("sign_in_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {palette.ERROR};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.names)
        form.addRow(self.tr("PIN or passphrase"), self.pin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.names.currentIndexChanged.connect(lambda _i: self.error.hide())
        self.pin.setFocus()
        self.resize(440, 220)

    def try_sign_in(self) -> None:
        try:
            self.user = users.sign_in(self.names.currentData(), self.pin.text())
        except DomainError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.pin.clear()
            self.pin.setFocus()
            return
        self.accept()


def sign_in_at_start(parent=None) -> tuple[bool, str | None]:
    """(go on, the name signed in) at start: the dialog when the office has several users, else
    the laptop's own user as before. The demo opens as its administrator without asking (it is
    explored by one person; its other users are tried from the command line, README)."""
    if demo.is_demo() or len(users.users() if settings.home_office() else []) < 2:
        return True, None
    dialog = SignInDialog(parent)
    if not dialog.exec():
        return False, None
    return True, dialog.user.name


def switch_user(window) -> bool:
    """Another person takes over the laptop without restarting: the window's unsaved edits are
    asked about first (as when leaving an area), then the other user's PIN; True once switched.
    What is saved from then on is signed with the new name."""
    leave = getattr(window, "_leave_current", None)
    if leave is not None and not leave():
        return False
    dialog = SignInDialog(window, switching=True)
    if not dialog.exec():
        return False
    ctx = getattr(window, "ctx", None)
    if ctx is not None:  # role-dependent buttons and the status bar say who acts now
        ctx.changed("")
    return True
