"""Opening an attached document from an agreement or PD: in the system's viewer, fetched from
headquarters first when it is not on this computer yet (a record synced from another device of
the office arrives before its file; sync fetches files too, this does not wait for that)."""
from __future__ import annotations

import html

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from models import agreements
from models.errors import DomainError, NotFound

from ..messages import error_text


def attachment_links(files) -> str:
    """Rich text naming each attachment as a link (its id) for QLabel.linkActivated."""
    return ", ".join(f'<a href="{a.id}">{html.escape(a.filename)}</a> ({html.escape(a.kind)})'
                     for a in files)


def fetch_job(db_path, sha256: str) -> str:
    """On a worker thread: download the file from HQ into the local file store."""
    from sync.client import fetch_attachment
    return str(fetch_attachment(db_path, sha256))


class AttachmentOpener(QObject):
    """Opens attachments for a panel; says what happens through `message(text, error)`."""

    message = Signal(str, bool)
    opened = Signal(str)  # the path handed to the system's viewer

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx

    def open(self, attachment) -> None:
        try:
            path = agreements.copy_to_open(attachment)
        except NotFound:
            self.message.emit(self.tr("Fetching %1 from headquarters...")
                              .replace("%1", attachment.filename), False)
            self.ctx.workers.start(fetch_job, self.ctx.db_path, attachment.sha256,
                                   on_done=lambda _path: self._fetched(attachment),
                                   on_error=lambda exc, _trace: self._failed(attachment, exc))
            return
        except DomainError as exc:
            self.message.emit(error_text(exc), True)
            return
        self.message.emit("", False)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.opened.emit(str(path))

    def _fetched(self, attachment) -> None:
        self.open(attachment)

    def _failed(self, attachment, exc: Exception) -> None:
        reason = error_text(exc) if isinstance(exc, DomainError) else exc.__class__.__name__
        self.message.emit(self.tr("Could not fetch %1: %2").replace("%1", attachment.filename)
                          .replace("%2", reason), True)
