"""A crash handler installed for one test, writing into a log folder under tmp_path."""
from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.crash import install_crash_handler


@pytest.fixture
def log_file(qapp, tmp_path, monkeypatch):
    """The log file of `install_crash_handler`; the root logger and sys.excepthook are restored."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # platformdirs' log folder
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = install_crash_handler(qapp)
    assert path.is_relative_to(tmp_path)
    yield path
    for box in error_boxes():  # a box a failing test left open must not leak into others
        box.close()
    for handler in logging.getLogger().handlers:
        handler.close()


def error_boxes() -> list[QMessageBox]:
    """The error boxes on screen (parented to whatever window was active, if any)."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "error_box" and w.isVisible()]


def logged(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")
