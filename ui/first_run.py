"""First run: set up this office, or explore PartnerDesk with demo data."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout)

from models.directory import settings, vocab

from .widgets import Field, FormWidget, vocab_choices


class FirstRunDialog(QDialog):
    """Result: `choice` is "office" (the office was created) or "demo" (load demo data)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to PartnerDesk"))
        self.choice = ""
        intro = QLabel(self.tr(
            "<h2>Welcome to PartnerDesk</h2><p>Everything you enter is kept on this computer and "
            "works without a connection; it is sent to headquarters when you sync.</p>"
            "<p>Set up your office to start, or explore with demo data first.</p>"), self)
        intro.setWordWrap(True)
        self.form = FormWidget([
            Field("code", self.tr("Office code"), required=True, placeholder="KEN"),
            Field("name", self.tr("Office name"), required=True,
                  placeholder=self.tr("Kenya Country Office")),
            Field("country", self.tr("Country (ISO3)"), required=True, placeholder="KEN"),
            Field("region", self.tr("Region"), "choice", lambda: vocab_choices(vocab.REGIONS),
                  optional_choice=True),
            Field("user_name", self.tr("Your name")),
        ], self)
        self.form.edited.connect(self._validate)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("Set up my office"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create_office")
        self.demo_button = QPushButton(self.tr("Explore with demo data"), self)
        self.demo_button.setObjectName("demo")
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.clicked.connect(self._create)
        self.demo_button.clicked.connect(self._demo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _validate(self) -> dict:
        errors = settings.validate_office(self.form.data())
        shown = {k: v for k, v in errors.items() if self.form.value(k)}
        self.form.show_errors(shown)
        return errors

    def _create(self) -> None:
        errors = self._validate()
        if errors:
            self.form.show_errors(errors)
            self.form.focus_first_error(errors)
            return
        data = self.form.data()
        settings.setup_office(data, user_name=data.get("user_name") or "")
        self.choice = "office"
        self.accept()

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()
