"""Work off the GUI thread: one serial executor for database writes, a pool for the rest.

A job is a plain function; its result or error comes back on the GUI thread by signal. Jobs never
touch widgets.
"""
from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from .memory import release_memory


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    progress = Signal(int, int, str)  # done, total, message


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args, with_progress: bool = False, **kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        if with_progress:
            self.kwargs["progress"] = self.signals.progress.emit

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # handed to the GUI thread, shown to the user there
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)
        finally:
            from models.db import database
            if not database.is_closed():
                database.close()  # this worker thread's own connection
            release_memory()  # and the page cache it filled (ui/memory.py)


class Workers(QObject):
    """Start jobs: `writes` runs one at a time (database writes), `pool` runs in parallel."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(4)
        self._running: set[Job] = set()

    def start(self, fn: Callable[..., Any], *args, on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[Exception, str], None] | None = None,
              on_progress: Callable[[int, int, str], None] | None = None,
              serial: bool = False, **kwargs) -> Job:
        job = Job(fn, *args, with_progress=on_progress is not None, **kwargs)
        job.setAutoDelete(False)
        self._running.add(job)
        if on_done:
            job.signals.done.connect(on_done)
        if on_error:
            job.signals.failed.connect(on_error)
        if on_progress:
            job.signals.progress.connect(on_progress)
        job.signals.done.connect(lambda *_: self._running.discard(job))
        job.signals.failed.connect(lambda *_: self._running.discard(job))
        (self.writes if serial else self.pool).start(job)
        return job

    def wait(self, msecs: int = 30000) -> bool:
        return self.writes.waitForDone(msecs) and self.pool.waitForDone(msecs)
