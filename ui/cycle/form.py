"""The form of one cycle phase, built from the versioned specification, validated as you type.

Problems come from models.cycle_rules.form_problems (no database) and appear under the fields;
saving hands a plain dict to the caller, which saves it through models.cycle_ops.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from models.cycle import rules as cycle_rules, spec
from models.directory import vocab
from reports import palette

from ..messages import text
from ..widgets import FlowLayout, reflow
from .landscape import LandscapeEditor


def tr(text: str) -> str:
    return QCoreApplication.translate("cycle", text)


def member_label(member) -> str:
    """A partner with its due-diligence status, e.g. "Save the Children (due diligence: Cleared)"."""
    status = QCoreApplication.translate(
        "vocab", vocab.label(vocab.DUE_DILIGENCE_STATUSES, member.dd_status))
    return tr("%1 (due diligence: %2)").replace("%1", member.name).replace("%2", status)


class PhaseForm(QWidget):
    """`load(phase_state, members)` fills it; `save_requested(dict)` carries status, answers,
    notes and na_reason when the user saves."""

    save_requested = Signal(dict)
    validated = Signal(dict)  # the problems shown after each edit

    def __init__(self, parent=None):
        super().__init__(parent)
        self.code = ""
        self.members: list = []
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.problems: dict[str, str] = {}
        self._layout = QVBoxLayout(self)
        self._body: QWidget | None = None

    # building ---------------------------------------------------------------------------------
    def load(self, phase_state, members: list) -> None:
        self.code, self.members = phase_state.code, members
        phase = spec.phase(self.code)
        if self._body is not None:
            self._body.setParent(None)
            self._body.deleteLater()
        self._body = body = QWidget(self)
        self.inputs, self.errors = {}, {}
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{tr('Phase')} {phase.code}. {tr(phase.title)}</b> - "
                         f"{tr(phase.purpose)}", body)
        heading.setObjectName("phase_heading")
        heading.setWordWrap(True)
        column.addWidget(heading)
        form = QFormLayout()
        column.addLayout(form)
        status = QComboBox(body)
        for code, label in spec.PHASE_STATUSES.items():
            status.addItem(tr(label), code)
        self._add_row(form, "status", tr("Status"), status)
        self._add_row(form, "na_reason", tr("Why not applicable"), QLineEdit(body))
        section = None
        for field in phase.fields:
            if field.section and field.section != section:
                section = field.section
                title = QLabel(f"<b>{tr(section)}</b>", body)
                form.addRow(title)
            widget = self._make(field, body)
            self._add_row(form, field.key, tr(field.label) + (" *" if field.required else ""),
                          widget, field.help)
        self._add_row(form, "notes", tr("Notes"), self._multiline(body))
        reflow(form)
        self.summary = QLabel(body)
        self.summary.setObjectName("form_summary")
        self.summary.setWordWrap(True)
        self.save_button = QPushButton(tr("Save phase"), body)
        self.save_button.setObjectName("save_phase")
        self.save_button.clicked.connect(self._save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        column.addLayout(bottom)
        column.addStretch(1)
        self._layout.addWidget(body)
        self._set_values(phase_state)
        self.revalidate()

    def _add_row(self, form: QFormLayout, key: str, label: str, widget: QWidget,
                 help_text: str = "") -> None:
        widget.setObjectName(f"field_{key}")
        if help_text:
            widget.setToolTip(tr(help_text))
        error = QLabel(widget.parentWidget())
        error.setObjectName(f"error_{key}")
        error.setStyleSheet(f"color: {palette.ERROR};")
        error.setWordWrap(True)
        error.hide()
        box = QWidget(widget.parentWidget())
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        inner.addWidget(error)
        caption = QLabel(label, box.parentWidget())
        caption.setObjectName(f"label_{key}")
        caption.setBuddy(widget)
        if isinstance(widget, LandscapeEditor):  # wide: its own rows, across the form
            form.addRow(caption)
            form.addRow(box)
        elif isinstance(widget, QCheckBox):  # the box carries its (often long) label
            widget.setText(label)
            caption.hide()
            form.addRow(box)
        else:
            form.addRow(caption, box)
        self.inputs[key], self.errors[key] = widget, error
        self._connect(widget)

    def _multiline(self, parent) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(58)
        return edit

    def _make(self, field: spec.FieldSpec, parent) -> QWidget:
        if field.kind == "multiline":
            return self._multiline(parent)
        if field.kind in ("choice", "partner"):
            combo = QComboBox(parent)
            combo.addItem("", None)
            items = ([(m.partner_id, member_label(m)) for m in self.members]
                     if field.kind == "partner"
                     else [(code, tr(label)) for code, label in field.choices.items()])
            for code, label in items:
                combo.addItem(label, code)
            return combo
        if field.kind == "multi":
            box = QWidget(parent)
            row = FlowLayout(box)  # the choices wrap onto more lines in a narrow window
            for code, label in field.choices.items():
                check = QCheckBox(tr(label), box)
                check.setObjectName(f"choice_{code}")
                check.setProperty("code", code)
                row.addWidget(check)
            return box
        if field.kind == "check":
            return QCheckBox(parent)
        if field.kind == "landscape":
            return LandscapeEditor(parent)
        edit = QLineEdit(parent)
        if field.kind == "date":
            edit.setPlaceholderText(tr("YYYY-MM-DD"))
        return edit

    def _connect(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self.revalidate)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.revalidate)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.revalidate)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.revalidate)
        elif isinstance(widget, LandscapeEditor):
            widget.changed.connect(self.revalidate)
        else:
            for check in widget.findChildren(QCheckBox):
                check.toggled.connect(self.revalidate)

    # values ----------------------------------------------------------------------------------
    def _get(self, widget: QWidget):
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, LandscapeEditor):
            return widget.value()
        return [c.property("code") for c in widget.findChildren(QCheckBox) if c.isChecked()]

    def _put(self, widget: QWidget, value) -> None:
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText("" if value is None else str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, LandscapeEditor):
            widget.set_value(value or [])
        else:
            for check in widget.findChildren(QCheckBox):
                check.setChecked(check.property("code") in (value or []))
        widget.blockSignals(False)

    def _set_values(self, phase_state) -> None:
        phase = spec.phase(self.code)
        for field in phase.fields:
            self._put(self.inputs[field.key], phase_state.answers.get(field.key))
        self._put(self.inputs["status"], phase_state.status)
        self._put(self.inputs["na_reason"], phase_state.na_reason)
        self._put(self.inputs["notes"], phase_state.notes)

    def answers(self) -> dict:
        phase = spec.phase(self.code)
        return {f.key: self._get(self.inputs[f.key]) for f in phase.fields}

    def payload(self) -> dict:
        return {"status": self._get(self.inputs["status"]), "answers": self.answers(),
                "notes": self._get(self.inputs["notes"]),
                "na_reason": self._get(self.inputs["na_reason"])}

    # validation ------------------------------------------------------------------------------
    def revalidate(self, *_args) -> dict[str, str]:
        data = self.payload()
        partner = data["answers"].get("dd_partner")
        partner_type = next((m.partner_type for m in self.members if m.partner_id == partner),
                            None)
        problems = cycle_rules.form_problems(self.code, data["status"], data["answers"],
                                             na_reason=data["na_reason"],
                                             partner_type=partner_type)
        self.show_problems(problems)
        na = data["status"] == "not_applicable"
        for key in ("na_reason",):
            self.inputs[key].setEnabled(na)
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        for key, label in self.errors.items():
            message = problems.get(key)
            label.setText(text(message or ""))
            label.setVisible(bool(message))
        if problems:
            count = self.tr("%Ln problems to fix before saving.", "", len(problems))
            self.summary.setText(f"<span style='color:{palette.ERROR}'>{count}</span>")
        else:
            self.summary.setText(tr("Ready to save."))
        self.validated.emit(self.problems)

    def _save(self) -> None:
        if self.revalidate():
            return
        self.save_requested.emit(self.payload())
