"""Drafts of the agreement and PD editors: what was typed and not saved survives a crash.

`DraftKeeping` is mixed into `RecordPanel`: edits are written (debounced) to models.drafts under
the record's key; opening the record again offers them back; saving discards them.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from models import drafts


class DraftKeeping:
    """Needs from its host: record, table, content_data(), signatures, set_content(),
    save_button and say()."""

    def init_drafts(self) -> None:
        self._loaded: dict = {}
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.write_draft)

    def edited(self) -> None:
        self._draft_timer.start()

    def draft_key(self) -> str:
        return f"{self.table}:{self.record.id if self.record is not None else 'new'}"

    def current_data(self) -> dict:
        return {**self.content_data(), **self.signatures.data()}

    def write_draft(self) -> None:
        data = self.current_data()
        if data != self._loaded and self.save_button.isEnabled():
            drafts.save(self.draft_key(), data)
        else:
            drafts.discard(self.draft_key())

    def _restore_draft(self, editable: tuple[str, ...]) -> None:
        self._loaded = self.current_data()
        found = drafts.load(self.draft_key()) if editable else None
        if found is None:
            return
        payload, saved_at = found
        if payload == self._loaded:
            drafts.discard(self.draft_key())
            return
        self.set_content(payload, editable)
        self.signatures.set_data(payload)
        self.say(QCoreApplication.translate(
            "DraftKeeping", "Restored changes you had not saved (%1). Save them to keep them.")
            .replace("%1", saved_at[:16].replace("T", " ")))

    def _flush_draft(self) -> None:
        if self._draft_timer.isActive():  # keep what was typed in the record we leave
            self._draft_timer.stop()
            self.write_draft()
