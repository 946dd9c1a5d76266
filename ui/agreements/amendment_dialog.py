"""Starting an amendment: what it changes (kinds) and a one-line summary, before the copy is made."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from models.agreements import AMENDMENT_TYPES

from ..widgets import MultiChoice


class AmendmentDialog(QDialog):
    chosen = Signal(list, str)  # kinds, summary

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("amendment_dialog")
        self.setWindowTitle(self.tr("New amendment"))
        self.kinds = MultiChoice([(code, QCoreApplication.translate("vocab", text))
                                  for code, text in AMENDMENT_TYPES.items()], self)
        self.summary = QLineEdit(self)
        self.summary.setObjectName("amendment_summary")
        self.summary.setPlaceholderText(self.tr("e.g. Extend to 31 March and add a water point"))
        self.hint = QLabel(self.tr("The signed version stays in force until this amendment is "
                                   "signed."), self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.kinds.toggled.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What does the amendment change?"), self))
        layout.addWidget(self.kinds)
        layout.addWidget(QLabel(self.tr("Summary"), self))
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.kinds.value()))
        ok.setToolTip("" if self.kinds.value() else self.tr("Tick at least one kind of change."))

    def _accept(self) -> None:
        self.chosen.emit(self.kinds.value(), self.summary.text().strip())
        self.accept()
