"""The Sync view: HQ address and enrollment, last sync, unsent changes, conflicts and history.

Sync runs on a worker (the window stays usable) with progress; after a failure it retries by
itself with jittered exponential backoff, and while enrolled it syncs every few minutes.
"""
from __future__ import annotations

import random

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from models import sync_state
from models.errors import DomainError

from ..messages import date_text, error_text, number_text, text
from ..widgets import reflow
from .files import FileButtons
from .held import HeldPanel
from .runner import shared
from .tables import ConflictsPanel, HistoryTable, RefusedPanel

AUTO_EVERY_MS = 5 * 60 * 1000
FIRST_MS, AFTER_EDIT_MS = 10_000, 30_000
RETRY_FIRST_MS, RETRY_CAP_MS = 15_000, 30 * 60 * 1000


class SyncView(QWidget):
    finished = Signal(bool)  # a sync ended (True: success)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.runner = shared(ctx)  # one sync at a time, whoever starts it
        self.failures = 0
        self.server = QLineEdit(self)
        self.server.setObjectName("server")
        self.server.setPlaceholderText(self.tr("http://hq.example.org:8700"))
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(self.tr("only the first time, e.g. K7QX-M2PA-9FTR"))
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(self.start_sync)
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.state.setWordWrap(True)
        self.unsent = QLabel(self)
        self.unsent.setObjectName("unsent")
        self.last = QLabel(self)
        self.last.setObjectName("last")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)

        box = QGroupBox(self.tr("Headquarters"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Server address:"), self.server)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.sync_button)
        form.addRow(self.tr("Enrollment code:"), row)
        form.addRow(self.tr("Last sync:"), self.last)
        form.addRow(self.tr("Unsent changes:"), self.unsent)
        self.files = FileButtons(self.runner, self)
        form.addRow(self.tr("Without a network:"), self.files)
        form.addRow(self.tr("State:"), self.state)
        form.addRow("", self.progress)
        reflow(form)

        self.conflicts = ConflictsPanel(self)
        self.conflicts.resolve_requested.connect(self.resolve)
        self.history = HistoryTable(self)
        self.refused = RefusedPanel(self)
        self.refused.dismiss_requested.connect(self.dismiss)
        self.held = HeldPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.refused, self.tr("Refused"))
        self.tabs.addTab(self.held, self.tr("Set aside"))
        self.tabs.addTab(self.history, self.tr("History"))
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.tabs, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.start_sync)
        ctx.data_changed.connect(self._changed)
        self.runner.started.connect(self._started)
        self.runner.progress.connect(self._progress)
        self.runner.done.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.enrolled = False
        self.refresh()
        if self.running:  # e.g. the office still arriving on a new laptop
            self._started()
        elif self.enrolled:
            self.timer.start(FIRST_MS)

    @property
    def running(self) -> bool:
        return self.runner.running

    def _changed(self, table: str) -> None:
        if self.running or table == "sync":
            return
        self.refresh()
        # a saved edit goes out soon, not only at the next periodic sync
        if self.enrolled and (not self.timer.isActive() or
                              self.timer.remainingTime() > AFTER_EDIT_MS):
            self.timer.start(AFTER_EDIT_MS)

    def refresh(self) -> None:
        status = sync_state.status()
        self.enrolled = status.enrolled
        if status.server and not self.server.text():
            self.server.setText(status.server)
        self.code.setEnabled(True)
        self.files.set_enabled(status.enrolled and not self.running)  # files need a token
        self.last.setText(date_text(status.last_success[:19].replace("T", " "))
                          if status.last_success else self.tr("never"))
        waiting = self.tr("%Ln changes waiting", "", status.pending)
        if status.rejected:
            waiting += " " + self.tr("(%Ln refused, see Refused)", "", status.rejected)
        self.unsent.setText(waiting)
        if self.running:
            pass
        elif status.last_error:
            self.state.setText(self.tr("Last sync failed: %1").replace("%1",
                                                                       text(status.last_error)))
        elif not status.enrolled:
            self.state.setText(self.tr("Not enrolled: enter the address and the code from HQ."))
        else:
            offices = ", ".join(status.offices) or self.tr("all offices")
            self.state.setText(self.tr("Enrolled for %1.").replace("%1", offices))
        self.conflicts.show_conflicts(sync_state.conflicts())
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace(
            "%1", number_text(status.conflicts)))
        self.refused.show_rows(sync_state.refused())
        self.tabs.setTabText(1, self.tr("Refused (%1)").replace(
            "%1", number_text(status.rejected)))
        self.held.show_rows(sync_state.held())
        self.tabs.setTabText(2, self.tr("Set aside (%1)").replace(
            "%1", number_text(len(self.held.rows))))
        self.history.show_history(sync_state.history())

    def start_sync(self) -> None:
        if self.running:
            return
        server, code = self.server.text().strip(), self.code.text().strip()
        if not server:
            self.state.setText(self.tr("Enter the address of the HQ server first."))
            return
        self.runner.start(server, code)

    def _started(self) -> None:
        self.timer.stop()
        self.sync_button.setEnabled(False)
        self.files.set_enabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.state.setText({"export": self.tr("Writing the file for HQ..."),
                            "import": self.tr("Applying HQ's answer...")}.get(
                                self.runner.kind, self.tr("Syncing...")))

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _end(self, ok: bool) -> None:
        self.sync_button.setEnabled(True)
        self.progress.setVisible(False)
        self.refresh()
        self.ctx.changed("")
        self.finished.emit(ok)

    def _done(self, result) -> None:
        if self.runner.kind != "sync":  # by file: no schedule to change, no code to clear
            self._end(True)
            self.state.setText(self.files.done_text(self.runner.kind, result))
            return
        self.failures = 0
        self.code.clear()
        self._end(True)
        self.state.setText(self.tr("Synced: %1, %2, %3.")
                           .replace("%1", self.tr("%Ln sent", "", result.pushed))
                           .replace("%2", self.tr("%Ln received", "", result.pulled))
                           .replace("%3", self.tr("%Ln conflicts", "", result.conflicts)))
        if result.problems:
            self.state.setText(self.state.text() + " " + self.tr("Problems: %1")
                               .replace("%1", "; ".join(text(p) for p in result.problems[:3])))
        self.timer.start(AUTO_EVERY_MS)

    def _failed(self, exc: Exception) -> None:
        if self.runner.kind != "sync":  # a file refused: said plainly, nothing to retry
            self._end(False)
            from sync.filesync import NoFileKey
            if isinstance(exc, NoFileKey):
                problem = self.files.ask_key()
                if problem is not None:
                    self.state.setText(problem)
                return
            self.state.setText(error_text(exc) if isinstance(exc, DomainError) else
                               self.tr("Unexpected error: %1").replace("%1", str(exc)))
            return
        self.failures += 1
        self._end(False)
        delay = min(RETRY_CAP_MS, RETRY_FIRST_MS * 2 ** (self.failures - 1))
        delay = int(delay * (0.5 + random.random() / 2))
        message = error_text(exc) if isinstance(exc, DomainError) else \
            self.tr("Unexpected error: %1").replace("%1", error_text(exc))
        self.state.setText(self.tr("%1 Next try in %2 s.").replace("%1", message)
                           .replace("%2", number_text(delay // 1000)))
        if self.enrolled:
            self.timer.start(delay)

    def open_record(self, _table: str, _record_id: str) -> None:
        """An alert about sync was clicked: show what is waiting."""
        self.refresh()
        self.tabs.setCurrentIndex(0 if self.conflicts.conflicts else
                                  1 if self.refused.rows else 2 if self.held.rows else 3)

    def dismiss(self, row: sync_state.Refused) -> None:
        sync_state.dismiss_refused(row.seq, row.sha256)
        self.refresh()

    def resolve(self, conflict_id: str, keep: str) -> None:
        try:
            sync_state.resolve(conflict_id, keep)
        except DomainError as exc:
            self.state.setText(error_text(exc))
            return
        self.ctx.changed("sync")
        self.refresh()
