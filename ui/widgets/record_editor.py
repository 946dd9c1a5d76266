"""A record editor: validates as the user types, keeps a draft, asks before dropping changes.

Subclasses give the form fields and three model functions: load(record_id) -> dict,
validate(dict) -> errors, save(dict, record_id) -> saved id. The draft of every edit is written
to the database (debounced), so a crash loses nothing; reopening the record offers it back.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from models import drafts
from models.errors import DomainError, ValidationError
from reports import palette

from ..messages import error_text
from ..translate import InheritedTr
from ..users import refusal_text
from .forms import FormWidget
from .scroll import VerticalScroll


class RecordEditor(InheritedTr, QWidget):
    saved = Signal(str)  # record id
    kind = "record"  # draft key prefix

    def __init__(self, form: FormWidget, parent=None):
        super().__init__(parent)
        self.form = form
        self.record_id: str | None = None
        self.original: dict = {}
        self.loaded = False  # nothing to lose until a record (or a new one) is open
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.write_draft)

        self.heading = QLabel(self)
        self.heading.setObjectName("editor_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.notice = QLabel(self)
        self.notice.setObjectName("editor_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {palette.NOTICE};")
        self.notice.hide()
        scroll = VerticalScroll(self.form, self, frame=False)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setObjectName("revert")
        buttons = QHBoxLayout()
        self.extra_buttons = QHBoxLayout()
        buttons.addLayout(self.extra_buttons)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.form.edited.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._update_buttons()

    # to implement ---------------------------------------------------------------------------
    def load_record(self, record_id: str | None) -> dict:
        raise NotImplementedError

    def validate_data(self, data: dict) -> dict[str, str]:
        raise NotImplementedError

    def save_record(self, data: dict, record_id: str | None) -> str:
        raise NotImplementedError

    def title_for(self, data: dict) -> str:
        return ""

    # state ----------------------------------------------------------------------------------
    def draft_key(self) -> str:
        return f"{self.kind}:{self.record_id or 'new'}"

    def current_data(self) -> dict:
        return self.form.data()

    def set_current_data(self, data: dict) -> None:
        self.form.set_data(data)

    def is_dirty(self) -> bool:
        return self.loaded and self.current_data() != self.original

    def open(self, record_id: str | None) -> None:
        """Show a record (None: a new one), offering back an unsaved draft if one exists."""
        self.record_id = record_id
        self.loaded = False
        self.original = self.load_record(record_id)
        self.set_current_data(self.original)
        self.original = self.current_data()  # normalised as the widgets hold it
        self.loaded = True
        self.notice.hide()
        draft = drafts.load(self.draft_key())
        if draft is not None:
            payload, saved_at = draft
            self.set_current_data(payload)
            if self.is_dirty():
                self.notice.setText(self.tr("Restored changes you had not saved (%1). Save them, "
                                            "or Revert to drop them.").replace("%1", saved_at))
                self.notice.show()
            else:
                drafts.discard(self.draft_key())
        self.heading.setText(self.title_for(self.current_data()))
        self._validate_now()
        self._update_buttons()

    def _on_edited(self) -> None:
        self._validate_now()
        self._update_buttons()
        self._draft_timer.start()

    def _validate_now(self) -> dict[str, str]:
        errors = self.validate_data(self.current_data()) if self.is_dirty() else {}
        self.form.show_errors(errors)
        return errors

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        refused = refusal_text("edit")  # a viewer may type (kept as a draft), not save
        self.save_button.setEnabled(dirty and not refused)
        self.save_button.setToolTip(refused)
        self.revert_button.setEnabled(dirty)

    def write_draft(self) -> None:
        if self.is_dirty():
            drafts.save(self.draft_key(), self.current_data())
        else:
            drafts.discard(self.draft_key())

    # actions --------------------------------------------------------------------------------
    def save(self) -> bool:
        data = self.current_data()
        errors = self.validate_data(data)
        if not errors:
            try:
                saved_id = self.save_record(data, self.record_id)
            except ValidationError as exc:
                errors = exc.errors
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
                return False
        if errors:
            self.form.show_errors(errors)
            self.form.focus_first_error(errors)
            return False
        self._draft_timer.stop()
        drafts.discard(self.draft_key())
        self.open(saved_id)
        self.saved.emit(saved_id)
        return True

    def revert(self) -> None:
        self._draft_timer.stop()
        drafts.discard(self.draft_key())
        self.open(self.record_id)

    def confirm_leave(self) -> bool:
        """Before showing something else: True when it is safe to leave this record."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("You have changed this record without saving. Save the changes?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._draft_timer.stop()
            drafts.discard(self.draft_key())
            self.original = self.current_data()
            return True
        return False
