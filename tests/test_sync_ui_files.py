"""The Sync view's "Export to file…" and "Import answer…", clicked, against a real HQ store."""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from models.db import close_database, open_database
from models.directory import Person, settings
from sync.client import sync
from sync.server.fileimport import import_file
from ui.context import AppContext
from ui.sync_state.view import SyncView

from support.raw import raw_connect
from support.sync_fixtures import device, edit, hq  # noqa: F401


def _click(qtbot, view, button) -> list:
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(button, Qt.LeftButton)
    view.ctx.workers.wait()
    return blocker.args


def test_export_and_import_from_the_view(qtbot, hq, tmp_path, monkeypatch, language):  # noqa: F811
    language("en")  # the window always has its language: English says "1 change"
    other, path = device(hq, tmp_path, "other"), device(hq, tmp_path, "d", user="Amina")
    edit(other, lambda: Person.create(office="KEN", name="Wanjiru Kamau"))
    sync(other)
    edit(path, lambda: Person.create(office="KEN", name="Otieno Ochieng"))
    open_database(path)
    settings.act_as_local_user()
    ctx = AppContext(path)
    view = SyncView(ctx)
    view.timer.stop()  # no automatic network sync in this test: the office has no link
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    assert "1 change" in view.unsent.text()
    export = tmp_path / "to-hq.pdsync"
    asked = {}

    def save(parent, title, start, filters):
        asked.update(title=title, start=start, filters=filters)
        return str(export), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    assert _click(qtbot, view, view.files.export_button) == [True]
    assert asked["start"].endswith(".pdsync") and "*.pdsync" in asked["filters"]
    assert "1 change written" in view.state.text() and export.stat().st_size > 100
    assert "1 change" in view.unsent.text()  # still waiting for HQ's ack

    answer_bytes, _done = import_file(hq.store, export.read_bytes())
    answer = tmp_path / "from-hq.pdsync"
    answer.write_bytes(answer_bytes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(answer), ""))
    assert _click(qtbot, view, view.files.import_button) == [True]
    assert "1 acknowledged" in view.state.text(), view.state.text()
    assert "0 change" in view.unsent.text() and view.history.rowCount() >= 1
    shot = tmp_path / "sync_view_files.png"
    assert view.grab().save(str(shot))
    assert _click(qtbot, view, view.files.import_button) == [True]
    assert "already applied" in view.state.text()

    damaged = bytearray(answer_bytes)
    damaged[-5] ^= 0x10
    answer.write_bytes(bytes(damaged))
    con = raw_connect(path)
    before = con.execute("SELECT id, name, version FROM person ORDER BY id").fetchall()
    assert _click(qtbot, view, view.files.import_button) == [False]
    assert "changed after HQ made it" in view.state.text()
    assert "Next try" not in view.state.text() and view.files.import_button.isEnabled()
    assert con.execute("SELECT id, name, version FROM person ORDER BY id").fetchall() == before
    assert "Wanjiru Kamau" in {r[1] for r in before}
    con.close()

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: ("", ""))  # cancelled
    qtbot.mouseClick(view.files.import_button, Qt.LeftButton)
    assert not view.running
    close_database()


def test_file_buttons_wait_for_enrollment(qtbot, tmp_path):
    from support.sync_fixtures import new_db
    path = new_db(tmp_path, "fresh")
    open_database(path)
    view = SyncView(AppContext(path))
    qtbot.addWidget(view)
    assert not view.files.export_button.isEnabled()
    assert not view.files.import_button.isEnabled()
    assert "Not enrolled" in view.state.text()
    close_database()


def test_export_asks_for_hq_key_when_the_device_has_none(qtbot, hq, tmp_path,  # noqa: F811
                                                          monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    from ui.sync_state import files
    from sync import filecrypt
    path = device(hq, tmp_path, "d")
    con = raw_connect(path)
    key = con.execute("SELECT value FROM setting WHERE key = 'sync.file_key'").fetchone()[0]
    con.execute("DELETE FROM setting WHERE key = 'sync.file_key'")  # enrolled before
    con.commit()
    con.close()
    edit(path, lambda: Person.create(office="KEN", name="Achieng Odhiambo"))
    open_database(path)
    view = SyncView(AppContext(path))
    view.timer.stop()
    qtbot.addWidget(view)
    export = tmp_path / "to-hq.pdsync"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(export), ""))
    monkeypatch.setattr(files, "ask_text", lambda *a: ("", False))  # cancelled first
    assert _click(qtbot, view, view.files.export_button) == [False]
    assert "key is needed" in view.state.text() and not export.exists()
    monkeypatch.setattr(files, "ask_text", lambda *a: ("not-a-key", True))
    assert _click(qtbot, view, view.files.export_button) == [False]
    assert "43 characters" in view.state.text() and not export.exists()
    shown = []
    monkeypatch.setattr(files, "ask_text", lambda *a: (f"  {key} ", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    with qtbot.waitSignal(view.finished, timeout=30_000) as first:
        qtbot.mouseClick(view.files.export_button, Qt.LeftButton)
    assert first.args == [False]  # no key: asked, stored, exported again
    with qtbot.waitSignal(view.finished, timeout=30_000) as second:
        pass
    view.ctx.workers.wait()
    assert second.args == [True] and export.stat().st_size > 100
    assert filecrypt.fingerprint(key) in shown[0] and "written" in view.state.text()
    assert import_file(hq.store, export.read_bytes())[1].pushed >= 1
    close_database()
