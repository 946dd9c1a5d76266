"""The main window: navigation between areas, the areas themselves, the status bar (with the
progress of a sync under way), and a banner with a way out when the data is the demo's."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QMenu, QProgressBar,
                               QPushButton, QStackedWidget, QToolButton, QVBoxLayout,
                               QWidget)

from models import demo, sync_state
from models.directory import settings
from models.message_data import restored
from reports import palette

from .areas import Area, all_areas
from .context import AppContext
from .messages import date_text, text
from .sync_state import leave_revoked, sync_runner
from .users import switch_user, user_text
from .widgets import cut_text

NAV_MIN, NAV_MAX = 140, 190  # pixels of the navigation list


class MainWindow(QMainWindow):
    leave_demo = Signal()  # the user chose to leave the demo for the office's own data

    def __init__(self, ctx: AppContext, areas: list[Area] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.areas = areas if areas is not None else all_areas()
        self.widgets: dict[str, QWidget] = {}
        self.setWindowTitle(self.tr("PartnerDesk"))
        cut_text.install(QApplication.instance())  # what tables cut short shows in a tooltip
        self.resize(1280, 800)

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet("QListWidget { font-size: 14px; padding-top: 6px; }"
                               "QListWidget::item { padding: 8px 10px; }"
                               f"QListWidget::item:selected {{ background: {palette.BRAND}; "
                               "color: white; }")
        self.stack = QStackedWidget(self)
        for number, area in enumerate(self.areas, start=1):
            item = QListWidgetItem(QCoreApplication.translate("areas", area.title))
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # replaced by the area when first shown
            if number <= 9:
                QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                          lambda row=number - 1: self.nav.setCurrentRow(row))
        self.nav.setFixedWidth(self._nav_width())
        self.nav.currentRowChanged.connect(self._navigate)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.demo_banner = self._demo_banner() if demo.is_demo() else None
        if self.demo_banner is not None:
            outer.addWidget(self.demo_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connection")
        self.unsent_label = QLabel(self)
        self.unsent_label.setObjectName("unsent")
        self.office_label = QLabel(self)
        self.office_label.setObjectName("office")
        # who changes are signed with (ui/users); its menu switches to another user
        self.user_label = QToolButton(self)
        self.user_label.setObjectName("user")
        self.user_label.setAutoRaise(True)
        self.user_label.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        user_menu = QMenu(self.user_label)
        user_menu.addAction(self.tr("Switch user…"), lambda: switch_user(self))
        self.user_label.setMenu(user_menu)
        self.sync_progress = QProgressBar(self)
        self.sync_progress.setObjectName("sync_progress")
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setMaximumHeight(16)
        self.sync_progress.hide()
        runner = sync_runner(ctx)
        runner.started.connect(self._sync_started)
        runner.progress.connect(self._sync_progress)
        runner.done.connect(lambda _r: self.sync_progress.hide())
        runner.failed.connect(self._sync_failed)
        self.closing_revoked = False  # HQ revoked this computer: it closes without asking
        bar = self.statusBar()
        bar.addPermanentWidget(self.sync_progress)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.office_label)
        bar.addPermanentWidget(self.connection_label)
        bar.addPermanentWidget(self.unsent_label)
        ctx.data_changed.connect(lambda _table: self.refresh_status())
        ctx.status_message.connect(lambda text: bar.showMessage(text, 4000))
        ctx.open_record_requested.connect(self.open_record)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(30_000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        self._closed = False
        self.refresh_status()
        if runner.running:  # e.g. the office's data still arriving after joining
            self._sync_started()
        if self.areas:
            self.nav.setCurrentRow(0)

    def _nav_width(self) -> int:
        """As wide as the longest area name in this language needs (the style sheet's 14 px
        font, 10 px padding each side), so that a 1024 px screen keeps the rest for the area."""
        font = QFont(self.nav.font())
        font.setPixelSize(14)
        metrics = QFontMetrics(font)
        longest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                       for i in range(self.nav.count())), default=0)
        return max(NAV_MIN, min(NAV_MAX, longest + 2 * 10 + 16))

    def _demo_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("demo_banner")
        banner.setStyleSheet(f"#demo_banner {{ background: {palette.AMBER_TINT}; border-bottom: "
                             f"2px solid {palette.GOLD}; }} #demo_banner QLabel {{ color: "
                             f"{palette.NOTICE}; }}")
        text = QLabel(self.tr("<b>Demo data.</b> Made-up partners and partnerships to explore "
                              "PartnerDesk, in a file of their own: nothing here is your "
                              "office's, and nothing is sent to headquarters."), banner)
        text.setWordWrap(True)
        leave = QPushButton(self.tr("Leave the demo"), banner)
        leave.setObjectName("leave_demo")
        leave.clicked.connect(self.leave_demo)
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(text, 1)
        row.addWidget(leave)
        return banner

    def _sync_started(self) -> None:
        self.sync_progress.setRange(0, 0)
        self.sync_progress.setFormat(self.tr("Syncing"))
        self.sync_progress.show()

    def _sync_progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.sync_progress.setRange(0, total)
            self.sync_progress.setValue(min(done, total))
            self.sync_progress.setFormat(self.tr("Syncing %p%"))

    # areas ----------------------------------------------------------------------------------
    def area_widget(self, key: str) -> QWidget:
        """The widget of an area, built on first use (keeps start-up fast)."""
        if key not in self.widgets:
            index = [a.key for a in self.areas].index(key)
            widget = self.areas[index].build(self.ctx)
            widget.setObjectName(f"area_{key}")
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.widgets[key] = widget
        return self.widgets[key]

    def _leave_current(self) -> bool:
        current = self.stack.currentWidget()
        editor = getattr(current, "editor", None)
        return editor is None or editor.confirm_leave()

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        key = self.areas[row].key
        if key in self.widgets and self.stack.currentWidget() is self.widgets[key]:
            return
        if not self._leave_current():  # the user chose to stay with unsaved changes
            current = self.stack.currentIndex()
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(current)
            self.nav.blockSignals(False)
            return
        widget = self.area_widget(key)
        self.stack.setCurrentWidget(widget)

    def show_area(self, key: str) -> QWidget:
        widget = self.area_widget(key)
        row = [a.key for a in self.areas].index(key)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(widget)
        return widget

    def open_record(self, table: str, record_id: str) -> None:
        for area in self.areas:
            if table in area.opens:
                self.show_area(area.key).open_record(table, record_id)
                return
        self.ctx.status_message.emit(self.tr("Nothing here can open a %1 record.")
                                     .replace("%1", table))

    # status bar -----------------------------------------------------------------------------
    def refresh_status(self) -> None:
        if self.closing_revoked or self._closed:  # a wiped database, or a closed window
            return
        office = settings.home_office() or "-"
        self.office_label.setText(self.tr("Office: %1").replace("%1", office))
        short, full = user_text()
        self.user_label.setText(short)
        self.user_label.setToolTip(full)
        self.user_label.setVisible(bool(short))
        pending = sync_state.pending_count()
        self.unsent_label.setText(self.tr("%Ln unsent changes", "", pending))
        last_ok = settings.get("sync.last_success")
        last_error = text(restored(settings.get("sync.last_error")))
        server = settings.get("sync.server")
        full = ""
        if not server:
            said = self.tr("Offline: not connected to headquarters")
        elif last_error:
            full = self.tr("Offline: last sync failed (%1)").replace("%1", last_error)
            short = last_error if len(last_error) <= 60 else last_error[:59] + "\u2026"
            said = self.tr("Offline: last sync failed (%1)").replace("%1", short)
        elif last_ok:
            said = self.tr("Synced %1").replace("%1", date_text(last_ok[:16].replace("T", " ")))
        else:
            said = self.tr("Not synced yet")
        self.connection_label.setText(said)
        self.connection_label.setToolTip(full)  # the whole reason, when it is cut

    def _sync_failed(self, exc: Exception) -> None:
        self.sync_progress.hide()
        from sync.transport import Revoked  # the sync has run: nothing new to import
        if isinstance(exc, Revoked):
            self._status_timer.stop()
            leave_revoked(self, exc)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.closing_revoked:
            event.accept()
        elif self._leave_current():
            self.ctx.workers.wait(10_000)
            self.ctx.reader.stop()
            event.accept()
        else:
            event.ignore()
            return
        self._closed = True  # a closed window asks nothing more of its database
        self._status_timer.stop()
