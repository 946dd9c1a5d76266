"""The window's answer to HQ revoking this computer: the sync has already wiped the database and
its keys (sync/client.py); the window lets go of what it still holds open, removes whatever could
not go while it was open (Windows does not remove an open file), says why, and closes."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from models import wipe
from models.db import close_database
from ..messages import error_text


def leave(window, exc: BaseException) -> None:
    """Close `window` (a MainWindow) for good after a revocation, unsaved edits included: they
    belong to data HQ has asked this computer to give up."""
    ctx = window.ctx
    window.closing_revoked = True
    ctx.workers.wait(10_000)
    ctx.reader.stop()
    close_database()
    wipe.erase(ctx.db_path)
    QMessageBox.critical(window, QCoreApplication.translate("Revoked", "Removed by HQ"),
                         error_text(exc))
    window.close()
