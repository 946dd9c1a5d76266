"""Status action buttons that show their guards: a refused action is disabled and says why.

The bar takes plain data, one `Action` per possible transition, as the domain reports them
(allowed or not, and the reason in words). A disabled button carries the reason as its tooltip
and the reasons are also written under the buttons, so nobody has to hover to learn them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from reports import palette

from ..messages import text
from ..widgets import FlowLayout

# English labels of the transitions (translated with context "AgreementActions")
ACTION_LABELS = {
    "draft": "Back to draft", "review": "Send for review", "signature": "Send for signature",
    "signed": "Sign", "active": "Activate", "ended": "End", "closed": "Close",
    "suspended": "Suspend", "terminated": "Terminate", "cancelled": "Cancel it",
}


@dataclass(frozen=True)
class Action:
    target: str  # status the action leads to
    allowed: bool
    reason: str = ""  # why it is refused (English, from the domain), empty when allowed
    label: str = ""  # English label; defaults to ACTION_LABELS[target]

    def text(self) -> str:
        return QCoreApplication.translate("AgreementActions",
                                          self.label or ACTION_LABELS.get(self.target,
                                                                          self.target))


def actions_from(items) -> list[Action]:
    """Accept Action objects, dicts or (target, allowed, reason) tuples from the models layer."""
    result = []
    for item in items or []:
        if isinstance(item, Action):
            result.append(item)
        elif isinstance(item, dict):
            result.append(Action(item.get("target") or item.get("status"),
                                 bool(item.get("allowed")), item.get("reason") or "",
                                 item.get("label") or ""))
        elif isinstance(item, (tuple, list)):
            result.append(Action(item[0], bool(item[1]), item[2] if len(item) > 2 else ""))
        else:  # a dataclass from models: read its attributes
            result.append(Action(getattr(item, "target", None) or getattr(item, "status"),
                                 bool(getattr(item, "allowed", False)),
                                 getattr(item, "reason", "") or "",
                                 getattr(item, "label", "") or ""))
    return result


class StatusActions(QWidget):
    """A row of transition buttons; `triggered(target)` when an allowed one is clicked."""

    triggered = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.row = FlowLayout()  # the buttons wrap onto a second line in a narrow window
        self.reasons = QLabel(self)
        self.reasons.setObjectName("guard_reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet(f"color: {palette.NOTICE};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row)
        layout.addWidget(self.reasons)

    def set_actions(self, actions) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.buttons.clear()
        refused = []
        for action in actions_from(actions):
            button = QPushButton(action.text(), self)
            button.setObjectName(f"action_{action.target}")
            button.setEnabled(action.allowed)
            if not action.allowed and action.reason:
                reason = text(action.reason)
                button.setToolTip(reason)
                refused.append(f"<b>{action.text()}</b>: {_html(reason)}")
            button.clicked.connect(lambda _=False, t=action.target: self.triggered.emit(t))
            self.row.addWidget(button)
            button.show()  # at once, not when the event loop next runs
            self.buttons[action.target] = button
        self.reasons.setText("<br>".join(refused))
        self.reasons.setVisible(bool(refused))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
