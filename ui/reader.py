"""The lists' reader: one background thread, with its own read-only database connection, that
runs list queries (pages, searches, counts) off the GUI thread; only the newest request of each
kind counts.

Why not `Workers.pool`: a pool job opens a connection and closes it when it ends, which costs
4-8 ms (pragmas, schema) and an empty page cache on every keystroke. This thread keeps its
connection (and so SQLite's cache and prepared statements) while the lists are used, and lets it
go after `IDLE_SECONDS` without work.

A request has a key (a list and what it wants: its page, its count). A newer request with the
same key replaces the waiting one, and interrupts it if it is already running
(`sqlite3.Connection.interrupt`), so a count started three keystrokes ago does not delay the page
of the last one. Its result is never delivered: `on_done` runs on the GUI thread, by signal, only
for the newest request of its key. Pages go before counts ("urgent").
"""
from __future__ import annotations

import itertools
import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

from models.db import close_database, connect_read_only, database, set_cache_size

from .memory import release_memory

IDLE_SECONDS = 30.0
# SQLite's own page cache for this connection. The pages it reads (indexes, search doclists)
# stay in the operating system's cache anyway, which costs about a microsecond more per page;
# the default 32 MB would sit in the process for good.
CACHE_KB = 4_000
TRIM_AFTER = 1.0  # seconds without work before freed memory is given back
log = logging.getLogger("partnerdesk")


@dataclass
class _Request:
    key: object
    fn: Callable[..., Any]
    args: tuple
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    urgent: bool
    number: int
    superseded: bool = False
    result: Any = None
    error: Exception | None = field(default=None, repr=False)


class Reader(QObject):
    _answered = Signal(object)  # a finished _Request, from the reading thread to the GUI thread

    def __init__(self, parent: QObject | None = None, idle_seconds: float = IDLE_SECONDS):
        super().__init__(parent)
        self.idle_seconds = idle_seconds
        self._lock = threading.Condition()
        self._waiting: dict[object, _Request] = {}
        self._running: _Request | None = None
        self._connection = None  # the thread's sqlite3 connection, to interrupt it
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._numbers = itertools.count()
        self._answered.connect(self._deliver)

    def submit(self, key, fn: Callable[..., Any], *args, on_done=None, on_error=None,
               urgent: bool = True) -> None:
        """Run `fn(*args)` on the reading thread; `on_done(result)` or `on_error(exc)` follow on
        the GUI thread unless a newer request with the same `key` came first."""
        request = _Request(key, fn, args, on_done, on_error, urgent, next(self._numbers))
        with self._lock:
            if old := self._waiting.pop(key, None):
                old.superseded = True
            self._interrupt(key)
            self._waiting[key] = request
            if self._thread is None:
                self._stopping = False
                self._thread = threading.Thread(target=self._loop, name="list-reader",
                                                daemon=True)
                self._thread.start()
            self._lock.notify()

    def cancel(self, key) -> None:
        """Forget the waiting request of `key` and interrupt its running one."""
        with self._lock:
            if old := self._waiting.pop(key, None):
                old.superseded = True
            self._interrupt(key)

    def _interrupt(self, key) -> None:
        running = self._running
        if running is not None and running.key == key and not running.superseded:
            running.superseded = True
            if self._connection is not None:
                self._connection.interrupt()  # its answer is no longer wanted

    def busy(self) -> bool:
        with self._lock:
            return bool(self._waiting) or self._running is not None

    def stop(self, timeout: float = 5.0) -> None:
        """Let the thread finish what runs, drop what waits, and close its connection."""
        with self._lock:
            thread, self._stopping = self._thread, True
            for request in self._waiting.values():
                request.superseded = True
            self._waiting.clear()
            self._lock.notify()
        if thread is not None:
            thread.join(timeout)

    # the reading thread ---------------------------------------------------------------------
    def _next(self) -> _Request | None:
        """The next request to run; None when stopped or idle for `idle_seconds`. After a
        short pause without work (not during a burst of typing) freed memory goes back."""
        trimmed = False
        while True:
            with self._lock:
                if not self._waiting and not self._stopping:
                    self._lock.wait(self.idle_seconds if trimmed else TRIM_AFTER)
                if self._stopping or (not self._waiting and trimmed):
                    self._thread = None
                    return None
                if self._waiting:
                    key = min(self._waiting, key=lambda k: (not self._waiting[k].urgent,
                                                            self._waiting[k].number))
                    self._running = self._waiting.pop(key)
                    return self._running
            release_memory()  # what the queries (and the workers' connections) freed
            trimmed = True

    def _loop(self) -> None:
        opened = None
        try:
            while (request := self._next()) is not None:
                try:
                    if opened != database.database or database.is_closed():
                        close_database()  # the file changed (tests open many)
                        connect_read_only()
                        set_cache_size(CACHE_KB)
                        opened = database.database
                        with self._lock:
                            self._connection = database.connection()
                    request.result = request.fn(*request.args)
                except Exception as exc:  # delivered to the GUI thread
                    request.error = exc
                with self._lock:
                    self._running = None
                if not request.superseded:
                    self._answered.emit(request)
        except RuntimeError:  # the Reader was deleted under us: the window closed
            pass
        finally:
            with self._lock:
                self._connection = None
                if self._thread is threading.current_thread():
                    self._thread = None
            close_database()

    # the GUI thread -------------------------------------------------------------------------
    def _deliver(self, request: _Request) -> None:
        if request.superseded:
            return
        if request.error is None:
            if request.on_done:
                request.on_done(request.result)
        elif request.on_error:
            request.on_error(request.error)
        else:
            log.error("list query failed: %r", request.error)
