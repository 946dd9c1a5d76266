"""The partners of one partnership: partner, role and the comparative advantage it brings."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLineEdit,
                               QPushButton, QTableWidget, QVBoxLayout, QWidget)

from models.directory import vocab

from ..widgets import vocab_choices


class MembersTable(QWidget):
    edited = Signal()

    def __init__(self, partner_choices, parent=None):
        super().__init__(parent)
        self.partner_choices = partner_choices  # callable -> [(id, name)]
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("members")
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Role"),
                                              self.tr("Comparative advantage")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 130)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        add = QPushButton(self.tr("Add partner"), self)
        add.setObjectName("add_member")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(self.tr("Remove"), self)
        remove.setObjectName("remove_member")
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._choices: list[tuple[str, str]] | None = None

    def choices(self) -> list[tuple[str, str]]:
        if self._choices is None:
            self._choices = self.partner_choices()
        return self._choices

    def add_row(self, member: dict | None = None) -> None:
        member = member or {}
        row = self.table.rowCount()
        self.table.insertRow(row)
        partner = QComboBox(self.table)
        partner.setEditable(True)
        partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        partner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        partner.setMinimumContentsLength(12)
        partner.addItem("", None)
        for pid, name in self.choices():
            partner.addItem(name, pid)
        if member.get("partner") and partner.findData(member["partner"]) < 0:
            partner.addItem(member.get("partner_name") or member["partner"], member["partner"])
        partner.setCurrentIndex(max(0, partner.findData(member.get("partner"))))
        partner.lineEdit().setCursorPosition(0)
        partner.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        partner.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        partner.currentIndexChanged.connect(self.edited)
        role = QComboBox(self.table)
        for code, text in vocab_choices(vocab.PARTNER_ROLES):
            role.addItem(text, code)
        role.setCurrentIndex(max(0, role.findData(member.get("role") or
                                                  ("lead" if row == 0 else "implementing"))))
        role.currentIndexChanged.connect(self.edited)
        advantage = QLineEdit(member.get("comparative_advantage", ""), self.table)
        advantage.textEdited.connect(self.edited)
        self.table.setCellWidget(row, 0, partner)
        self.table.setCellWidget(row, 1, role)
        self.table.setCellWidget(row, 2, advantage)
        if not member:
            self.edited.emit()
            partner.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def value(self) -> list[dict]:
        members = []
        for row in range(self.table.rowCount()):
            partner_id = self.table.cellWidget(row, 0).currentData()
            if not partner_id:
                continue
            members.append({"partner": partner_id,
                            "role": self.table.cellWidget(row, 1).currentData(),
                            "comparative_advantage": self.table.cellWidget(row, 2).text()})
        return members

    def set_value(self, members: list[dict] | None) -> None:
        self.table.setRowCount(0)
        for member in members or []:
            self.add_row(member)
