"""Closing a deferred emergency item: the dialog asks for the evidence its kind needs.

The signed original and the due diligence need their documents; the full assessment needs its
type, date and risk rating (which then replace "high risk assumed" on the partner). The model
(models.agreements.emergency.complete_deferred) checks it all and says what is missing.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget)

from models.agreements import emergency
from models.directory import vocab
from models.errors import DomainError, ValidationError
from reports import palette

from ..messages import error_text, field_errors
from ..widgets import reflow

WARN = f"color: {palette.ERROR};"
ASSESSMENTS = ("micro", "simplified", "hact_macro", "un_assessed")
OUTCOMES = ("cleared", "cleared_with_conditions", "rejected")
FILE_KINDS = {"signed_original", "due_diligence", "full_pd", "full_assessment"}


class DeferredDialog(QDialog):
    def __init__(self, item_id: str, kind: str, description: str, parent=None):
        super().__init__(parent)
        self.setObjectName("deferred_dialog")
        self.item_id, self.kind = item_id, kind
        self.setWindowTitle(self.tr("Close a deferred item"))
        form = QFormLayout(self)
        title = QLabel(description, self)
        title.setWordWrap(True)
        form.addRow(title)
        self.file = QLineEdit(self)
        self.file.setObjectName("evidence_file")
        browse = QPushButton(self.tr("Choose..."), self)
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.file, 1)
        box.addWidget(browse)
        if kind in FILE_KINDS:
            form.addRow(self.tr("Document (scan)"), row)
        else:
            row.hide()
        self.done_on = QLineEdit(dt.date.today().isoformat(), self)
        self.done_on.setObjectName("evidence_done_on")
        form.addRow(self.tr("Done on"), self.done_on)
        self.assessment = QComboBox(self)
        self.assessment.setObjectName("assessment_type")
        self.rating = QComboBox(self)
        self.rating.setObjectName("risk_rating")
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        if kind == "full_assessment":
            for code in ASSESSMENTS:
                self.assessment.addItem(self._vocab(vocab.ASSESSMENT_TYPES[code]), code)
            for code, label in vocab.RISK_RATINGS.items():
                self.rating.addItem(self._vocab(label), code)
            form.addRow(self.tr("Assessment"), self.assessment)
            form.addRow(self.tr("Risk rating"), self.rating)
        if kind == "due_diligence":
            for code in OUTCOMES:
                self.outcome.addItem(self._vocab(vocab.DUE_DILIGENCE_STATUSES[code]), code)
            form.addRow(self.tr("Outcome"), self.outcome)
        for unused in {self.assessment, self.rating, self.outcome} - set(
                form.itemAt(i).widget() for i in range(form.count())):
            unused.hide()  # never laid out: shown, it would sit over the title
        self.problem = QLabel(self)
        self.problem.setObjectName("evidence_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(WARN)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("evidence_ok")
        buttons.accepted.connect(self.close_item)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        reflow(form)

    @staticmethod
    def _vocab(label: str) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("vocab", label)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The signed document"))
        if path:
            self.file.setText(path)

    def evidence(self) -> dict:
        data = {"done_on": self.done_on.text().strip()}
        if self.file.text().strip():
            data["path"] = self.file.text().strip()
        if self.kind == "full_assessment":
            data.update(assessment_type=self.assessment.currentData(),
                        risk_rating=self.rating.currentData(),
                        assessed_on=self.done_on.text().strip())
        if self.kind == "due_diligence":
            data["outcome"] = self.outcome.currentData()
        return data

    def close_item(self) -> None:
        try:
            emergency.complete_deferred(self.item_id, self.evidence())
        except ValidationError as exc:
            self.problem.setText("\n".join(field_errors(exc).values()))
            return
        except DomainError as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()
