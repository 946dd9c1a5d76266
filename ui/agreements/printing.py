"""Printing from the interface: the PDF is rendered by a worker, then the user may open it.

`PrintBar` holds a language choice and a Print button. The render function (from `reports`) runs
on a pool thread with its own database connection; the bar shows progress, then the file's
place and an "Open PDF" button. Nothing here touches the database itself.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from ..messages import error_text

LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"),
             ("pt", "Português"), ("ru", "Русский"))  # eTools prints agreements in these six


def interface_language() -> str:
    """The language the window speaks: what documents print in unless the user picks another."""
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    return (app.property("interface_language") if app is not None else None) or "en"


def pdf_folder(ctx) -> Path:
    """Where printed documents go: a `printed` folder beside the database."""
    folder = Path(ctx.db_path).parent / "printed"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def pdf_name(reference: str, lang: str, kind: str = "") -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", reference).strip("_") or "document"
    return f"{safe}{'-' + kind if kind else ''}-{lang}.pdf"


class PrintBar(QWidget):
    """Language + Print; `printed(path)` when the PDF is written, `failed(message)` otherwise."""

    printed = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx, parent=None, *, label: str = "", languages=LANGUAGES):
        super().__init__(parent)
        self.ctx = ctx
        self.job_args: tuple[Callable, str, str] | None = None  # render, reference, kind
        self.last_path: Path | None = None
        self.lang = QComboBox(self)
        self.lang.setObjectName("print_lang")
        for code, name in languages:
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(interface_language())))
        self.button = QPushButton(label or self.tr("&Print PDF"), self)
        self.button.setObjectName("print")
        self.button.clicked.connect(self.start)
        self.status = QLabel(self)
        self.status.setObjectName("print_status")
        self.status.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open PDF"), self)
        self.open_button.setObjectName("open_pdf")
        self.open_button.clicked.connect(self.open_pdf)
        self.open_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lang)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.open_button)

    def set_document(self, render: Callable | None, reference: str = "", kind: str = "") -> None:
        """`render(reference, lang, out_path)` writes the PDF; None disables printing."""
        self.job_args = (render, reference, kind) if render else None
        self.button.setEnabled(render is not None)
        self.open_button.hide()
        self.status.clear()

    def start(self) -> None:
        if not self.job_args:
            return
        render, reference, kind = self.job_args
        lang = self.lang.currentData()
        out = pdf_folder(self.ctx) / pdf_name(reference, lang, kind)
        self.button.setEnabled(False)
        self.open_button.hide()
        self.status.setText(self.tr("Printing %1...").replace("%1", reference))
        self.ctx.workers.start(_render_job, render, reference, lang, str(out),
                               on_done=self._done, on_error=self._error)

    def _done(self, path: str) -> None:
        self.last_path = Path(path)
        self.button.setEnabled(True)
        self.status.setText(self.tr("Printed to %1").replace("%1", path))
        self.open_button.show()
        self.printed.emit(path)

    def _error(self, exc: Exception, _trace: str) -> None:
        self.button.setEnabled(True)
        message = error_text(exc) or exc.__class__.__name__
        self.status.setText(self.tr("Could not print: %1").replace("%1", message))
        self.failed.emit(message)

    def open_pdf(self) -> None:
        if self.last_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))


def _render_job(render: Callable, reference: str, lang: str, out: str) -> str:
    """Runs on a worker thread: the worker opens its own connection to the same database."""
    result = render(reference, lang, out)
    return str(result) if isinstance(result, (str, Path)) else out
