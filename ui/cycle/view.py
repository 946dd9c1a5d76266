"""Cycle view of one partnership: twelve phases by stage with status colours, the chosen phase's
form, progress, the next step, the exit strategy and the reviews."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QProgressBar, QSplitter, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from models.cycle import dashboard as cycle_dashboard, ops as cycle_ops, spec
from models.directory import vocab
from models.errors import DomainError, ValidationError
from reports import palette

from ..messages import error_text
from ..widgets import Timeline, VerticalScroll
from .exit import ExitStrategyForm, ReviewsTable
from .form import PhaseForm



def tr(text: str) -> str:
    return QCoreApplication.translate("cycle", text)


def vocab_tr(table: dict, code: str) -> str:
    return QCoreApplication.translate("vocab", vocab.label(table, code))


def dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CycleView(QWidget):
    loaded = Signal(str)  # partnership id
    saved = Signal(str)  # phase code, or "exit"
    failed = Signal(str)  # the message shown

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.state: cycle_ops.CycleState | None = None
        self.phase_code = "i"
        self.search = QLineEdit(self)
        self.search.setObjectName("cycle_search")
        self.search.setPlaceholderText(self.tr("Find a partnership (reference, title, partner)"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("cycle_results")
        self.results.setMaximumHeight(140)
        self.results.itemClicked.connect(lambda item: self.load(item.data(Qt.ItemDataRole.UserRole)))
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("phase_tree")
        self.tree.setHeaderLabels([self.tr("Phase"), self.tr("Status")])
        self.tree.itemClicked.connect(self._tree_clicked)
        left = QWidget(self)
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(6, 6, 6, 6)
        left_col.addWidget(self.search)
        left_col.addWidget(self.results)
        left_col.addWidget(self.tree, 1)

        self.title = QLabel(self.tr("Choose a partnership to work on its partnering cycle."), self)
        self.title.setObjectName("cycle_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet(
            f"font-size: 15px; font-weight: bold; color: {palette.BRAND_DARK};")
        self.facts = QLabel(self)
        self.facts.setObjectName("cycle_facts")
        self.facts.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("cycle_progress")
        self.progress.setRange(0, len(spec.PHASES))
        self.progress.setFormat(self.tr("%v of %m phases complete"))
        self.next_step = QLabel(self)
        self.next_step.setObjectName("next_step")
        self.next_step.setWordWrap(True)
        self.next_step.setStyleSheet(
            f"background: {palette.BRAND_TINT}; padding: 6px; border-radius: 4px;")
        self.form = PhaseForm(self)
        self.form.save_requested.connect(self._save_phase)
        scroll = VerticalScroll(self.form, self)
        self.exit_form = ExitStrategyForm(self)
        self.exit_form.save_requested.connect(self._save_exit)
        self.reviews = ReviewsTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("cycle_tabs")
        self.tabs.addTab(scroll, self.tr("Phase form"))
        self.tabs.addTab(self.exit_form, self.tr("Exit strategy"))
        self.tabs.addTab(self.reviews, self.tr("Reviews"))
        self.timeline = Timeline(self)  # status changes of the partnership and its phases
        self.history_index = self.tabs.addTab(self.timeline, self.tr("History"))
        right = QWidget(self)
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(6, 6, 6, 6)
        right_col.addWidget(self.title)
        right_col.addWidget(self.facts)
        right_col.addWidget(self.progress)
        right_col.addWidget(self.next_step)
        right_col.addWidget(self.tabs, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([350, 930])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.tabs.setEnabled(False)
        ctx.data_changed.connect(self._data_changed)
        self._find()

    # finding and loading -------------------------------------------------------------------
    def _find(self) -> None:
        self.results.clear()
        for pid, ref, title in cycle_dashboard.find_partnerships(self.search.text(), limit=30):
            item = QListWidgetItem(f"{ref}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.results.addItem(item)

    def open_record(self, table: str, record_id: str) -> None:
        self.load(record_id)

    def load(self, partnership_id: str, phase: str | None = None) -> None:
        try:
            self.state = cycle_ops.state(partnership_id)
        except DomainError as exc:
            self.ctx.status_message.emit(error_text(exc))
            return
        self._show_state()
        self.select_phase(phase or self.state.current_phase or "xii")
        self.exit_form.load(self.state.exit)
        self.tabs.setEnabled(True)
        self.loaded.emit(partnership_id)

    def _show_state(self) -> None:
        s = self.state
        self.title.setText(f"{s.reference}  {s.title}")
        self.timeline.show_record("partnership", s.partnership_id, s.reference)
        partners = ", ".join(f"{m.name} ({vocab_tr(vocab.PARTNER_ROLES, m.role)})"
                             for m in s.members) or self.tr("none yet")
        self.facts.setText(self.tr("Status: %1 · Focal point: %2 · Partners: %3")
                           .replace("%1", vocab_tr(vocab.PARTNERSHIP_STATUSES, s.status))
                           .replace("%2", s.focal_point or self.tr("none designated"))
                           .replace("%3", partners))
        done, _total = s.progress
        self.progress.setValue(done)
        if s.current_phase is None:
            text = self.tr("Every phase is complete. Keep reviewing the partnership every year.")
        else:
            phase = spec.phase(s.current_phase)
            text = (self.tr("Next: phase %1 (%2). ").replace("%1", phase.code)
                    .replace("%2", tr(phase.title)) + tr(phase.next_step))
        self.next_step.setText(text)
        self._fill_tree()
        self.reviews.load(s.reviews)

    def _fill_tree(self) -> None:
        self.tree.clear()
        statuses = {p.code: p.status for p in self.state.phases}
        for stage, label in spec.STAGES.items():
            node = QTreeWidgetItem([tr(label)])
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(node)
            for phase in spec.stage_phases(stage):
                status = statuses[phase.code]
                child = QTreeWidgetItem([f"{phase.code}. {tr(phase.title)}",
                                         tr(spec.PHASE_STATUSES[status])])
                child.setIcon(0, dot(palette.PHASE_STATUS[status]))
                child.setForeground(1, QColor(palette.PHASE_STATUS[status]))
                child.setData(0, Qt.ItemDataRole.UserRole, phase.code)
                node.addChild(child)
            node.setExpanded(True)
        self.tree.resizeColumnToContents(0)  # the phases read whole; a cut status has a tooltip

    def phase_item(self, code: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(i)
            for j in range(node.childCount()):
                if node.child(j).data(0, Qt.ItemDataRole.UserRole) == code:
                    return node.child(j)
        return None

    def _tree_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        code = item.data(0, Qt.ItemDataRole.UserRole)
        if code:
            self.select_phase(code)

    def select_phase(self, code: str) -> None:
        self.phase_code = code
        item = self.phase_item(code)
        if item is not None:
            self.tree.setCurrentItem(item)
        self.form.load(self.state.phase(code), self.state.members)
        self.tabs.setCurrentIndex(0)

    # saving ----------------------------------------------------------------------------------
    # A save is one partnership's phase: it runs here, on the GUI thread, like every form's save
    # (ui/workers.py says who writes); a refusal is shown, anything else reaches the crash handler.
    def _save_phase(self, payload: dict) -> None:
        pid, code = self.state.partnership_id, self.phase_code
        try:
            cycle_ops.save_phase(pid, code, **payload)
        except DomainError as exc:
            self._save_failed(exc)
            return
        self._phase_saved(pid, code)

    def _phase_saved(self, pid: str, code: str) -> None:
        self.ctx.changed("cycle_phase")
        self.load(pid, phase=code)
        self.ctx.status_message.emit(self.tr("Phase %1 saved.").replace("%1", code))
        self.saved.emit(code)

    def _save_failed(self, exc: DomainError) -> None:
        if isinstance(exc, ValidationError):
            target = self.exit_form if self.tabs.currentIndex() == 1 else self.form
            target.show_problems(exc.errors)
        message = error_text(exc)
        self.ctx.status_message.emit(message)
        self.failed.emit(message)

    def _save_exit(self, data: dict) -> None:
        pid = self.state.partnership_id
        try:
            cycle_exit_save(pid, data)
        except DomainError as exc:
            self._save_failed(exc)
            return
        self._exit_saved(pid)

    def _exit_saved(self, pid: str) -> None:
        self.ctx.changed("partnership_cycle")
        self.load(pid, phase=self.phase_code)
        self.tabs.setCurrentIndex(1)
        self.saved.emit("exit")

    def _data_changed(self, table: str) -> None:
        if self.state is None or table.startswith("cycle") or table == "partnership_cycle":
            return
        try:
            self.state = cycle_ops.state(self.state.partnership_id)
        except DomainError:
            return
        self._show_state()


def cycle_exit_save(pid: str, data: dict):
    from models.cycle import exit as cycle_exit
    return cycle_exit.save(pid, data)
