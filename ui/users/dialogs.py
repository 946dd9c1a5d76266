"""The Users page's dialogs: add a user (name, role, PIN typed twice), change a role, give a new
PIN. Each checks the PIN with the models' rule as it is typed and does its write through
models.users; a refusal (last administrator, a name taken, a role that may not manage users) is
one line in the dialog, which stays open with everything typed in it."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QVBoxLayout)

from models import users
from models.errors import DomainError

from ..messages import error_text, text
from ..passphrase import problem_label, secret_field
from .roles import role_label


class UserDialog(QDialog):
    """`mode` "add" (name, role, PIN twice), "role" (the role of `user`) or "pin" (a new PIN for
    `user`, twice). Accepted only once the models took the change; `done_user` is the result."""

    def __init__(self, mode: str, user: users.User | None = None, parent=None):
        super().__init__(parent)
        self.mode, self.user, self.done_user = mode, user, None
        self.setObjectName(f"user_{mode}")
        titles = {"add": self.tr("Add a user"),
                  "role": self.tr("Change the role of %1"),
                  "pin": self.tr("New PIN for %1")}
        self.setWindowTitle(titles[mode].replace("%1", user.name if user else ""))
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("user_name")
        self.role = QComboBox(self)
        self.role.setObjectName("user_role")
        for code in users.rules.ROLES:
            self.role.addItem(role_label(code), code)
        self.pin = secret_field(self, "user_pin")
        self.pin_again = secret_field(self, "user_pin_again")
        for field in (self.pin, self.pin_again):
            field.setMinimumWidth(220)
            field.textChanged.connect(self.check)
        if mode == "add":
            self.role.setCurrentIndex(self.role.findData("editor"))
            form.addRow(self.tr("Name"), self.name)
        if mode in ("add", "role"):
            form.addRow(self.tr("Role"), self.role)
        if mode == "role":
            self.role.setCurrentIndex(self.role.findData(user.role))
        if mode in ("add", "pin"):
            form.addRow(self.tr("PIN or passphrase"), self.pin)
            form.addRow(self.tr("Type it again"), self.pin_again)
        asked = {"add": (self.name, self.role, self.pin, self.pin_again), "role": (self.role,),
                 "pin": (self.pin, self.pin_again)}[mode]
        for widget in {self.name, self.role, self.pin, self.pin_again} - set(asked):
            widget.hide()  # outside the form: it would float over the dialog's corner
        self.error = problem_label(self, "user_error")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("ok")
        box.accepted.connect(self.apply)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.setMinimumWidth(420)
        self.check()

    def check(self) -> bool:
        """Whether the PIN (when this dialog asks one) is acceptable and typed the same twice;
        what is wrong is shown under the fields as it is typed."""
        if self.mode == "role":
            return True
        value, again = self.pin.text(), self.pin_again.text()
        problem = text(users.secret_problem(value)) if value else ""
        if not problem and again and again != value:
            problem = self.tr("The two PINs differ.")
        self.error.setText(problem)
        ready = bool(value) and not problem and again == value
        self.ok.setEnabled(ready)
        return ready

    def apply(self) -> None:
        if not self.check():
            return
        try:
            if self.mode == "add":
                self.done_user = users.add_user(self.name.text(), self.role.currentData(),
                                                self.pin.text())
            elif self.mode == "role":
                self.done_user = users.set_role(self.user.name, self.role.currentData(),
                                                self.user.office)
            else:
                self.done_user = users.set_pin(self.user.name, self.pin.text(), self.user.office)
        except DomainError as exc:  # ValidationError too: the one line, the fields kept
            self.error.setText(error_text(exc))
            return
        self.accept()
