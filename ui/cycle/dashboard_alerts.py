"""The dashboard's alerts: every kind of alert as a group with its true total (emergency and
overdue first), and the alerts of the chosen group; a group too long to list whole says so and
can be shown in full. A click on an alert opens its record."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models.alerts import Alert, AlertGroup
from reports import palette

from ..messages import date_text, number_text, text

# What each kind of alert is called as a group (English source, context "Dashboard").
KIND_LABELS = {
    "emergency_deferred_overdue": "Emergency items overdue",
    "emergency_deferred_due": "Emergency items due soon",
    "review_overdue": "Reviews overdue", "review_due": "Reviews due soon",
    "lifespan_passed": "Lifespan passed, no evaluation",
    "agreement_past_end": "Agreements past their end",
    "agreement_ending": "Agreements ending soon",
    "pd_not_active": "Programme documents not started",
    "assessment_action_due": "Self-assessment actions due",
    "self_assessment_not_done": "Self-assessment not submitted",
    "due_diligence_missing": "Due diligence missing",
    "assessment_expired": "Risk assessments expired",
    "assessment_expiring": "Risk assessments expiring",
    "phase_stalled": "Phases stalled", "focal_point_missing": "No focal point",
    "not_synced": "Changes not synced", "sync_conflicts": "Sync conflicts",
    "sync_rejected": "Changes refused by headquarters",
}
SEVERITY_LABELS = {"overdue": "Overdue", "due": "Due", "warning": "Warning", "info": "Info"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def kind_label(kind: str) -> str:
    return tr(KIND_LABELS[kind]) if kind in KIND_LABELS else \
        QCoreApplication.translate("alerts", kind.replace("_", " ").capitalize())


def number(n: int) -> str:
    return number_text(n)


def severity_icon(severity: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(palette.SEVERITY.get(severity, palette.GREY)))
    return QIcon(pixmap)


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    return table


class AlertsPanel(QWidget):
    open_requested = Signal(str, str)  # table, record id
    show_all_requested = Signal(str)  # kind


    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups_list: list[AlertGroup] = []
        self.shown: list[Alert] = []
        self.kind = ""
        self.total = QLabel(self)
        self.total.setObjectName("alerts_total")
        self.total.setStyleSheet("font-weight: bold;")
        self.groups = _table(self, "alert_groups", [self.tr("Alert"), self.tr("Count")])
        header = self.groups.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.groups.currentCellChanged.connect(lambda row, *_: self._choose(row))
        self.caption = QLabel(self)
        self.caption.setObjectName("group_caption")
        self.caption.setWordWrap(True)
        self.show_all = QPushButton(self)
        self.show_all.setObjectName("show_all")
        self.show_all.hide()
        self.show_all.clicked.connect(lambda: self.show_all_requested.emit(self.kind))
        self.alerts = _table(self, "alerts_table", [
            self.tr("Due"), self.tr("Record"), self.tr("Office"), self.tr("Alert"),
            self.tr("What to do")])
        for col, width in enumerate((104, 130, 50, 170)):
            self.alerts.setColumnWidth(col, width)
        self.alerts.horizontalHeader().setStretchLastSection(True)
        self.groups.setWordWrap(True)  # a group's name is read whole, on two lines if need be
        self.alerts.cellClicked.connect(self._clicked)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.total)
        column.addWidget(self.groups, 1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.show_all)
        column.addLayout(top)
        column.addWidget(self.alerts, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 580])
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    # groups ---------------------------------------------------------------------------------
    def set_groups(self, groups: list[AlertGroup], every_office: bool) -> None:
        keep = self.kind
        self.groups_list = groups
        self.alerts.setColumnHidden(2, not every_office)
        total = sum(g.total for g in groups)
        self.total.setText(self.tr("Alerts: %1").replace("%1", number(total)) if total
                           else self.tr("Nothing needs you now."))
        self.groups.blockSignals(True)
        self.groups.setRowCount(len(groups))
        for row, group in enumerate(groups):
            label = QTableWidgetItem(severity_icon(group.severity), kind_label(group.kind))
            label.setToolTip(QCoreApplication.translate(
                "alerts", SEVERITY_LABELS.get(group.severity, group.severity)))
            count = QTableWidgetItem(number(group.total))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if group.emergency or group.severity == "overdue":
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                count.setFont(font)
            self.groups.setItem(row, 0, label)
            self.groups.setItem(row, 1, count)
        self.groups.resizeRowsToContents()
        self.groups.blockSignals(False)
        kinds = [g.kind for g in groups]
        row = kinds.index(keep) if keep in kinds else 0
        if groups:
            self.groups.setCurrentCell(row, 0)
        self._choose(row if groups else -1)

    def group(self, kind: str) -> AlertGroup | None:
        return next((g for g in self.groups_list if g.kind == kind), None)

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self.groups_list):
            self.kind = ""
            self.caption.setText("")
            self.show_all.hide()
            self.show_alerts([])
            return
        group = self.groups_list[row]
        self.kind = group.kind
        self.show_alerts(list(group.alerts))
        self._caption(group, len(group.alerts))

    def _caption(self, group: AlertGroup, listed: int) -> None:
        name = f"<b>{kind_label(group.kind)}</b>: "
        if listed >= group.total:
            self.caption.setText(name + self.tr("%1 listed, most urgent first.")
                                 .replace("%1", number(group.total)))
            self.show_all.hide()
        else:
            self.caption.setText(name + self.tr("the %1 most urgent of %2 are listed.")
                                 .replace("%1", number(listed)).replace("%2", number(group.total)))
            self.show_all.setText(self.tr("Show all %1").replace("%1", number(group.total)))
            self.show_all.setEnabled(True)
            self.show_all.show()

    def show_whole(self, kind: str, found: list[Alert]) -> None:
        """The whole group arrived (after Show all)."""
        group = self.group(kind)
        if group is None or kind != self.kind:
            return
        self.show_alerts(found)
        self._caption(group, len(found))

    # alerts ---------------------------------------------------------------------------------
    def show_alerts(self, found: list[Alert]) -> None:
        self.shown = found
        self.alerts.setRowCount(len(found))
        for n, alert in enumerate(found):
            due = QTableWidgetItem(date_text(alert.due))
            due.setIcon(severity_icon(alert.severity))
            due.setToolTip(QCoreApplication.translate(
                "alerts", SEVERITY_LABELS.get(alert.severity, alert.severity)))
            title, todo = text(alert.title), text(alert.detail)
            cells = [due, QTableWidgetItem(alert.reference), QTableWidgetItem(alert.office),
                     QTableWidgetItem(title), QTableWidgetItem(todo)]
            cells[3].setToolTip(title)
            cells[4].setToolTip(todo)
            for col, item in enumerate(cells):
                self.alerts.setItem(n, col, item)
        if found:
            self.alerts.resizeColumnToContents(1)

    def rows(self) -> list[list[str]]:
        return [[a.severity, kind_label(a.kind), a.reference, a.office,
                 a.due.isoformat() if a.due else "", text(a.title), text(a.detail)]
                for a in self.shown]

    def _clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.shown):
            alert = self.shown[row]
            if alert.table and alert.record_id:
                self.open_requested.emit(alert.table, alert.record_id)
