"""The PD builder's "Context, ratings, focal points" tab: what an eTools PD holds besides its
tables (context and strategy, country programme outputs, gender/equity/sustainability ratings,
UNICEF and partner focal points), as plain data in the shape of models.agreements.pds."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QWidget)

from models.agreements import PD_RATINGS as RATINGS
from reports import palette

from ..messages import text
from ..widgets import reflow

AREAS = ("gender", "equity", "sustainability")
PERSON = re.compile(r"^(?P<name>[^<]+?)\s*(?:<(?P<email>[^>]*)>)?$")


def _people(text: str) -> list[dict]:
    """'Name <e-mail>; Name' as [{name, email}]."""
    out = []
    for part in text.split(";"):
        match = PERSON.match(part.strip())
        if match and match.group("name").strip():
            out.append({"name": match.group("name").strip(),
                        "email": (match.group("email") or "").strip()})
    return out


def _text(people: list[dict]) -> str:
    return "; ".join(f"{p.get('name', '')} <{p['email']}>" if p.get("email")
                     else p.get("name", "") for p in people or [])


class PdNarrative(QWidget):
    changed = Signal()
    KEYS = ("context", "strategy", "cp_outputs", "ratings", "focal_points")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.context = QPlainTextEdit(self)
        self.context.setObjectName("pd_context")
        self.strategy = QPlainTextEdit(self)
        self.strategy.setObjectName("pd_strategy")
        self.cp_outputs = QPlainTextEdit(self)
        self.cp_outputs.setObjectName("pd_cp_outputs")
        self.cp_outputs.setPlaceholderText(self.tr("One country programme output per line"))
        for box in (self.context, self.strategy, self.cp_outputs):
            box.setMaximumHeight(70)
            box.textChanged.connect(self.changed)
        self.ratings: dict[str, tuple[QComboBox, QLineEdit]] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Context"), self.context)
        form.addRow(self.tr("Implementation strategy"), self.strategy)
        form.addRow(self.tr("Country programme outputs"), self.cp_outputs)
        labels = {"gender": self.tr("Gender"), "equity": self.tr("Equity"),
                  "sustainability": self.tr("Sustainability")}
        for area in AREAS:
            combo = QComboBox(self)
            combo.setObjectName(f"rating_{area}")
            for code, label in RATINGS.items():
                combo.addItem(QCoreApplication.translate("vocab", label), code)
            why = QLineEdit(self)
            why.setObjectName(f"rating_{area}_narrative")
            why.setPlaceholderText(self.tr("Why this rating"))
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            why.textChanged.connect(lambda _t: self.changed.emit())
            self.ratings[area] = (combo, why)
            form.addRow(labels[area], combo)
            form.addRow("", why)
        self.unicef_people = QLineEdit(self)
        self.unicef_people.setObjectName("focal_unicef")
        self.partner_people = QLineEdit(self)
        self.partner_people.setObjectName("focal_partner")
        for line in (self.unicef_people, self.partner_people):
            line.setPlaceholderText(self.tr("Name <e-mail>; Name <e-mail>"))
            line.textChanged.connect(lambda _t: self.changed.emit())
        form.addRow(self.tr("UNICEF focal points"), self.unicef_people)
        form.addRow(self.tr("Partner focal points"), self.partner_people)
        self.problem = QLabel(self)
        self.problem.setObjectName("pd_narrative_errors")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.ERROR};")
        form.addRow(self.problem)
        reflow(form)

    def set_data(self, data: dict) -> None:
        self.blockSignals(True)
        self.context.setPlainText(data.get("context") or "")
        self.strategy.setPlainText(data.get("strategy") or "")
        self.cp_outputs.setPlainText("\n".join(data.get("cp_outputs") or []))
        for area, (combo, why) in self.ratings.items():
            given = (data.get("ratings") or {}).get(area) or {}
            combo.setCurrentIndex(max(0, combo.findData(given.get("rating") or "none")))
            why.setText(given.get("narrative", ""))
        people = data.get("focal_points") or {}
        self.unicef_people.setText(_text(people.get("unicef")))
        self.partner_people.setText(_text(people.get("partner")))
        self.blockSignals(False)

    def data(self) -> dict:
        return {"context": self.context.toPlainText().strip(),
                "strategy": self.strategy.toPlainText().strip(),
                "cp_outputs": [line.strip() for line in self.cp_outputs.toPlainText()
                               .splitlines() if line.strip()],
                "ratings": {area: {"rating": combo.currentData(), "narrative": why.text()
                                   .strip()} for area, (combo, why) in self.ratings.items()},
                "focal_points": {"unicef": _people(self.unicef_people.text()),
                                 "partner": _people(self.partner_people.text())}}

    def set_editable(self, editable) -> None:
        for key, widgets in (("context", [self.context]), ("strategy", [self.strategy]),
                             ("cp_outputs", [self.cp_outputs]),
                             ("ratings", [w for pair in self.ratings.values() for w in pair]),
                             ("focal_points", [self.unicef_people, self.partner_people])):
            for widget in widgets:
                widget.setEnabled(key in editable)

    def show_errors(self, errors: dict) -> None:
        mine = [v for k, v in errors.items() if k in self.KEYS]
        self.problem.setText("\n".join(text(v) for v in mine))
