"""The timeline of a record: its status changes, oldest first, as "when — from → to — who —
why" (models.history), for the agreement, programme document and partnership views.

Statuses are shown in the interface language; references stay left to right inside an Arabic
line (Unicode isolates) and the arrow points the way the line reads.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, \
    QWidget

from models import agreements, history
from models.cycle import spec as cycle_spec
from models.directory import vocab

LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"


def _assessment_status(code: str) -> str:
    t = QCoreApplication.translate
    return {"draft": t("Timeline", "Draft"), "submitted": t("Timeline", "Submitted"),
            "acknowledged": t("Timeline", "Acknowledged")}.get(code, code)


def status_text(table: str, code: str) -> str:
    """A status in the interface language, by the vocabulary of the record's table."""
    if table == "cycle_phase":
        return QCoreApplication.translate("cycle", cycle_spec.PHASE_STATUSES.get(code, code))
    if table == "assessment":
        return _assessment_status(code)
    labels = {"partnership": vocab.PARTNERSHIP_STATUSES, "agreement": agreements.AGREEMENT_STATUSES,
              "programme_document": agreements.PD_STATUSES}.get(table, {})
    return QCoreApplication.translate("vocab", vocab.label(labels, code) if labels else code)


def when_text(stamp: str) -> str:
    """A stored UTC time as the local date and time, in the interface's format."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return stamp  # a malformed time from a broken device: shown as it is, not hidden
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def ltr(text: str) -> str:
    return f"{LTR_ISOLATE}{text}{POP_ISOLATE}" if text else ""


class Timeline(QWidget):
    """A list of status changes; `show_record(table, id, reference)` fills it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setObjectName("timeline_note")
        self.note.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("timeline")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)  # a long change (an amendment's reference) wraps, not hides
        self.tree.setUniformRowHeights(False)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Change"), self.tr("By"),
                                   self.tr("Reason")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        self.steps: list[history.Step] = []

    def clear(self) -> None:
        self.steps = []
        self.tree.clear()
        self.note.setText(self.tr("Save the record first; its status changes are listed here."))

    def show_record(self, table: str, record_id: str, reference: str = "") -> None:
        self.steps = history.timeline(history.Record(table, record_id, reference))
        self.tree.clear()
        rtl = QApplication.isRightToLeft()
        arrow = " ← " if rtl else " → "
        for step in self.steps:
            to = status_text(step.record_table, step.to_status)
            change = (self.tr("Created as %1").replace("%1", to) if step.from_status is None
                      else status_text(step.record_table, step.from_status) + arrow + to)
            if step.part:
                part = (self.tr("Phase %1").replace("%1", step.part)
                        if step.record_table == "cycle_phase" else ltr(step.part))
                change = f"{part}\n{change}"  # the reference on a line of its own
            item = QTreeWidgetItem([when_text(step.changed_at), change,
                                    step.changed_by or self.tr("(unknown)"), step.reason])
            for column in (1, 2, 3):
                item.setToolTip(column, item.text(column))
            item.setToolTip(0, step.changed_at)
            self.tree.addTopLevelItem(item)
        # sized to their contents, but none so wide that "who" and "why" leave a narrow panel
        for column, most in ((0, 130), (1, 230), (2, 150)):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), most))
        if self.steps:
            self.note.setText(self.tr("%Ln status changes, oldest first.", "", len(self.steps)))
        else:
            self.note.setText(self.tr(
                "No status change recorded yet. Changes are kept from the moment this version "
                "of PartnerDesk was installed; earlier ones were not recorded."))
