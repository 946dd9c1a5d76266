"""Give back to the operating system the memory that closed database connections freed.

glibc keeps what a thread frees in that thread's own arena. A worker's connection reads with a
page cache of up to 32 MB (the dashboard's counts scan 100,000 partnerships: +40 MB), and after
the connection closes that memory stays in the process unless `malloc_trim` returns it (3 ms
when there is something to return, nothing otherwise). Other C libraries: nothing to do.
"""
from __future__ import annotations

import sys
import threading
import time

_lock = threading.Lock()
_last = 0.0
_trim = None  # glibc's malloc_trim, found on first use (off the GUI thread, after start-up)


def _find_trim():
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return False


def release_memory(every: float = 1.0) -> None:
    """Return freed memory to the system, at most once per `every` seconds (any thread)."""
    global _last, _trim
    with _lock:
        now = time.monotonic()
        if now - _last < every:
            return
        _last = now
        if _trim is None:
            _trim = _find_trim()
    if _trim:
        _trim(0)
