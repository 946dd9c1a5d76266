"""One page of the guided self-assessment: a benchmark with its guidance, what the office's data
shows, last year's rating, the rating, the evidence in words, attachments and the actions.

The page only shows and collects; `AssessmentView` saves through models.assessment.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDateEdit, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QRadioButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from models.assessment import RATINGS, Item
from models.messages import fill
from reports import palette

from ..messages import isolate, number_text
from ..widgets import VerticalScroll

WARNING_STYLE = (f"QLabel {{ background: {palette.ERROR_TINT}; color: {palette.ERROR_DARK}; "
                 f"border: 1px solid {palette.ERROR_BORDER}; "
                 "border-radius: 4px; padding: 6px; font-weight: bold; }")


def rating_text(code: str) -> str:
    if not code:
        return QCoreApplication.translate("AssessmentPage", "Not rated")
    return QCoreApplication.translate("vocab", RATINGS.get(code, code))


def data_text(item: Item) -> str:
    """The evidence sentence, translated: the template is translated, then filled in."""
    if not item.data_numbers:
        return QCoreApplication.translate("evidence", item.data_text)
    template = QCoreApplication.translate("evidence", item.data_template)
    return fill(template, {k: ("-" if v is None else number_text(v))
                           for k, v in item.data_numbers.items()})


def disagreement_text(rating: str, data_rating: str, locked: bool = False) -> str:
    if locked:
        text = QCoreApplication.translate(
            "AssessmentPage", "The rating (%1) differed from what the data showed (%2) when the "
            "assessment was submitted.")
    else:
        text = QCoreApplication.translate(
            "AssessmentPage", "Your rating (%1) differs from what the data shows (%2). Explain "
            "why in the evidence, or change the rating.")
    return text.replace("%1", rating_text(rating)).replace("%2", rating_text(data_rating))


class BenchmarkPage(QWidget):
    rating_changed = Signal(str, str)  # benchmark id, rating
    evidence_changed = Signal(str, str)  # benchmark id, text (after a pause in typing)
    action_added = Signal(str, dict)  # benchmark id, {action, owner, due_date}
    action_toggled = Signal(str, bool)  # action id, done
    action_removed = Signal(str)  # action id
    attach_requested = Signal(str)  # benchmark id

    def __init__(self, item: Item, year: int, parent=None, *, locked: bool = False,
                 had_last_year: bool = True):
        super().__init__(parent)
        self.item = item
        self.locked = locked
        self.benchmark_id = item.benchmark.id
        body = QWidget(self)  # scrolls: a 600 px screen cannot show the page and its plan
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScroll(body, self, frame=False))
        layout = QVBoxLayout(body)
        # the code isolated, so that an Arabic title makes the line right to left ("B5." first
        # on the right), not the Latin code it starts with
        title = QLabel(isolate(item.benchmark.code) + ". " + QCoreApplication.translate(
            "benchmarks", item.benchmark.title), self)
        title.setObjectName("title")
        title.setWordWrap(True)
        title.setStyleSheet(f"font-size: 16px; font-weight: bold; color: {palette.BRAND_DARK};")
        guidance = QLabel(QCoreApplication.translate("benchmarks", item.benchmark.guidance), self)
        guidance.setObjectName("guidance")
        guidance.setWordWrap(True)
        guidance.setStyleSheet(f"color: {palette.TEXT_MUTED};")
        layout.addWidget(title)
        layout.addWidget(guidance)

        data_box = QGroupBox(self.tr("What the office's own data showed when it was submitted")
                             if locked else self.tr("What the office's own data shows"), self)
        grid = QGridLayout(data_box)
        self.data_label = QLabel(data_text(item), data_box)
        self.data_label.setObjectName("data")
        self.data_label.setWordWrap(True)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        suggested = QLabel(self.tr("The data suggests: %1").replace(
            "%1", rating_text(item.data_rating) if item.data_rating else self.tr("no suggestion")),
            data_box)
        suggested.setObjectName("suggested")
        last = (rating_text(item.last_year_rating) if had_last_year
                else self.tr("no self-assessment"))
        self.last_year = QLabel(self.tr("Last year (%1): %2").replace("%1", number_text(year - 1))
                                .replace("%2", last), data_box)
        self.last_year.setObjectName("last_year")
        grid.addWidget(self.data_label, 0, 0, 1, 2)
        grid.addWidget(suggested, 1, 0)
        grid.addWidget(self.last_year, 1, 1)
        layout.addWidget(data_box)

        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.warning)

        rating_row = QHBoxLayout()
        rating_row.addWidget(QLabel(self.tr("Your rating %1:").replace("%1", number_text(year)),
                                    self))
        self.rating_group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for code in item.benchmark.scale:
            radio = QRadioButton(rating_text(code), self)
            radio.setObjectName(f"rating_{code}")
            self.rating_group.addButton(radio)
            self.radios[code] = radio
            rating_row.addWidget(radio)
            radio.setChecked(code == item.rating)
        rating_row.addStretch(1)
        self.rating_group.buttonClicked.connect(self._rating_clicked)
        layout.addLayout(rating_row)

        layout.addWidget(QLabel(self.tr("Evidence (what shows the benchmark is met, or why not):"),
                                self))
        self.evidence = QPlainTextEdit(item.evidence, self)
        self.evidence.setObjectName("evidence")
        self.evidence.setMaximumHeight(90)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(700)
        self._typing.timeout.connect(self.flush)
        self.evidence.textChanged.connect(self._typing.start)
        layout.addWidget(self.evidence)

        attach_row = QHBoxLayout()
        self.attachments = QLabel(self._attachment_text(item.attachments), self)
        self.attachments.setObjectName("attachments")
        self.attachments.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach a document..."), self)
        self.attach_button.setObjectName("attach")
        self.attach_button.clicked.connect(lambda: self.attach_requested.emit(self.benchmark_id))
        attach_row.addWidget(self.attachments, 1)
        attach_row.addWidget(self.attach_button)
        layout.addLayout(attach_row)
        layout.addWidget(self._actions_box(item))
        layout.addStretch(1)
        self.update_warning()

    # actions ----------------------------------------------------------------------------------
    def _actions_box(self, item: Item) -> QGroupBox:
        box = QGroupBox(self.tr("Action plan for this benchmark"), self)
        layout = QVBoxLayout(box)
        self.actions = QTableWidget(0, 4, box)
        self.actions.setObjectName("actions")
        self.actions.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Done")])
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions.verticalHeader().hide()
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setFixedHeight(120)
        self.actions.itemChanged.connect(self._done_changed)
        layout.addWidget(self.actions)
        row = QHBoxLayout()
        self.new_action = QLineEdit(box)
        self.new_action.setObjectName("new_action")
        self.new_action.setPlaceholderText(self.tr("What will be done"))
        self.new_owner = QLineEdit(box)
        self.new_owner.setObjectName("new_owner")
        self.new_owner.setPlaceholderText(self.tr("Who"))
        self.new_due = QDateEdit(QDate.currentDate().addMonths(3), box)
        self.new_due.setObjectName("new_due")
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat("yyyy-MM-dd")
        self.add_button = QPushButton(self.tr("Add action"), box)
        self.add_button.setObjectName("add_action")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), box)
        self.remove_button.setObjectName("remove_action")
        self.remove_button.clicked.connect(self._remove_clicked)
        row.addWidget(self.new_action, 3)
        row.addWidget(self.new_owner, 1)
        row.addWidget(self.new_due)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.action_error = QLabel(box)
        self.action_error.setObjectName("action_error")
        self.action_error.setStyleSheet(f"color: {palette.ERROR};")
        self.action_error.setVisible(False)
        layout.addWidget(self.action_error)
        self.set_actions(item.actions)
        return box

    def set_actions(self, actions) -> None:
        self.actions.blockSignals(True)
        self.actions.setRowCount(len(actions))
        for r, a in enumerate(actions):
            cells = [a.action, a.owner, a.due_date.isoformat() if a.due_date else ""]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, a.id)
                self.actions.setItem(r, c, cell)
            done = QTableWidgetItem()
            done.setData(Qt.ItemDataRole.UserRole, a.id)
            done.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            done.setCheckState(Qt.CheckState.Checked if a.done else Qt.CheckState.Unchecked)
            self.actions.setItem(r, 3, done)
        self.actions.blockSignals(False)

    def show_action_error(self, message: str) -> None:
        self.action_error.setText(message)
        self.action_error.setVisible(bool(message))

    def _add_clicked(self) -> None:
        self.action_added.emit(self.benchmark_id, {
            "action": self.new_action.text(), "owner": self.new_owner.text(),
            "due_date": self.new_due.date().toString("yyyy-MM-dd"),
            "benchmark": self.benchmark_id})

    def clear_new_action(self) -> None:
        self.new_action.clear()
        self.new_owner.clear()
        self.show_action_error("")

    def _remove_clicked(self) -> None:
        row = self.actions.currentRow()
        if row >= 0:
            self.action_removed.emit(self.actions.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _done_changed(self, cell: QTableWidgetItem) -> None:
        if cell.column() == 3:
            self.action_toggled.emit(cell.data(Qt.ItemDataRole.UserRole),
                                     cell.checkState() == Qt.CheckState.Checked)

    # rating and evidence ---------------------------------------------------------------------
    def rating(self) -> str:
        for code, radio in self.radios.items():
            if radio.isChecked():
                return code
        return ""

    def _rating_clicked(self, _button) -> None:
        self.update_warning()
        self.rating_changed.emit(self.benchmark_id, self.rating())

    def update_warning(self) -> None:
        rating, data = self.rating(), self.item.data_rating
        show = bool(rating and data and rating != data)
        self.warning.setText(disagreement_text(rating, data, self.locked) if show else "")
        self.warning.setVisible(show)

    def flush(self) -> None:
        """Hand over evidence typed since the last save."""
        if self._typing.isActive():
            self._typing.stop()
        text = self.evidence.toPlainText()
        if text != self.item.evidence:
            self.evidence_changed.emit(self.benchmark_id, text)

    def saved_evidence(self, text: str) -> None:
        self.item = replace(self.item, evidence=text)

    def _attachment_text(self, attachments) -> str:
        if not attachments:
            return self.tr("No documents attached.")
        return self.tr("Attached: %1").replace("%1", ", ".join(a.get("name", "")
                                                               for a in attachments))

    def set_attachments(self, attachments) -> None:
        self.attachments.setText(self._attachment_text(attachments))

    def set_locked(self, locked: bool) -> None:
        for widget in (*self.radios.values(), self.evidence, self.attach_button, self.new_action,
                       self.new_owner, self.new_due, self.add_button, self.remove_button):
            widget.setEnabled(not locked)
        self.evidence.setReadOnly(locked)
        self.evidence.setEnabled(True)
