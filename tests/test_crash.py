"""Crashes and errors nobody handled: logged in the log folder, shown in words (translated), and
a native crash offered to the user at the next start."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTranslator, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ui import crash

from support.crash_log import error_boxes, log_file, logged  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]


def test_uncaught_error_shows_a_dialog_and_writes_a_log(qtbot, log_file):
    try:
        raise ZeroDivisionError("budget line divided by zero")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    [box] = error_boxes()  # shown without blocking: the event loop goes on
    assert "budget line divided by zero" in box.text() and str(log_file) in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not error_boxes(), timeout=5000)
    text = logged(log_file)
    assert "Traceback" in text and "ZeroDivisionError" in text


def test_the_error_dialog_speaks_the_users_language(qtbot, qapp, log_file):
    translator = QTranslator(qapp)
    assert translator.load("partnerdesk_fr", str(ROOT / "ui" / "i18n"))
    qapp.installTranslator(translator)
    try:
        box = crash.show_error(ValueError("x"))
        assert box.windowTitle() == "PartnerDesk\u00a0: erreur inattendue"
        assert box.text().startswith("Un problème est survenu")
        box.close()
    finally:
        qapp.removeTranslator(translator)


def _crash_a_process(folder: Path) -> subprocess.CompletedProcess:
    """A real native crash (a null pointer read, as a bad Qt call would make) after the program
    enabled its fault log, as `ui.app.run` does."""
    code = (f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
            "from pathlib import Path\nfrom ui.crash import enable_fault_log\n"
            f"enable_fault_log(Path({str(folder)!r}))\n"
            "import ctypes\nctypes.string_at(0)\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})


def test_a_native_crash_is_kept_and_offered_at_the_next_start(qtbot, tmp_path):
    assert crash.last_crash(tmp_path) is None  # nothing yet
    done = _crash_a_process(tmp_path)
    assert done.returncode != 0
    report = crash.last_crash(tmp_path)
    assert report is not None and report.name.startswith("crash-")
    text = report.read_text()
    assert "Fatal Python error: Segmentation fault" in text and "string_at" in text
    assert crash.last_crash(tmp_path) is None  # offered once: the next start is quiet
    assert not (tmp_path / crash.FAULT_NAME).exists()

    box = crash.offer_last_crash(report)
    qtbot.addWidget(box)
    box.open()
    assert "closed unexpectedly" in box.text() and str(report) in box.text()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "Segmentation fault" in box.detailedText()
    QGuiApplication.clipboard().clear()
    box.findChild(type(box.button(QMessageBox.StandardButton.Close)), "copy_report").click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(str(report)) and "Segmentation fault" in copied


def test_a_clean_run_leaves_nothing_to_offer_and_old_reports_are_pruned(tmp_path):
    (tmp_path / crash.FAULT_NAME).write_text("")  # a run that ended normally
    assert crash.last_crash(tmp_path) is None
    day = 86_400
    for n in range(crash.KEEP_CRASHES + 3):  # a crash a day
        fault = tmp_path / crash.FAULT_NAME
        fault.write_text(f"Fatal Python error: crash {n}\n")
        os.utime(fault, (1_700_000_000 + n * day, 1_700_000_000 + n * day))
        assert crash.last_crash(tmp_path) is not None
    kept = {p.read_text().split()[-1] for p in tmp_path.glob("crash-*.log")}
    assert kept == {str(n) for n in range(3, crash.KEEP_CRASHES + 3)}  # the oldest went first
