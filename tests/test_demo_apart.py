"""Demo data lives in a file of its own (demo.db beside the office's database), opens with a
banner and a way out, never syncs, and never goes into a database that holds anything; without a
screen, scripts/run.sh renders from the demo file and leaves the office's path alone."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from models import demo
from models.db import close_database, open_database
from models.directory import settings
from models.errors import DomainError
from support.sync_fixtures import ROOT, hq, new_db  # noqa: F401
from sync.client import sync
from ui.app import Launcher
from ui.first_run import FirstRunDialog
from support.raw import raw_connect


def count(path: Path, table: str) -> int:
    con = raw_connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_the_demo_file_sits_beside_the_office_database(tmp_path):
    assert demo.path_beside(tmp_path / "partnerdesk.db") == tmp_path / "demo.db"
    assert demo.path_beside(tmp_path / "demo.db") == tmp_path / "demo-2.db"


def test_demo_refuses_a_database_that_holds_anything(db):
    with pytest.raises(DomainError, match="never mixes"):
        demo.build(partnerships=5)
    assert not demo.is_demo() and count(db, "partnership") == 0


def test_a_demo_database_never_syncs(tmp_path, hq):
    path = tmp_path / "demo.db"
    open_database(path)
    demo.build(partnerships=10)
    assert demo.is_demo()
    close_database()
    with pytest.raises(DomainError, match="demo database"):
        sync(path, hq.url, enroll_code="ANY-CODE")
    assert hq.store.read().__enter__().all("SELECT id FROM hq_device") == []


def act_on_dialog(action, seen: list):
    """Run `action(dialog)` on the first-run dialog once it is open (it runs modal)."""
    def attempt():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, FirstRunDialog) and w.isVisible()), None)
        if dialog is not None:
            seen.append(dialog)
            action(dialog)
        else:
            QTimer.singleShot(30, attempt)
    QTimer.singleShot(30, attempt)


def set_up_office(qtbot):
    def action(dialog):
        bar = dialog.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        for key, text in (("code", "KEN"), ("name", "Kenya Country Office"),
                          ("country", "KEN"), ("user_name", "Amina Otieno")):
            qtbot.keyClicks(dialog.form.inputs[key], text)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    return action


def test_explore_the_demo_then_leave_it_for_the_office(qtbot, tmp_path):
    app = QApplication.instance()
    real = tmp_path / "partnerdesk.db"
    launcher = Launcher(app, real)
    seen: list = []
    act_on_dialog(lambda d: qtbot.mouseClick(d.demo_button, Qt.MouseButton.LeftButton), seen)
    assert launcher.open(real)
    window = launcher.window
    qtbot.addWidget(window)
    assert window.ctx.db_path == tmp_path / "demo.db" and demo.is_demo()
    assert window.demo_banner is not None and window.demo_banner.isVisible()
    partnerships = count(tmp_path / "demo.db", "partnership")
    assert partnerships == 400
    # the office's own file got nothing: no office, no partner, no demo mark
    assert count(real, "partnership") == 0 and count(real, "office") == 0
    assert not {"demo", "home_office"} & set(settings_in(real))
    # leave the demo: the office's database opens, with the first-run dialog again
    act_on_dialog(set_up_office(qtbot), seen)
    qtbot.mouseClick(window.findChild(QPushButton, "leave_demo"), Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and not window.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()
                and w.objectName() == "automatic_transitions"], "the demo's boxes went with it"
    office_window = launcher.window
    qtbot.addWidget(office_window)
    assert office_window is not window and office_window.ctx.db_path == real
    assert office_window.demo_banner is None and settings.home_office() == "KEN"
    assert count(real, "partnership") == 0
    office_window.close()
    close_database()
    # the demo file is kept for next time, and reused as it is
    launcher = Launcher(app, tmp_path / "other" / "partnerdesk.db")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "demo.db").write_bytes((tmp_path / "demo.db").read_bytes())
    act_on_dialog(lambda d: qtbot.mouseClick(d.demo_button, Qt.MouseButton.LeftButton), seen)
    assert launcher.open(tmp_path / "other" / "partnerdesk.db")
    qtbot.addWidget(launcher.window)
    assert count(tmp_path / "other" / "demo.db", "partnership") == partnerships
    launcher.window.close()
    close_database()


def settings_in(path: Path) -> dict:
    con = raw_connect(path)
    try:
        return dict(con.execute("SELECT key, value FROM setting").fetchall())
    finally:
        con.close()


def test_a_file_called_demo_that_is_not_a_demo_is_left_alone(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    office = new_db(tmp_path, "demo")  # an office's real database that happens to be demo.db
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    launcher = Launcher(QApplication.instance(), tmp_path / "partnerdesk.db")
    act_on_dialog(lambda d: qtbot.mouseClick(d.demo_button, Qt.MouseButton.LeftButton), [])
    assert not launcher.open(tmp_path / "partnerdesk.db") and launcher.failed
    assert "not demo data" in shown[0]
    close_database()
    assert settings_in(office)["home_office"] == "KEN" and "demo" not in settings_in(office)
    assert count(office, "partnership") == 0  # no demo record went in


def test_run_script_without_a_screen_renders_the_demo_not_the_office(tmp_path):
    real = tmp_path / "data" / "partnerdesk.db"
    shot = tmp_path / "dashboard.png"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PARTNERDESK_DB=str(real), PARTNERDESK_SHOT=str(shot), HOME=str(tmp_path))
    done = subprocess.run(["bash", str(ROOT / "scripts" / "run.sh")], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not real.exists(), "the office's database path must stay untouched"
    assert (tmp_path / "data" / "demo.db").exists() and shot.stat().st_size > 20_000
    assert "demo" in done.stdout
