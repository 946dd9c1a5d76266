"""The window opens without reading every page of the file (the integrity check took 0.5-1 s of
each start at 100,000 partnerships); the check follows on a worker, and a damaged file is
reported to the user in a box that does not block the window."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from models.db import check_integrity, close_database, open_database
from models.errors import DatabaseError
from ui import app as app_module
from support.raw import raw_connect


@pytest.fixture
def damaged(tmp_path, demo_template):
    """A copy of the demo database with one list index page overwritten: the schema and the
    tables read at start-up are intact, a full check finds the damage."""
    path = tmp_path / "damaged.db"
    shutil.copy2(demo_template, path)
    con = raw_connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                       "'partnership_list_planned_end'").fetchone()[0]
    con.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * (page_size - 1))
    return path


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.objectName() == "database_damaged" and w.isVisible()]


def test_the_command_line_still_refuses_a_damaged_file_at_once(damaged):
    with pytest.raises(DatabaseError, match="damaged"):
        open_database(damaged)
    open_database(damaged, check=False)  # what the window does
    try:
        assert check_integrity()  # then this, on a worker
    finally:
        close_database()


def test_a_sound_file_passes_the_check(demo_db):
    assert check_integrity() is None


def test_the_window_shows_first_and_reports_the_damage_after(qtbot, damaged, monkeypatch):
    monkeypatch.setattr(app_module, "CHECK_AFTER_MS", 0)
    open_database(damaged, check=False)
    try:
        window = app_module.show_main_window(damaged)
        qtbot.addWidget(window)
        assert window.isVisible() and not boxes()  # the window did not wait for the check
        qtbot.waitUntil(lambda: bool(boxes()), timeout=10_000)
        [box] = boxes()
        assert str(damaged) in box.text() and ".bak" in box.text()
        box.close()
        window.ctx.workers.wait()
    finally:
        close_database()


def test_no_box_for_a_sound_file(qtbot, demo_db, monkeypatch):
    monkeypatch.setattr(app_module, "CHECK_AFTER_MS", 0)
    window = app_module.show_main_window(demo_db)
    qtbot.addWidget(window)
    qtbot.wait(300)
    window.ctx.workers.wait()
    qtbot.wait(100)
    assert not boxes()
