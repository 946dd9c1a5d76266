"""Export any list of the window to CSV or Excel exactly as it is filtered and sorted, off the
GUI thread, with a progress dialog that can cancel."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from models.interchange import Cancelled, export_lists

from ..messages import error_text, plural


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def ask_path(parent: QWidget, name: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr("Export to a file"), f"{name}.xlsx",
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
    if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if "csv" in _filter.lower() else ".xlsx"
    return path or None


class ExportRun:
    """One export: a worker job writing the file and a progress dialog that can stop it."""

    def __init__(self, parent: QWidget, ctx, work, total: int, path: str):
        self.parent, self.ctx, self.path = parent, ctx, path
        self.stop = threading.Event()
        self.dialog = QProgressDialog(tr("Writing %1 ...").replace("%1", Path(path).name),
                                      tr("Cancel"), 0, max(total, 0), parent)
        self.dialog.setObjectName("export_progress")
        self.dialog.setWindowTitle(tr("Export"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.stop.set)
        self.result: int | None = None
        self.job = ctx.workers.start(work, path, cancel=self.stop.is_set, on_done=self._done,
                                     on_error=self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, self.dialog.maximum()))

    def _done(self, count: int) -> None:
        self.result = count
        self.dialog.reset()
        self.ctx.status_message.emit(plural("Export", "Exported %Ln rows to %1.", count)
                                     .replace("%1", self.path))

    def _failed(self, exc: Exception, _trace: str) -> None:
        self.dialog.reset()
        if isinstance(exc, Cancelled):
            self.ctx.status_message.emit(tr("Export cancelled; no file was written."))
            return
        QMessageBox.warning(self.parent, tr("Not exported"), error_text(exc))


def export_model(parent: QWidget, ctx, model, name: str, path: str | None = None) -> ExportRun | None:
    """Export a ListTableModel's rows as shown: its search, filters, sort and display texts."""
    path = path or ask_path(parent, name)
    if not path:
        return None
    spec = model.spec
    headers = [QCoreApplication.translate("Columns", c.title) for c in spec.columns]
    state = dict(search=model.search, filters=dict(model.filters), order=model.order,
                 descending=model.descending, formatters=dict(model.formatters))

    def work(out, progress=None, cancel=None):
        rows = export_lists.spec_rows(spec, **state)
        return export_lists.write(out, headers, rows, total=model.total, progress=progress,
                                  cancel=cancel)
    return ExportRun(parent, ctx, work, model.total or 0, path)  # 0: not counted yet


def export_rows(parent: QWidget, ctx, headers: list[str], rows: list[list], name: str,
                path: str | None = None) -> ExportRun | None:
    """Export rows already on screen (the dashboard's alerts)."""
    path = path or ask_path(parent, name)
    if not path:
        return None

    def work(out, progress=None, cancel=None):
        return export_lists.write(out, headers, iter(rows), total=len(rows), progress=progress,
                                  cancel=cancel)
    return ExportRun(parent, ctx, work, len(rows), path)


def export_button(parent: QWidget, on_click) -> QPushButton:
    button = QPushButton(tr("Export..."), parent)
    button.setObjectName("export")
    button.setToolTip(tr("Save this list, as filtered and sorted, to Excel or CSV"))
    button.clicked.connect(lambda _checked=False: on_click())
    return button


def attach(area, name: str) -> QPushButton:
    """Put an Export button in a list area's top bar (ListArea.top_bar) for its model."""
    button = export_button(area, lambda: export_model(area, area.ctx, area.model, name))
    area.top_bar.addWidget(button)
    return button
