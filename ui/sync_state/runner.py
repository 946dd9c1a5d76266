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
        self.kind = "sync"
        self.pulled = 0
        self._told = 0.0

    def start(self, server: str | None, code: str | None = None) -> bool:
        """Start a sync (enrolling first with `code`); False when one is already running."""
        return self._start("sync", run_sync, self.ctx.db_path, server, code)

    def start_file(self, kind: str, path: str) -> bool:
        """Sync by file (sync/filesync.py): `kind` "export" writes the file for HQ to `path`,
        "import" applies HQ's answer read from `path`; one at a time with network syncs."""
        from sync import filesync
        fn = filesync.export_to if kind == "export" else filesync.import_from
        return self._start(kind, fn, self.ctx.db_path, path)

    def _start(self, kind: str, fn, *args) -> bool:
        if self.running:
            return False
        self.running, self.pulled, self._told = True, 0, time.monotonic()
        self.kind = kind  # what the view reports when it ends: "sync", "export" or "import"
        self.ctx.workers.start(fn, *args, on_done=self._done, on_error=self._failed,
                               on_progress=self._progress, writes=True)
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
