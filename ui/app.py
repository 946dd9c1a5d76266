"""Starting the desktop application: Qt, translations, crash handling, first run, main window."""
from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from models import backup, demo, keystore
from models.db import check_integrity, close_database, open_database, resolve
from models.directory import settings
from models.errors import DomainError
from models.version import version

from .crash import enable_fault_log, install_crash_handler, last_crash, offer_last_crash
from .messages import error_text
from .widgets import cut_text

I18N = Path(__file__).with_name("i18n")
CHECK_AFTER_MS = 3_000  # the integrity check waits for the first lists to be read
BACKUP_AFTER_MS = 20_000  # the daily backup waits for the integrity check and the first work
BACKUP_EVERY_MS = 3_600_000  # a window left open for days still backs up once a day
log = logging.getLogger("partnerdesk")
LANGUAGES = ("en", "fr", "es", "ar")
# The locale each language formats with: day/month/year in English as UN offices write it,
# Arabic with its own digits.
LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar"}


def install_translations(app: QApplication, lang: str | None) -> str:
    """The interface language: its translations (English too: its plural forms, "1 record",
    "2 records"), its layout direction and its locale (numbers, amounts and dates)."""
    lang = (lang or QLocale.system().name()[:2] or "en").lower()
    if lang not in LANGUAGES:
        lang = "en"
    qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"partnerdesk_{lang}", I18N), (f"qtbase_{lang}", qt_own)):
        if name == "qtbase_en":
            continue
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(LOCALES[lang]))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if lang == "ar"
                           else Qt.LayoutDirection.LeftToRight)
    app.setProperty("interface_language", lang)  # printing defaults to it
    return lang


def make_app(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PartnerDesk")
    app.setApplicationVersion(version())
    app.setOrganizationName("PartnerDesk")
    install_translations(app, lang)
    cut_text.install(app)
    return app


def open_or_explain(path: Path, plain: bool = False) -> bool:
    try:
        open_database(path, check=False, plain=plain)  # checked once the window shows
        return True
    except DomainError as exc:
        QMessageBox.critical(None, "PartnerDesk", error_text(exc))
        return False


class Launcher:
    """Opens the office's database (with the first-run dialog when it is new) or the demo file
    beside it, shows the window, and goes back from the demo to the office's database."""

    def __init__(self, app: QApplication, path: Path):
        self.app, self.path = app, Path(path)
        self.window = None
        self.failed = False  # a database could not be opened (the user was told why)

    def open(self, path: Path) -> bool:
        """Show a window on `path`; False when the user chose nothing (or it cannot open)."""
        from .context import AppContext
        from .first_run import FirstRunDialog

        if not open_or_explain(path):
            self.failed = True
            return False
        ctx = AppContext(path)
        joined = False
        if not settings.is_set_up():
            dialog = FirstRunDialog(ctx)
            if not dialog.exec():
                return False
            if dialog.choice == "demo":
                return self.open_demo(path)
            joined = dialog.choice == "join"
        from .users import sign_in_at_start
        going, signed_in = sign_in_at_start()
        if not going:
            return False
        window = show_main_window(path, ctx, signed_in)
        window.leave_demo.connect(lambda: self.leave_demo(window))
        if joined:  # the Sync view follows the office arriving and retries if the link drops
            window.area_widget("sync")
        self.window = window
        return True

    def open_demo(self, real: Path) -> bool:
        """The demo lives in its own file beside the office's database, made on first use."""
        path = demo.path_beside(real)
        fresh = not path.exists() or path.stat().st_size == 0
        if not open_or_explain(path, plain=True):  # made-up records: not encrypted
            self.failed = True
            return False
        if fresh:
            self.app.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                demo.build(partnerships=400)
            finally:
                self.app.restoreOverrideCursor()
        elif not demo.is_demo():
            close_database()
            QMessageBox.critical(None, "PartnerDesk", QCoreApplication.translate(
                "Launcher", "%1 holds records that are not demo data; it is left as it is. Move "
                "it aside to explore the demo.").replace("%1", str(path)))
            self.failed = True
            return False
        close_database()
        return self.open(path)

    def leave_demo(self, window) -> None:
        """Close the demo's window and open the office's database (the first-run dialog again
        when no office is set up there yet)."""
        if not window.close():
            return
        self.app.processEvents()  # what the window's last jobs had to say arrives now...
        for dialog in window.findChildren(QDialog):  # ...and goes with it ("Agreements updated")
            dialog.close()
        self.app.setQuitOnLastWindowClosed(False)
        try:
            close_database()
            real = self.path if self.path != window.ctx.db_path else \
                window.ctx.db_path.with_name(demo.OFFICE_FILE)
            if not self.open(real):
                self.app.quit()
        finally:
            self.app.setQuitOnLastWindowClosed(True)


def run(path: Path, lang: str | None = None) -> int:
    from .passphrase import dialog_source
    app = make_app(lang)
    install_crash_handler(app)
    keystore.set_source(dialog_source())  # the passphrase is asked in a dialog
    crashed = last_crash()  # before fatal.log is opened again for this run
    enable_fault_log()
    if crashed:
        offer_last_crash(crashed).exec()
    launcher = Launcher(app, path)
    if not launcher.open(Path(path)):
        return 2 if launcher.failed else 0
    return app.exec()


def show_main_window(path: Path, ctx=None, signed_in: str | None = None):
    """Every start once the database is open (the app, and bench/startup_probe.py): the acting
    user, the window; then, once it shows, the work that can wait for it. `ctx`: the context
    the first-run dialog already used (a sync joining the office runs in it); `signed_in`: the
    office user who signed in with a PIN (ui/users), instead of the laptop's own user."""
    from models.base import set_current_user

    from .context import AppContext
    from .main_window import MainWindow

    settings.act_as_local_user()
    if signed_in:
        set_current_user(signed_in)
    ctx = ctx or AppContext(path)
    window = MainWindow(ctx)
    guard(window, path)
    window.show()
    QTimer.singleShot(0, lambda: _after_showing(ctx, window, path))
    return window


def guard(window, path: Path) -> None:
    """An encrypted database's window locks when idle and has the Security button; the daily
    backup is checked for every hour it stays open (models/backup.py)."""
    from .lock import IdleLock, security_button
    if keystore.cached(resolve(path)) is None:
        return  # the demo: nothing to protect, no passphrase to ask
    window.idle_lock = IdleLock(window, resolve(path))
    window.statusBar().addPermanentWidget(security_button(window, resolve(path),
                                                          window.idle_lock))
    timer = QTimer(window)
    timer.setInterval(BACKUP_EVERY_MS)
    timer.timeout.connect(lambda: _daily_backup(window.ctx))
    timer.start()


def _daily_backup(ctx) -> None:
    """On the write thread (VACUUM INTO is refused to a read-only connection); a failure is
    logged, not shown (the next hour tries again; damage is reported by the integrity check)."""
    ctx.workers.start(backup.daily_if_due, writes=True, on_error=lambda exc, trace: log.warning(
        "daily backup failed: %s\n%s", exc, trace))


def _after_showing(ctx, window, path: Path) -> None:
    from models import users

    from .agreements import apply_at_startup
    if users.may("edit"):  # a viewer's session leaves the calendar's changes to an editor's
        apply_at_startup(ctx, window)  # signed -> active -> ended by the calendar, shown
    # Every page is read (0.5-1 s at 100,000 partnerships), after the lists' first queries.
    QTimer.singleShot(CHECK_AFTER_MS, lambda: ctx.workers.start(
        check_integrity, on_done=lambda problem: report_damage(window, path, problem),
        on_error=lambda exc, _trace: report_damage(window, path, error_text(exc))))
    if getattr(window, "idle_lock", None) is not None:
        QTimer.singleShot(BACKUP_AFTER_MS, lambda: _daily_backup(ctx))


def report_damage(window, path: Path, problem: str | None) -> QMessageBox | None:
    """Tell the user, without blocking, that the integrity check found the file damaged."""
    if not problem:
        return None
    text = QCoreApplication.translate(
        "app", "%1 is damaged (%2). Changes made now may not be saved. Close PartnerDesk, "
        "keep a copy of the file for support, and restore the last backup (the .bak file "
        "beside it) or ask support to repair it.")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
        "app", "Database damaged"), text.replace("%1", str(path)).replace("%2", problem),
        QMessageBox.StandardButton.Ok, window)
    box.setObjectName("database_damaged")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
