"""The window's one sync at a time: the Sync view, the status bar and joining an office from the
first-run dialog all start and follow syncs here, so two never run at once on one database.

While a sync brings records in (a new laptop receiving its office), the views are told every few
seconds that data changed, so the office can be used while the rest arrives.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal

REFRESH_EVERY_S = 4.0


def run_sync(db_path, server, code, progress=None):
    from sync.client import sync
    # few quick retries here: the Sync view itself retries later with a growing delay
    return sync(db_path, server or None, enroll_code=code or None, progress=progress,
                attempts=3, backoff=0.5)


class SyncRunner(QObject):
    started = Signal()
    progress = Signal(int, int, str)  # done, total (0: unknown), message
    done = Signal(object)  # sync.client.SyncResult
    failed = Signal(object)  # the exception (a DomainError carries a message for the user)

    def __init__(self, ctx):
        super().__init__(ctx)
        self.ctx = ctx
        self.running = False
        self.pulled = 0
        self._told = 0.0

    def start(self, server: str | None, code: str | None = None) -> bool:
        """Start a sync (enrolling first with `code`); False when one is already running."""
        if self.running:
            return False
        self.running, self.pulled, self._told = True, 0, time.monotonic()
        self.ctx.workers.start(run_sync, self.ctx.db_path, server, code, on_done=self._done,
                               on_error=self._failed, on_progress=self._progress, writes=True)
        self.started.emit()
        return True

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.emit(done, total, message)
        now = time.monotonic()
        if now - self._told >= REFRESH_EVERY_S:  # records arrived: the views show them
            self._told = now
            self.ctx.changed("")

    def _done(self, result) -> None:
        self.running = False
        self.done.emit(result)

    def _failed(self, exc: Exception, _trace: str) -> None:
        self.running = False
        self.failed.emit(exc)


def shared(ctx) -> SyncRunner:
    """The window's runner (made on first use)."""
    if ctx.sync is None:
        ctx.sync = SyncRunner(ctx)
    return ctx.sync
