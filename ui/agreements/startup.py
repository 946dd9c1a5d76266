"""At start-up, the calendar's status changes (signed PDs become active on their start date,
PDs and agreements end after their end date) are applied on the write worker and shown."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models import agreements

from ..messages import error_text, plural, text


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementsStartup", text)


def apply_at_startup(ctx, parent: QWidget | None = None, today: dt.date | None = None):
    """Start the job; when it changed anything, refresh the views and tell the user what."""

    def done(messages: list[str]) -> None:
        if not messages:
            return
        ctx.changed("agreement")
        ctx.changed("programme_document")
        summary = plural("AgreementsStartup",
                         "%Ln agreement status changes applied for today's date.", len(messages))
        messages = [text(m) for m in messages]
        ctx.status_message.emit(summary)
        box = QMessageBox(QMessageBox.Icon.Information, _tr("Agreements updated"), summary,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("automatic_transitions")
        box.setInformativeText("\n".join(messages[:12]) + ("\n..." if len(messages) > 12
                                                            else ""))
        box.setDetailedText("\n".join(messages))
        box.setModal(False)
        box.open()
        ctx.automatic_transitions_box = box  # kept alive while shown; tests look at it

    def failed(exc: Exception, _trace: str) -> None:
        ctx.status_message.emit(_tr("Automatic status changes failed: %1").replace(
            "%1", error_text(exc)))

    return ctx.workers.start(agreements.apply_automatic_transitions, today, on_done=done,
                             on_error=failed, writes=True)
