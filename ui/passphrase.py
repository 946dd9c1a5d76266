"""The passphrase in the window: asked at start (with a way back through HQ's recovery key), chosen
for a new or an upgraded database (strength checked as it is typed), changed from the window.

`dialog_source(parent)` is the window's passphrase source (models/keystore.py): each dialog
checks what is typed itself (a wrong passphrase is one line under the field; nothing changes)
and returns only a passphrase that opens the database, or None when the person cancels.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QStackedWidget, QVBoxLayout, QWidget)

from models import keystore
from models.crypto import WrongPassphrase
from models.errors import DomainError
from reports import palette

from .messages import error_text, text


def secret_field(parent, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(300)
    return field


def wrong_text(widget, exc: DomainError) -> str:
    """A wrong passphrase in a dialog: one short line (the file is the one the dialog names)."""
    if isinstance(exc, WrongPassphrase) and \
            getattr(exc.message, "template", "").startswith("Wrong passphrase"):
        return QCoreApplication.translate("UnlockDialog", "Wrong passphrase; nothing was changed. "
                                          "Type it again (capital letters count).")
    return error_text(exc)


def problem_label(parent, name: str = "problem") -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {palette.ERROR};")
    return label


class NewPassphrase(QWidget):
    """A new passphrase typed twice, its strength said as it is typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first = secret_field(self, "new_passphrase")
        self.second = secret_field(self, "confirm_passphrase")
        self.problem = problem_label(self, "strength")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Type it again"), self.second)
        form.addRow(self.problem)
        self.first.textChanged.connect(self.check)
        self.second.textChanged.connect(self.check)

    def check(self) -> str | None:
        """The passphrase when it is strong enough and typed the same twice, else None (and
        what is wrong is shown)."""
        value = self.first.text()
        problem = keystore.strength_problem(value) if value else None
        if problem is None and value and self.second.text() and self.second.text() != value:
            problem = self.tr("The two passphrases differ.")
        self.problem.setText(text(problem) if problem else "")
        ready = bool(value) and problem is None and self.second.text() == value
        return value if ready else None


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(dialog)
    ok = box.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName("ok")
    ok.setDefault(True)
    box.addButton(QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


class ChoosePassphraseDialog(QDialog):
    """A passphrase for a new database (`purpose` "new") or one being encrypted ("convert")."""

    def __init__(self, path: Path, purpose: str = "new", parent=None):
        super().__init__(parent)
        self.setObjectName("choose_passphrase")
        self.setWindowTitle(self.tr("Protect PartnerDesk's data"))
        self.passphrase: str | None = None
        intro = QLabel(self.tr(
            "<b>Choose a passphrase</b><p>Partners' bank details, officers' e-mails and "
            "agreements on this computer are encrypted with it: a lost or stolen laptop gives "
            "nothing away. It is asked whenever PartnerDesk starts.</p>") if purpose == "new"
            else self.tr(
            "<b>PartnerDesk now encrypts its data</b><p>Choose a passphrase: %1 is encrypted "
            "with it now (a copy is kept until that is done, then removed). It is asked "
            "whenever PartnerDesk starts.</p>").replace("%1", path.name), self)
        intro.setWordWrap(True)
        hint = QLabel(self.tr(
            "Use at least %1 characters: a few unusual words are easy to remember and hard to "
            "guess. If it is forgotten, headquarters can help once this computer has synced."
        ).replace("%1", str(keystore.MIN_LENGTH)), self)
        hint.setWordWrap(True)
        self.fields = NewPassphrase(self)
        buttons, self.ok = _buttons(self, self.tr("Encrypt"))
        self.fields.first.textChanged.connect(self._update)
        self.fields.second.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(hint)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._update()
        self.resize(520, 330)

    def _update(self) -> None:
        self.ok.setEnabled(self.fields.check() is not None)

    def accept(self) -> None:
        self.passphrase = self.fields.check()
        if self.passphrase is not None:
            super().accept()


class UnlockDialog(QDialog):
    """The passphrase at start; "Forgot the passphrase?" sets a new one with the recovery key
    that headquarters keeps for this computer."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = path
        self.setObjectName("unlock")
        self.setWindowTitle(self.tr("PartnerDesk"))
        self.passphrase: str | None = None
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(self._recovery_page())
        buttons, self.ok = _buttons(self, self.tr("Open"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def _unlock_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("<b>%1 is encrypted.</b><p>Type the passphrase to open it.</p>")
                       .replace("%1", self.path.name), page)
        intro.setWordWrap(True)
        self.field = secret_field(page, "passphrase")
        self.problem = problem_label(page)
        forgot = QPushButton(self.tr("Forgot the passphrase?"), page)
        forgot.setObjectName("forgot")
        forgot.setFlat(True)
        forgot.clicked.connect(lambda: self._show_recovery())
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(forgot, 0, Qt.AlignmentFlag.AlignLeading)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "Ask headquarters for the recovery key of this computer (they check who you are "
            "first), type it here and choose a new passphrase. The recovery key then changes."),
            page)
        intro.setWordWrap(True)
        self.recovery = QLineEdit(page)
        self.recovery.setObjectName("recovery_key")
        self.recovery.setPlaceholderText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789")
        self.new = NewPassphrase(page)
        self.recovery_problem = problem_label(page, "recovery_problem")
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.recovery)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.recovery_problem)
        layout.addStretch(1)
        return page

    def _show_recovery(self) -> None:
        self.pages.setCurrentIndex(1)
        self.ok.setText(self.tr("Set the new passphrase"))
        self.recovery.setFocus()

    def accept(self) -> None:
        if self.pages.currentIndex() == 0:
            try:
                keystore.unlock(self.path, self.field.text())
            except DomainError as exc:
                self.problem.setText(wrong_text(self, exc))
                self.field.selectAll()
                self.field.setFocus()
                return
            self.passphrase = self.field.text()
        else:
            new = self.new.check()
            if new is None:
                self.new.first.setFocus()
                return
            try:
                keystore.recover(self.path, self.recovery.text(), new)
            except DomainError as exc:
                self.recovery_problem.setText(error_text(exc))
                return
            self.passphrase = new
        super().accept()


class ChangePassphraseDialog(QDialog):
    """The current passphrase, then a new one (only the key file changes)."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.path = path
        self.setObjectName("change_passphrase")
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.current = secret_field(self, "current_passphrase")
        self.fields = NewPassphrase(self)
        self.problem = problem_label(self)
        note = QLabel(self.tr("Backups made before keep the passphrase they were made with."),
                      self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.current)
        buttons, self.ok = _buttons(self, self.tr("Change"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.problem)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def accept(self) -> None:
        new = self.fields.check()
        if new is None:
            self.fields.first.setFocus()
            return
        try:
            keystore.change_passphrase(self.path, self.current.text(), new)
        except DomainError as exc:
            self.problem.setText(wrong_text(self, exc))
            self.current.setFocus()
            return
        super().accept()


def dialog_source(parent=None):
    """The window's passphrase source: a dialog per request (see the module docstring)."""
    def source(request: keystore.Request) -> str | None:
        if request.purpose == "unlock":
            dialog = UnlockDialog(request.path, parent)
        else:
            dialog = ChoosePassphraseDialog(request.path, request.purpose, parent)
        return dialog.passphrase if dialog.exec() else None
    return source
