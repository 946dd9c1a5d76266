"""First run: join my office with an enrollment code from HQ (a new or replacement laptop), set up
a new office, or explore PartnerDesk with demo data (kept in a file of its own)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from models import sync_state
from models.directory import settings, vocab
from models.errors import DomainError
from reports import palette

from .messages import error_text
from .sync_state import sync_runner as shared
from .widgets import Field, FormWidget, vocab_choices


class FirstRunDialog(QDialog):
    """Result: `choice` is "join" (enrolled; the office's data is arriving), "office" (a new
    office was created) or "demo" (open the demo file instead)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = shared(ctx)
        self.setWindowTitle(self.tr("Welcome to PartnerDesk"))
        self.choice = ""
        intro = QLabel(self.tr(
            "<h2>Welcome to PartnerDesk</h2><p>Everything is kept on this computer and works "
            "without a connection; changes go to headquarters when you sync.</p>"), self)
        intro.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("first_run_tabs")
        self.tabs.addTab(self._join_page(), self.tr("Join my office"))
        self.tabs.addTab(self._office_page(), self.tr("Set up a new office"))
        buttons = QDialogButtonBox(self)
        self.demo_button = QPushButton(self.tr("Explore with demo data"), self)
        self.demo_button.setObjectName("demo")
        self.demo_button.setToolTip(self.tr("Made-up records in a file of their own, apart from "
                                            "your office's data"))
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.demo_button.clicked.connect(self._demo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.runner.progress.connect(self._arriving)
        self.runner.done.connect(lambda _result: self._arriving(1, 1, ""))
        self.runner.failed.connect(self._join_failed)
        self.resize(560, 470)

    # join -----------------------------------------------------------------------------------
    def _join_page(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(self.tr(
            "Your office already works with PartnerDesk: ask headquarters for an enrollment code "
            "for this computer. Your office's partners, partnerships and agreements then arrive "
            "from headquarters, and you can start as soon as the first of them are here. A "
            "replacement for a lost laptop joins the same way."), page)
        hint.setWordWrap(True)
        self.join_form = FormWidget([
            Field("server", self.tr("Headquarters address"), required=True,
                  placeholder="https://hq.example.org:8700"),
            Field("code", self.tr("Enrollment code"), required=True,
                  placeholder="K7QX-M2PA-9FTR"),
            Field("user_name", self.tr("Your name")),
        ], page)
        self.join_button = QPushButton(self.tr("Join my office"), page)
        self.join_button.setObjectName("join")
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self._join)
        self.join_progress = QProgressBar(page)
        self.join_progress.setObjectName("join_progress")
        self.join_progress.hide()
        self.join_state = QLabel(page)
        self.join_state.setObjectName("join_state")
        self.join_state.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.join_form)
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.join_progress)
        layout.addWidget(self.join_state)
        layout.addStretch(1)
        return page

    def _join(self) -> None:
        data = self.join_form.data()
        errors = sync_state.validate_join(data.get("server"), data.get("code"))
        self.join_form.show_errors(errors)
        if errors:
            self.join_form.focus_first_error(errors)
            return
        if not self.runner.start(data["server"].strip(), data["code"].strip()):
            return
        self._busy(True)
        self.join_state.setStyleSheet("")
        self.join_state.setText(self.tr("Contacting headquarters..."))

    def _busy(self, busy: bool) -> None:
        for widget in (self.join_button, self.join_form, self.demo_button, self.cancel_button,
                       self.tabs.tabBar()):
            widget.setEnabled(not busy)
        self.join_progress.setVisible(busy)
        self.join_progress.setRange(0, 0)

    def _arriving(self, _done: int, _total: int, _message: str) -> None:
        """Enrolled and the first records are in: the window opens, the rest keeps coming."""
        if self.choice or not self.join_progress.isVisible():
            return
        home = sync_state.adopt_enrollment(self.join_form.value("user_name") or "")
        if home is None:
            return
        self.choice = "join"
        self.accept()

    def _join_failed(self, exc: Exception) -> None:
        if self.choice or not self.join_progress.isVisible():
            return
        self._busy(False)
        if sync_state.adopt_enrollment(self.join_form.value("user_name") or ""):
            self.choice = "join"  # enrolled; the Sync view fetches the rest when the link is up
            self.accept()
            return
        message = error_text(exc) if isinstance(exc, DomainError) else repr(exc)
        self.join_state.setStyleSheet(f"color: {palette.ERROR};")
        self.join_state.setText(self.tr("Could not join: %1").replace("%1", message))

    def reject(self) -> None:
        if not self.runner.running:  # closing while joining would leave it half done
            super().reject()

    # a new office ---------------------------------------------------------------------------
    def _office_page(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(self.tr("Only for an office that does not use PartnerDesk yet."), page)
        hint.setWordWrap(True)
        self.form = FormWidget([
            Field("code", self.tr("Office code"), required=True, placeholder="KEN"),
            Field("name", self.tr("Office name"), required=True,
                  placeholder=self.tr("Kenya Country Office")),
            Field("country", self.tr("Country (ISO3)"), required=True, placeholder="KEN"),
            Field("region", self.tr("Region"), "choice", lambda: vocab_choices(vocab.REGIONS),
                  optional_choice=True),
            Field("user_name", self.tr("Your name")),
        ], page)
        self.form.edited.connect(self._validate)
        self.create_button = QPushButton(self.tr("Set up my office"), page)
        self.create_button.setObjectName("create_office")
        self.create_button.clicked.connect(self._create)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        return page

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
