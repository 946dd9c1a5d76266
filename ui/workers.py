"""Work off the GUI thread, and which thread writes to the database.

Who writes (peewee keeps one SQLite connection per thread; a job's connection closes when it ends):
- The GUI thread writes what a person saves: a form, a draft, a status change, a resolved
  conflict. One record in one short transaction, answered at once, on the connection that
  `open_database()` opened there.
- `Workers.writes`, ONE thread, runs every background job that writes (`start(..., writes=True)`):
  the calendar's status changes at start-up, and sync (which writes pulled changes through its
  own sqlite3 connection). One job at a time, so two background writers never contend.
- `Workers.pool` only reads (lists, dashboards, evidence, PDFs). Its connections are opened with
  `PRAGMA query_only`, so a write started there by mistake fails at once, loudly, instead of
  racing the other two.
The GUI thread and the write thread can still overlap. `models.base.atomic()` therefore takes
SQLite's write lock when the transaction begins (BEGIN IMMEDIATE) and waits for the other writer
(busy_timeout), instead of failing half-way with "database is locked".

A job is a plain function and never touches widgets; its result comes back on the GUI thread by
signal. A failure goes to `on_error` when the caller gives one. Otherwise it is not dropped: the
traceback goes to the log file and the user sees the error in words (`ui.crash.report_error`).
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from models.db import close_database, connect_read_only, database_path

from .crash import report_error
from .memory import release_memory

ErrorHandler = Callable[[Exception, str], None]  # the exception, its formatted traceback


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    progress = Signal(int, int, str)  # done, total, message


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args, with_progress: bool = False,
                 read_only: bool = True, **kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.read_only = read_only
        self.signals = _Signals()
        if with_progress:
            self.kwargs["progress"] = self.signals.progress.emit

    @Slot()
    def run(self) -> None:
        try:
            if self.read_only and database_path():  # a pool thread: reads only
                connect_read_only()
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # handed to the GUI thread, shown to the user there
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)
        finally:
            close_database()  # this worker thread's own connection
            release_memory()  # and the page cache it filled (ui/memory.py)


class Workers(QObject):
    """Start jobs: `writes` runs one at a time (database writes), `pool` runs reads in parallel.

    `report` handles failures of jobs started without `on_error` (default: log and show)."""

    def __init__(self, parent: QObject | None = None, report: ErrorHandler | None = None):
        super().__init__(parent)
        self.report = report or report_error
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        self._running: set[Job] = set()

    def start(self, fn: Callable[..., Any], *args, on_done: Callable[[Any], None] | None = None,
              on_error: ErrorHandler | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              writes: bool = False, **kwargs) -> Job:
        """Run `fn(*args, **kwargs)` off the GUI thread; `writes=True` if it writes the database."""
        job = Job(fn, *args, with_progress=on_progress is not None, read_only=not writes,
                  **kwargs)
        job.setAutoDelete(False)
        self._running.add(job)
        if on_done:
            job.signals.done.connect(on_done)
        job.signals.failed.connect(on_error or self.report)
        if on_progress:
            job.signals.progress.connect(on_progress)
        job.signals.done.connect(lambda *_: self._running.discard(job))
        job.signals.failed.connect(lambda *_: self._running.discard(job))
        (self.writes if writes else self.pool).start(job)
        return job

    def wait(self, msecs: int = 30000) -> bool:
        return self.writes.waitForDone(msecs) and self.pool.waitForDone(msecs)
