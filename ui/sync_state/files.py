"""Sync by file in the Sync view: "Export to file…" and "Import answer…" (sync/filesync.py).

For offices without a link: the export is carried to HQ (USB stick, e-mail), HQ runs `hq
import`, and the answer comes back to be imported here. Both run on the write thread through
the window's one sync runner, so they never overlap a network sync.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (QDialog, QFileDialog, QHBoxLayout, QInputDialog, QLabel,
                               QMessageBox, QPushButton, QWidget)

from models.errors import DomainError
from ..messages import error_text, number_text

EXTENSION = "pdsync"


def ask_text(parent, title: str, label: str) -> tuple[str, bool]:
    """QInputDialog.getText with its long label wrapped (unwrapped, the French one is wider
    than a 1024-pixel screen)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        child.setWordWrap(True)
    dialog.resize(520, dialog.sizeHint().height())
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.textValue(), ok


class FileButtons(QWidget):
    """The two buttons; the view shows what they started and how it ended."""

    def __init__(self, runner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.last_export: str | None = None  # exported again once HQ's key is entered
        self.export_button = QPushButton(self.tr("Export to file…"), self)
        self.export_button.setObjectName("export_file")
        self.export_button.setToolTip(self.tr("No network: write the changes HQ has not "
                                              "received to a file to carry to HQ"))
        self.export_button.clicked.connect(self.export)
        self.import_button = QPushButton(self.tr("Import answer…"), self)
        self.import_button.setObjectName("import_answer")
        self.import_button.setToolTip(self.tr("Apply the answer file HQ made from your file"))
        self.import_button.clicked.connect(self.import_answer)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)

    def _filter(self) -> str:
        return self.tr("PartnerDesk sync files (*.%1);;All files (*)").replace("%1", EXTENSION)

    def export(self) -> None:
        folder = Path(self.runner.ctx.db_path).parent
        name = f"to-hq-{dt.date.today().isoformat()}.{EXTENSION}"
        path, _chosen = QFileDialog.getSaveFileName(self, self.tr("Export changes for HQ"),
                                                    str(folder / name), self._filter())
        if path:
            self.last_export = path
            self.runner.start_file("export", path)

    def ask_key(self) -> str | None:
        """The device has no HQ file key (enrolled before sync by file, no link since): ask
        for it as HQ reads it out or sends it, store it, show its fingerprint to compare, and
        export again. None when done; else what to show on the state line."""
        from sync import filesync
        key, ok = ask_text(
            self, self.tr("HQ's file key"),
            self.tr("This computer does not have HQ's file key yet (it comes with any sync over "
                    "a network). Type the key HQ gives you: 43 characters, printed at HQ by "
                    "'hq file-key'."))
        if not ok or not key.strip():
            return self.tr("No file written: HQ's file key is needed first.")
        try:
            check = filesync.set_file_key(self.runner.ctx.db_path, key)
        except DomainError as exc:
            return error_text(exc)
        QMessageBox.information(self, self.tr("HQ's file key"), self.tr(
            "Key stored. Its fingerprint is %1: check with HQ that theirs is the same.")
            .replace("%1", check))
        if self.last_export:
            self.runner.start_file("export", self.last_export)
        return None

    def import_answer(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Import HQ's answer"),
                                                    str(Path(self.runner.ctx.db_path).parent),
                                                    self._filter())
        if path:
            self.runner.start_file("import", path)

    def set_enabled(self, on: bool) -> None:
        self.export_button.setEnabled(on)
        self.import_button.setEnabled(on)

    def done_text(self, kind: str, result) -> str:
        """What an export or an import did, for the view's state line."""
        if kind == "export":
            return self.tr("%Ln changes written to the file. Take it to HQ, then import the "
                           "answer HQ gives you.", "", result.ops)
        text = self.tr("HQ's answer applied: %1 acknowledged, %2 received, %3 in conflict.") \
            .replace("%1", number_text(result.pushed)).replace("%2", number_text(result.pulled)) \
            .replace("%3", number_text(result.conflicts))
        if result.pushed == 0 and result.pulled == 0 and not result.rejected:
            text = self.tr("This answer was already applied: nothing changed.")
        if getattr(result, "more", False):
            text += " " + self.tr("HQ has more for this office: export again and bring the new "
                                  "file.")
        return text
