"""Starting the desktop application: Qt, translations, crash handling, first run, main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models import demo
from models.db import open_database
from models.directory import settings
from models.errors import DomainError
from models.version import version

from .crash import enable_fault_log, install_crash_handler, last_crash, offer_last_crash

I18N = Path(__file__).with_name("i18n")
LANGUAGES = ("en", "fr", "es", "ar")


def install_translations(app: QApplication, lang: str | None) -> str:
    lang = (lang or QLocale.system().name()[:2] or "en").lower()
    if lang not in LANGUAGES:
        lang = "en"
    if lang != "en":
        for name, folder in ((f"partnerdesk_{lang}", I18N),
                             (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath
                                                                  .TranslationsPath))):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
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
    return app


def open_or_explain(path: Path) -> bool:
    try:
        open_database(path)
        return True
    except DomainError as exc:
        QMessageBox.critical(None, "PartnerDesk", str(exc))
        return False


def run(path: Path, lang: str | None = None) -> int:
    from .context import AppContext
    from .first_run import FirstRunDialog
    from .main_window import MainWindow

    app = make_app(lang)
    install_crash_handler(app)
    crashed = last_crash()  # before fatal.log is opened again for this run
    enable_fault_log()
    if crashed:
        offer_last_crash(crashed).exec()
    if not open_or_explain(path):
        return 2
    if not settings.is_set_up():
        dialog = FirstRunDialog()
        if not dialog.exec():
            return 0
        if dialog.choice == "demo":
            demo.build(partnerships=400)
    settings.act_as_local_user()
    ctx = AppContext(path)
    window = MainWindow(ctx)
    window.show()
    from .agreements import apply_at_startup
    apply_at_startup(ctx, window)  # signed -> active -> ended by the calendar, shown to the user
    return app.exec()
