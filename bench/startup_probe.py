"""Child process of bench_startup.py: open the app on a database, report when the window shows."""
import time

T0 = time.time()
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402


class FirstPaint(QObject):
    def __init__(self):
        super().__init__()
        self.at = None

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.time()
        return False


def main(db_path: str) -> None:
    from bench.common import percentile, rss_mb
    from models.db import open_database
    from ui.app import make_app
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = make_app("en")
    open_database(db_path)
    window = MainWindow(AppContext(db_path))
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    while probe.at is None:
        app.processEvents()
    shown = probe.at
    area = window.show_area("partnerships")
    app.processEvents()
    latencies = []
    for word in ("water", "nigeria immun", "save the chi", "girls educ", "kenya", "odesa protec",
                 "nutrition", "BGD/PS/2023"):
        typed = ""
        for ch in word:
            typed += ch
            start = time.perf_counter()
            area.model.set_search(typed)
            area._update_count()
            app.processEvents()
            latencies.append((time.perf_counter() - start) * 1000)
    for _ in range(20):  # scroll deep into the list
        area.model.fetchMore()
    area.model.set_search("")
    app.processEvents()
    print(json.dumps({"first_window_s": shown - float(sys.argv[2]),
                      "in_process_s": shown - T0,
                      "search_p50_ms": percentile(latencies, 50),
                      "search_p95_ms": percentile(latencies, 95),
                      "search_max_ms": max(latencies), "keystrokes": len(latencies),
                      "rss_mb": rss_mb(), "rows_loaded": area.model.rowCount()}))
    QTimer.singleShot(0, app.quit)


if __name__ == "__main__":
    main(sys.argv[1])
