"""Child process of bench_startup.py: start the app on a database as `python main.py` does, report
when the window first paints, then type searches and jump through the partnerships list."""
import time

T0 = time.time()
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402

WORDS = ("water", "nigeria immun", "save the chi", "girls educ", "kenya", "odesa protec",
         "nutrition", "BGD/PS/2023")


class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.at = None

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.time()
        return False


def wait(app, done, timeout: float = 30.0) -> float:
    """Run the event loop until done(); the seconds it took. The loop sleeps until an event
    comes, as the window's does: spinning would hold the GIL the reader thread needs."""
    start = time.perf_counter()
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the list did not answer")
    return time.perf_counter() - start


def shown(table, model) -> bool:
    """Every row the table shows has been read."""
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    if last < 0:
        last = model.rowCount() - 1
    return model.settled() and all(model.id_at(r) for r in range(first, last + 1))


def main(db_path: str) -> None:
    """Start the app as `python main.py --db PATH` does (cli.main, its event loop); measure
    from inside the loop once the window has painted, then quit."""
    import cli
    from bench.common import BENCH_PASSPHRASE
    from models import crypto, keystore
    from ui import app as app_module

    # The passphrase as if typed in the start dialog: the key derivation (scrypt, the real cost)
    # is timed on its own; the window's figure includes it.
    path = Path(db_path).resolve()
    kdf_started = time.time()
    if crypto.key_path(path).exists():
        keystore.unlock(path, BENCH_PASSPHRASE)
    kdf_s = time.time() - kdf_started

    show = app_module.show_main_window
    probe = FirstPaint()
    results = {}

    def show_and_watch(path, *more):
        window = show(path, *more)
        window.installEventFilter(probe)  # before the event loop paints it
        QTimer.singleShot(0, lambda: measure(window, probe, results))
        return window
    app_module.show_main_window = show_and_watch
    cli.main(["--db", db_path, "--lang", "en"])
    results["in_process_s"] = probe.at - T0
    results["first_window_s"] = probe.at - float(sys.argv[2])
    results["kdf_s"] = kdf_s
    print(json.dumps(results))


def measure(window, probe, results: dict) -> None:
    from PySide6.QtWidgets import QApplication

    from bench.common import percentile, rss_mb
    app = QApplication.instance()
    wait(app, lambda: probe.at is not None)
    ticker = QTimer()  # wakes the waiting loop now and then, should an answer need no event
    ticker.start(50)
    started = time.perf_counter()
    area = window.show_area("partnerships")
    model, table = area.model, area.table
    wait(app, model.settled)
    list_ready = time.perf_counter() - started
    arrived = {}
    model.loaded.connect(lambda: arrived.setdefault(model.generation, time.perf_counter()))
    latencies, counts = [], []
    for word in WORDS:
        typed = ""
        for ch in word:
            typed += ch
            start = time.perf_counter()
            model.set_search(typed)
            generation = model.generation
            wait(app, lambda: generation in arrived)  # the rows of this keystroke are shown
            latencies.append((arrived[generation] - start) * 1000)
            wait(app, model.settled)
            counts.append((time.perf_counter() - start) * 1000)
    model.set_search("")
    wait(app, model.settled)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    jumps = []
    for key, modifier in ((Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
                          (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)):
        start = time.perf_counter()
        app.sendEvent(table, _key(key, modifier))  # handled now, as a key press is
        jumps.append(wait(app, lambda: shown(table, model)) * 1000)
    bar = table.verticalScrollBar()
    start = time.perf_counter()
    bar.setValue(bar.maximum() // 2)  # the thumb dragged to the middle
    jumps.append(wait(app, lambda: shown(table, model)) * 1000)
    rss_busy = rss_mb()
    idle = time.perf_counter()
    wait(app, lambda: time.perf_counter() - idle > 2.5)  # the window left alone a moment
    results.update({"list_ready_s": list_ready, "rss_busy_mb": rss_busy,
                    "search_p50_ms": percentile(latencies, 50),
                    "search_p95_ms": percentile(latencies, 95),
                    "search_max_ms": max(latencies), "keystrokes": len(latencies),
                    "count_p95_ms": percentile(counts, 95),
                    "end_ms": jumps[0], "page_up_ms": jumps[1], "home_ms": jumps[2],
                    "middle_ms": jumps[3], "rss_mb": rss_mb(),
                    "rows_held": len(model.rows), "rows": model.rowCount()})
    window.close()  # stops the reader and waits for the workers, as closing the app does
    app.quit()


def _key(key, modifier):
    from PySide6.QtGui import QKeyEvent
    return QKeyEvent(QEvent.Type.KeyPress, key, modifier)


if __name__ == "__main__":
    main(sys.argv[1])
