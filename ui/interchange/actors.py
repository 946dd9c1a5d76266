"""Pick organisations of the office's landscape (IATI, 3W) to place on the stakeholder map of
phase i (ui/cycle/landscape.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from models.directory import settings
from models.interchange import landscape


class ActorPicker(QDialog):
    """A checkable list of the office's external organisations, most active first."""

    def __init__(self, office: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("actor_picker")
        self.setWindowTitle(self.tr("Organisations in the landscape"))
        office = office or settings.home_office() or ""
        self.actors = landscape.actors(office)
        self.list = QListWidget(self)
        self.list.setObjectName("actors")
        for actor in self.actors:
            count = self.tr("%Ln activities", "", actor["activities"])
            text = f"{actor['name']} ({count})"
            if actor["partner"]:
                text += " - " + self.tr("partner: %1").replace("%1", actor["partner"])
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        hint = QLabel(self.tr("Organisations other publishers and clusters report in %1 (import "
                              "IATI or 3W files in the Landscape area). Tick those to place on "
                              "the map.").replace("%1", office) if self.actors else
                      self.tr("No organisations in this office's landscape yet: import an IATI "
                              "file or a 3W table in the Landscape area first."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def chosen_rows(self) -> list[dict]:
        """Stakeholder rows for the landscape table: partners as partners, others as none."""
        rows = []
        for n, actor in enumerate(self.actors):
            if self.list.item(n).checkState() == Qt.CheckState.Checked:
                rows.append({"who": actor["name"], "interest": 3, "influence": 3,
                             "relation": "partner" if actor["partner"] else "none"})
        return rows
