"""The office's UNICEF signatories: officers with delegated authority to sign agreements.

Only they can be chosen as UNICEF's signatory (never the person using the laptop); the list
is office data that syncs. The model (models.agreements.signatories) checks every entry.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from models.agreements import signatories
from models.errors import DomainError, ValidationError
from reports import palette

from ..messages import error_text, field_errors
from ..widgets import reflow


class SignatoriesDialog(QDialog):
    def __init__(self, ctx, office: str, parent=None):
        super().__init__(parent)
        self.ctx, self.office = ctx, office
        self.setObjectName("signatories_dialog")
        self.setWindowTitle(self.tr("UNICEF signatories of office %1").replace("%1", office))
        self.list = QTreeWidget(self)
        self.list.setObjectName("officer_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Title"), self.tr("E-mail"),
                                   self.tr("From"), self.tr("Until")])
        self.remove = QPushButton(self.tr("Withdraw the authority to sign"), self)
        self.remove.setObjectName("officer_remove")
        self.remove.clicked.connect(self._remove)
        self.inputs = {key: QLineEdit(self) for key in signatories.FIELDS}
        for key, widget in self.inputs.items():
            widget.setObjectName(f"officer_{key}")
        self.inputs["valid_from"].setPlaceholderText("YYYY-MM-DD")
        self.inputs["valid_until"].setPlaceholderText(self.tr("YYYY-MM-DD (blank: open)"))
        form = QFormLayout()
        for key, label in (("name", self.tr("Name")), ("title", self.tr("Title")),
                           ("email", self.tr("E-mail")), ("valid_from", self.tr("From")),
                           ("valid_until", self.tr("Until"))):
            form.addRow(label, self.inputs[key])
        self.add = QPushButton(self.tr("Authorise this officer"), self)
        self.add.setObjectName("officer_add")
        self.add.clicked.connect(self._add)
        self.problem = QLabel(self)
        self.problem.setObjectName("officer_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {palette.ERROR};")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Only these officers can sign agreements for UNICEF in "
                                        "this office."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        reflow(form)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for officer in signatories.unicef_officers(self.office):
            item = QTreeWidgetItem([officer.name, officer.title, officer.email,
                                    str(officer.valid_from or ""),
                                    str(officer.valid_until or "")])
            item.setData(0, Qt.ItemDataRole.UserRole, officer.id)
            self.list.addTopLevelItem(item)
        self.remove.setEnabled(self.list.topLevelItemCount() > 0)

    def _add(self) -> None:
        data = {key: widget.text().strip() or None for key, widget in self.inputs.items()}
        try:
            signatories.save_unicef_officer(data, office=self.office)
        except ValidationError as exc:
            self.problem.setText("\n".join(field_errors(exc).values()))
            return
        except DomainError as exc:
            self.problem.setText(error_text(exc))
            return
        self.problem.clear()
        for widget in self.inputs.values():
            widget.clear()
        self.refresh()
        self.ctx.changed("unicef_officer")

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.problem.setText(self.tr("Choose an officer in the list first."))
            return
        signatories.remove_unicef_officer(item.data(0, Qt.ItemDataRole.UserRole))
        self.refresh()
        self.ctx.changed("unicef_officer")
