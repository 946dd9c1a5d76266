"""Answering modal message boxes in GUI tests: a bounded wait, and a record of what was shown."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

POLL_MS = 50


@dataclass
class Answer:
    """What `answer_next_dialog` did: assert `pressed`, so that a prompt that never came fails."""
    pressed: bool = False
    texts: list[str] = field(default_factory=list)  # text and informative text of the box


def answer_next_dialog(button: QMessageBox.StandardButton, timeout_ms: int = 5000) -> Answer:
    """Press `button` in the next modal message box, polling for at most `timeout_ms`.

    A modal box runs its own event loop, so the polling timer fires while the code under test
    waits for the answer. After the deadline the polling stops: it never clicks a box that a later
    test opens."""
    answer = Answer()
    deadline = time.monotonic() + timeout_ms / 1000

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.button(button) is not None:
            answer.texts = [box.text(), box.informativeText()]
            answer.pressed = True
            box.button(button).click()
        elif time.monotonic() < deadline:
            QTimer.singleShot(POLL_MS, press)
    QTimer.singleShot(POLL_MS, press)
    return answer
