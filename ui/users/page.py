"""The Users page: the office's users with their role and whether they have a PIN on this
laptop, and, for an office administrator, adding a user, changing a role, giving a new PIN and
removing a user. Anyone else sees the list with the buttons off and the models' reason as their
tooltip; the models refuse those changes anyway (models/users)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from models import users
from models.directory import settings
from models.errors import DomainError

from ..messages import error_text
from ..passphrase import problem_label
from .dialogs import UserDialog
from .roles import refusal_text, role_label


class UsersView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.people: list[users.User] = []
        title = QLabel(self.tr("Users of this office"), self)
        title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.intro = QLabel(self.tr("Each person who uses PartnerDesk on this computer signs in "
                                    "with a PIN; their role says what they may change. PINs "
                                    "stay on this computer; names and roles go to "
                                    "headquarters."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"),
                                              self.tr("PIN on this computer")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.change_role())
        self.add_button = self._button("add_user", self.tr("Add a user"), self.add_user)
        self.role_button = self._button("change_role", self.tr("Change the role"),
                                        self.change_role)
        self.pin_button = self._button("reset_pin", self.tr("New PIN"), self.reset_pin)
        self.remove_button = self._button("remove_user", self.tr("Remove"), self.remove_user)
        self.message = problem_label(self, "users_message")
        self.message.hide()  # shown with a refusal only
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.pin_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        ctx.data_changed.connect(self._changed)
        self.refresh()

    def _button(self, name: str, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _changed(self, table: str) -> None:
        if table in ("", "office_user"):
            self.refresh()

    def refresh(self) -> None:
        """Reload the list (keeping the selected user selected) and what the buttons allow."""
        chosen = self.selected()
        self.people = users.users() if settings.home_office() else []
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            has_pin = self.tr("Yes") if person.has_pin else self.tr("Not yet")
            for column, value in enumerate((person.name, role_label(person.role), has_pin)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, person.name)
                self.table.setItem(row, column, item)
        if chosen:
            self.select(chosen.name)
        self.update_buttons()

    def selected(self) -> users.User | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def select(self, name: str) -> None:
        for row, person in enumerate(self.people):
            if person.name == name:  # (selectRow selects nothing in a right-to-left window)
                self.table.setCurrentCell(row, 0)

    def update_buttons(self) -> None:
        """Off for who may not manage users (the reason as tooltip); the buttons about one user
        off until a user is chosen."""
        reason = refusal_text("manage_users") if settings.home_office() else ""
        chosen = self.selected() is not None
        self.add_button.setEnabled(not reason)
        self.add_button.setToolTip(reason)
        pick = "" if chosen else self.tr("Choose a user in the list first.")
        for button in (self.role_button, self.pin_button, self.remove_button):
            button.setEnabled(not reason and chosen)
            button.setToolTip(reason or pick)

    def say(self, message: str) -> None:
        """A refusal above the list (or nothing: hidden)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def _run(self, dialog: UserDialog) -> None:
        self.say("")
        if dialog.exec() and dialog.done_user is not None:
            self.ctx.changed("office_user")
            self.select(dialog.done_user.name)

    def add_user(self) -> None:
        self._run(UserDialog("add", parent=self))

    def change_role(self) -> None:
        if (chosen := self.selected()) is not None and self.role_button.isEnabled():
            self._run(UserDialog("role", chosen, self))

    def reset_pin(self) -> None:
        if (chosen := self.selected()) is not None:
            self._run(UserDialog("pin", chosen, self))

    def remove_user(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove a user"),
            self.tr("Remove %1 from the users of this office? Their changes keep their name; "
                    "they can no longer sign in.").replace("%1", chosen.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.remove(chosen)

    def remove(self, chosen: users.User) -> bool:
        """Remove `chosen` (after the question); a refusal is the line above the list."""
        self.say("")
        try:
            users.remove_user(chosen.name, chosen.office)
        except DomainError as exc:
            self.say(error_text(exc))
            return False
        self.ctx.changed("office_user")
        return True
