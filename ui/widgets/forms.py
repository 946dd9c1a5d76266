"""Form building blocks: fields described as data, validation messages beside each field.

A `FormWidget` turns a list of `Field`s into labelled inputs, reports every edit through
`edited`, gives and takes plain dicts (`data()` / `set_data()`), and shows the domain's messages
next to the fields they concern (`show_errors`). Domain rules stay in `models`.
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from reports import palette

from ..messages import text
from .reflow import reflow

SHORT_LIST = 30  # a choice with this many entries or fewer is as wide as its longest


def tr(text: str, context: str = "Forms") -> str:
    return QCoreApplication.translate(context, text)


def vocab_choices(vocab: dict) -> list[tuple[str, str]]:
    """(code, translated label) pairs of a vocabulary from models.vocab."""
    from models.directory import vocab as vocabularies
    return [(code, QCoreApplication.translate("vocab", vocabularies.label(vocab, code)))
            for code in vocab]


def _fit_choices(combo: QComboBox, count: int) -> None:
    """A vocabulary's entries are read whole; a long list (partners, offices) is as wide as the
    form allows."""
    if count <= SHORT_LIST:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    else:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)


@dataclass
class Field:
    key: str
    label: str  # already translated
    kind: str = "text"  # text | multiline | choice | multi | date | check
    choices: Callable[[], list[tuple[str, str]]] | None = None  # (code, label); called on build
    required: bool = False
    placeholder: str = ""
    help: str = ""
    optional_choice: bool = False  # a blank first entry for "not set"
    extra: dict = dc_field(default_factory=dict)


class MultiChoice(QWidget):
    """A row of check boxes for a multi-select vocabulary; value is a list of codes."""

    toggled = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(choices):
            box = QCheckBox(label, self)
            box.setObjectName(f"choice_{code}")
            box.toggled.connect(self.toggled)
            layout.addWidget(box, i, 0)
            self.boxes[code] = box

    def value(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_value(self, codes) -> None:
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in (codes or []))
            box.blockSignals(False)


class FormWidget(QWidget):
    edited = Signal()

    def __init__(self, fields: list[Field], parent=None):
        super().__init__(parent)
        self.fields = {f.key: f for f in fields}
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        for spec in fields:
            widget = self._make_input(spec)
            widget.setObjectName(f"field_{spec.key}")
            if spec.help:
                widget.setToolTip(spec.help)
            error = QLabel(self)
            error.setObjectName(f"error_{spec.key}")
            error.setStyleSheet(f"color: {palette.ERROR};")
            error.setWordWrap(True)
            error.hide()
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            label = QLabel(spec.label + (" *" if spec.required else ""), self)
            label.setBuddy(widget)
            layout.addRow(label, box)
            self.inputs[spec.key], self.errors[spec.key] = widget, error
        reflow(layout)

    def _make_input(self, spec: Field) -> QWidget:
        if spec.kind == "multiline":
            widget = QPlainTextEdit(self)
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(spec.extra.get("height", 64))
            widget.textChanged.connect(self.edited)
        elif spec.kind == "choice":
            widget = QComboBox(self)
            choices = spec.choices() if spec.choices else []
            _fit_choices(widget, len(choices))
            if spec.optional_choice:
                widget.addItem("", None)
            for code, text in choices:
                widget.addItem(text, code)
            widget.currentIndexChanged.connect(self.edited)
        elif spec.kind == "multi":
            widget = MultiChoice(spec.choices() if spec.choices else [], self)
            widget.toggled.connect(self.edited)
        elif spec.kind == "check":
            widget = QCheckBox(self)
            widget.toggled.connect(self.edited)
        else:
            widget = QLineEdit(self)
            widget.setPlaceholderText(spec.placeholder or (tr("YYYY-MM-DD") if spec.kind == "date"
                                                           else ""))
            widget.setClearButtonEnabled(spec.kind != "date")
            widget.textEdited.connect(self.edited)
        return widget

    # values --------------------------------------------------------------------------------
    def value(self, key: str):
        widget = self.inputs[key]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if hasattr(widget, "set_value"):  # MultiChoice, RowsTable and other composite inputs
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        text = widget.text().strip()
        return text or (None if self.fields[key].kind == "date" else "")

    def data(self) -> dict:
        return {key: self.value(key) for key in self.inputs}

    def set_data(self, data: dict) -> None:
        for key, widget in self.inputs.items():
            value = data.get(key)
            widget.blockSignals(True)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(index if index >= 0 else 0)
            elif hasattr(widget, "set_value"):
                widget.set_value(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                widget.setText("" if value is None else str(value))
                widget.setCursorPosition(0)  # the start of a long text, not its end
            widget.blockSignals(False)
        self.show_errors({})

    def set_choices(self, key: str, choices: list[tuple[str, str]]) -> None:
        widget = self.inputs[key]
        current = widget.currentData()
        widget.blockSignals(True)
        widget.clear()
        _fit_choices(widget, len(choices))
        if self.fields[key].optional_choice:
            widget.addItem("", None)
        for code, label in choices:
            widget.addItem(label, code)
        index = widget.findData(current)
        widget.setCurrentIndex(index if index >= 0 else 0)
        widget.blockSignals(False)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each message under its field; clear the others."""
        for key, label in self.errors.items():
            message = errors.get(key)  # a domain Message (translated here) or a plain text
            label.setText(text(message) if message else "")
            label.setVisible(bool(message))
            self.inputs[key].setProperty("invalid", bool(message))

    def focus_first_error(self, errors: dict[str, str]) -> None:
        for key in self.inputs:
            if key in errors:
                self.inputs[key].setFocus(Qt.FocusReason.OtherFocusReason)
                return
