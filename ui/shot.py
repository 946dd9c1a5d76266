"""Render any view of the application to PNG without a screen (`python main.py shot`)."""
from __future__ import annotations

import os
from pathlib import Path

from models.errors import DomainError


def shot(db_path: Path, view: str, out: Path, size: tuple[int, int], options: dict,
         lang: str | None = None) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .app import make_app
    from .areas import all_areas
    from .context import AppContext
    from .main_window import MainWindow

    areas = all_areas()
    owners = {name: (area, prepare) for area in areas for name, prepare in area.shots.items()}
    if view not in owners:
        raise DomainError(f"Unknown view '{view}'. Views: {', '.join(sorted(owners))}.")
    if not out.parent.exists():
        raise DomainError(f"The folder {out.parent} does not exist.")
    app = make_app(lang)  # acting as the command's user (cli/common.open_for_command)
    ctx = AppContext(db_path)
    window = MainWindow(ctx, areas)
    window.resize(*size)
    area, prepare = owners[view]
    widget = window.show_area(area.key)
    window.show()
    _settle(ctx)  # the lists' rows come from the reader thread
    shown = prepare(widget, options)  # a view may open a dialog: that is what is rendered
    for _ in range(5):
        QApplication.processEvents()
    ctx.workers.wait(20_000)
    _settle(ctx)
    if not (shown if shown is not None else window).grab().save(str(out)):
        raise DomainError(f"Could not write {out}.")
    window.close()
    app.processEvents()


def _settle(ctx, seconds: float = 20.0) -> None:
    """Run the event loop until the reader has answered every list and its answers are shown."""
    import time

    from PySide6.QtWidgets import QApplication
    deadline = time.monotonic() + seconds
    QApplication.processEvents()
    while ctx.reader.busy() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(3):  # the answers' signals, then what they changed
        QApplication.processEvents()
