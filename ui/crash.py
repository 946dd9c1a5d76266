"""Errors nobody handled and crashes: written to the log folder, shown to the user in words.

- `install_crash_handler(app)`: a Python error nobody caught (sys.excepthook) is logged with its
  traceback and shown; work already saved stays saved.
- `report_error(exc, trace)`: the same for a background job started without an error handler.
- Secrets (the HQ token) are replaced by "[secret]" in everything logged or shown (`Redact`).
- `enable_fault_log()`: a native crash (a segfault in Qt, an abort) kills the process before any
  Python handler runs; `faulthandler` writes the Python stacks of every thread into `fatal.log`.
- `last_crash()` / `offer_last_crash()`: at the next start, a non-empty `fatal.log` means the last
  run died; it is kept as `crash-<time>.log` and offered to the user with its path to copy.

Everything goes into the platform's user log folder (platformdirs), e.g.
`~/.local/state/PartnerDesk/log` on Linux, `%LOCALAPPDATA%\\PartnerDesk\\Logs` on Windows.
"""
from __future__ import annotations

import faulthandler
import logging
import sys
import time
import traceback
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from models.errors import DomainError
from sync.token import known_secrets

from .messages import error_text

LOG_NAME = "partnerdesk.log"
FAULT_NAME = "fatal.log"  # stays empty unless the process dies of a native crash
KEEP_CRASHES = 10  # older crash-*.log files are removed
SHOWN_CHARS = 20_000  # of a crash log, in the dialog's details (the file has it all)

log = logging.getLogger("partnerdesk")
_shown: set[QMessageBox] = set()  # open boxes, kept alive until closed
_fault_file = None  # faulthandler needs the file open for the life of the process


def _tr(text: str) -> str:
    return QCoreApplication.translate("Crash", text)


def log_folder() -> Path:
    folder = Path(platformdirs.user_log_dir("PartnerDesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_file() -> Path:
    return log_folder() / LOG_NAME


class Redact(logging.Filter):
    """Secrets never reach the log: the HQ token this process handled (sync/token.py) is replaced
    in any record that holds it, traceback text included."""

    def filter(self, record: logging.LogRecord) -> bool:
        found = known_secrets()
        if found:
            text = record.getMessage()
            if record.exc_info and not record.exc_text:
                text += "\n" + "".join(traceback.format_exception(*record.exc_info))
                record.exc_info = None
            for secret in found:
                text = text.replace(secret, "[secret]")
            record.msg, record.args = text, ()
        return True


def redact(text: str) -> str:
    for secret in known_secrets():
        text = text.replace(secret, "[secret]")
    return text


def install_crash_handler(app: QApplication) -> Path:
    """Log to the log folder; show and log any error nobody caught. Returns the log file."""
    path = log_file()
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(Redact())
        root.addHandler(handler)
        if root.level > logging.INFO:
            root.setLevel(logging.INFO)

    def handle(kind, value, tb):
        log.error("unhandled error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        show_error(value)

    sys.excepthook = handle
    return path


def show_error(exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
    """The error in words, without blocking: a refusal (DomainError) as it is, anything else with
    the reassurance that saved work is safe and where the details are."""
    parent = parent or QApplication.activeWindow()
    if isinstance(exc, DomainError):
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("PartnerDesk"), error_text(exc),
                          QMessageBox.StandardButton.Ok, parent)
    else:
        words = redact(error_text(exc)) or type(exc).__name__
        box = QMessageBox(QMessageBox.Icon.Critical, _tr("PartnerDesk: unexpected error"), _tr(
            "Something went wrong: %1\n\nYour saved work and drafts are safe. Details were "
            "written to %2; please send that file to support.").replace(
                "%1", words).replace("%2", str(log_file())), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("error_box")
    _keep_open(box)
    return box


def report_error(exc: BaseException, trace: str) -> QMessageBox:
    """Default for a background job that failed with no `on_error`: log the traceback, show."""
    log.error("background job failed\n%s", trace)
    return show_error(exc)


def _keep_open(box: QMessageBox) -> None:
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _shown.add(box)
    box.finished.connect(lambda _result: _shown.discard(box))
    box.destroyed.connect(lambda *_: _shown.discard(box))  # its window went first
    box.open()  # window-modal and returns at once: a test or a busy loop is never blocked


def enable_fault_log(folder: Path | None = None) -> Path:
    """Have faulthandler write native crashes into `fatal.log`. Appended to, never truncated: a
    second PartnerDesk running at the same time must not wipe the first one's report."""
    global _fault_file
    path = (folder or log_folder()) / FAULT_NAME
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
    _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the process's life
    faulthandler.enable(_fault_file, all_threads=True)
    return path


def last_crash(folder: Path | None = None) -> Path | None:
    """The native crash report the last run left, moved to `crash-<time>.log` so that this run
    starts with an empty `fatal.log`; None when the last run ended without one."""
    folder = folder or log_folder()
    path = folder / FAULT_NAME
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    if stat.st_size == 0:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(stat.st_mtime))
    kept, n = folder / f"crash-{stamp}.log", 1
    while kept.exists():
        n += 1
        kept = folder / f"crash-{stamp}-{n}.log"
    try:
        path.replace(kept)
    except OSError:  # held open by another PartnerDesk (Windows): offer it where it is
        return path
    for old in sorted(folder.glob("crash-*.log"), key=lambda p: p.stat().st_mtime)[
            :-KEEP_CRASHES]:
        old.unlink(missing_ok=True)
    return kept


def offer_last_crash(path: Path, parent: QWidget | None = None) -> QMessageBox:
    """Tell the user the program closed unexpectedly last time, with the report's path (selectable)
    and a button that copies the path and the report for an e-mail to support. Not yet shown:
    the caller shows it (`exec()` at start-up, `open()` in tests)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("PartnerDesk closed unexpectedly"), _tr(
        "PartnerDesk closed unexpectedly the last time it ran. Your saved work and drafts are "
        "safe.\n\nA report of the crash was written to:\n%1\n\nPlease send that file to "
        "support.").replace("%1", str(path)), QMessageBox.StandardButton.Close, parent)
    box.setObjectName("last_crash")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setDetailedText(text[-SHOWN_CHARS:])
    copy = box.addButton(_tr("Copy report"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copy_report")
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(f"{path}\n\n{text}"))
    return box
