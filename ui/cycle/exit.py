"""Exit strategy form (planned lifespan, evaluation date, exit conditions) and the reviews table
of the cycle view."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from models.cycle import exit as cycle_exit, spec
from reports import palette

from ..messages import date_text, text
from ..widgets import reflow



def tr(text: str) -> str:
    return QCoreApplication.translate("cycle", text)


class ExitStrategyForm(QWidget):
    save_requested = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.months = QLineEdit(self)
        self.months.setObjectName("field_lifespan_months")
        self.months.setPlaceholderText(tr("e.g. 36"))
        self.due = QLineEdit(self)
        self.due.setObjectName("field_evaluation_due")
        self.due.setPlaceholderText(tr("YYYY-MM-DD"))
        self.conditions = QPlainTextEdit(self)
        self.conditions.setObjectName("field_exit_conditions")
        self.conditions.setTabChangesFocus(True)
        self.conditions.setFixedHeight(80)
        self.end = QLabel(self)
        self.end.setObjectName("lifespan_end")
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (("lifespan_months", tr("Planned lifespan (months) *"),
                                    self.months),
                                   ("evaluation_due", tr("Evaluation due *"), self.due),
                                   ("exit_conditions", tr("Exit conditions *"), self.conditions)):
            error = QLabel(self)
            error.setObjectName(f"error_{key}")
            error.setStyleSheet(f"color: {palette.ERROR};")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors[key] = error
        form.addRow(tr("Lifespan ends"), self.end)
        self.save_button = QPushButton(tr("Save exit strategy"), self)
        self.save_button.setObjectName("save_exit")
        self.save_button.clicked.connect(self._save)
        hint = QLabel(tr("Every partnership needs an exit or sustainability strategy: how long it "
                         "is planned to last, when an evaluation decides on continuation, and the "
                         "conditions for ending or handing over (seed para. 60)."), self)
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        reflow(form)
        layout.addLayout(row)
        layout.addStretch(1)
        self.months.textEdited.connect(self.revalidate)
        self.due.textEdited.connect(self.revalidate)
        self.conditions.textChanged.connect(self.revalidate)

    def load(self, data: dict) -> None:
        for widget in (self.months, self.due, self.conditions):
            widget.blockSignals(True)
        self.months.setText(str(data.get("lifespan_months") or ""))
        self.due.setText(str(data.get("evaluation_due") or ""))
        self.conditions.setPlainText(data.get("exit_conditions") or "")
        for widget in (self.months, self.due, self.conditions):
            widget.blockSignals(False)
        self.end.setText(str(data.get("lifespan_end") or tr("not set yet")))
        self.show_problems({})

    def data(self) -> dict:
        return {"lifespan_months": self.months.text().strip(),
                "evaluation_due": self.due.text().strip() or None,
                "exit_conditions": self.conditions.toPlainText().strip()}

    def revalidate(self, *_args) -> dict[str, str]:
        problems = cycle_exit.validate(self.data())
        self.show_problems(problems)
        return problems

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(text(problems.get(key, "")))
            label.setVisible(key in problems)

    def _save(self) -> None:
        if not self.revalidate():
            self.save_requested.emit(self.data())


class ReviewsTable(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(0, 8, parent)
        self.setObjectName("reviews_table")
        self.setHorizontalHeaderLabels([tr("Reviewed on"), tr("Reviewer"), tr("Contribution"),
                                        tr("Partners"), tr("Value added"), tr("Quality"),
                                        tr("Health"), tr("Partner feedback")])
        self.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def load(self, reviews: list[dict]) -> None:
        self.setRowCount(len(reviews))
        for n, review in enumerate(reviews):
            cells = [date_text(review["reviewed_on"]), review["reviewer"]]
            cells += [tr(spec.RATINGS.get(r, "-")) for r in review["ratings"]]
            cells += [tr(spec.HEALTH.get(review["health"], "-")), review["partner_feedback"]]
            for col, shown in enumerate(cells):
                item = QTableWidgetItem(shown)
                if col == 6:
                    item.setForeground(QColor(palette.HEALTH.get(review["health"], palette.TEXT)))
                self.setItem(n, col, item)
        self.resizeColumnsToContents()
