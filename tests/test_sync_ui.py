"""The Sync view, driven with clicks against a real HQ server on loopback."""
from __future__ import annotations


from models.db import close_database, open_database
from models.directory import Person, settings
from ui.context import AppContext
from ui.sync_state.view import SyncView

from support.sync_fixtures import device, edit, enroll_code, free_port, hq, new_db  # noqa: F401
from sync.client import sync
from support.raw import raw_connect


def _conflict(hq, tmp_path):
    a, b = device(hq, tmp_path, "a", user="Ann"), device(hq, tmp_path, "b", user="Ben")
    c = device(hq, tmp_path, "c", user="Carol")  # a third person adds the record
    pid = edit(c, lambda: Person.create(office="KEN", name="Grace Mwangi").id)
    sync(c), sync(a), sync(b)
    for path, title in ((a, "Nutrition Officer"), (b, "Health Officer")):
        def change(t=title):
            person = Person.get_by_id(pid)
            person.title = t
            person.save()
        edit(path, change)  # as the device's user: Ann on a, Ben on b
    sync(a), sync(b)
    return a, b, pid


def test_conflict_side_by_side_and_keep_mine(qtbot, hq, tmp_path):
    a, b, pid = _conflict(hq, tmp_path)
    open_database(b)
    settings.act_as_local_user()  # as the window does: Ben resolves on b
    ctx = AppContext(b)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    table = view.conflicts.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(5)]
    assert cells == ["person: Grace Mwangi", "title", "Health Officer", "Nutrition Officer", "Ann"]
    assert "1" in view.tabs.tabText(0)
    shot = tmp_path / "sync_view_conflict.png"  # for a person to look at (pytest keeps it)
    assert view.grab().save(str(shot)) and shot.stat().st_size > 10_000
    qtbot.mouseClick(view.conflicts.keep_mine, __import__("PySide6.QtCore").QtCore.Qt.LeftButton)
    assert table.rowCount() == 0 and view.conflicts.empty.isVisibleTo(view)
    assert "1 change" in view.unsent.text()
    with qtbot.waitSignal(view.finished, timeout=20_000) as blocker:
        qtbot.mouseClick(view.sync_button, __import__("PySide6.QtCore").QtCore.Qt.LeftButton)
    assert blocker.args == [True]
    assert "Synced" in view.state.text() and view.history.rowCount() >= 1
    ctx.workers.wait()
    close_database()
    sync(a)
    con = raw_connect(a)
    assert con.execute("SELECT title FROM person WHERE id = ?", (pid,)).fetchone()[0] == \
        "Health Officer"


def test_enroll_from_the_view_and_retry_after_failure(qtbot, hq, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    path = new_db(tmp_path, "c")
    open_database(path)
    ctx = AppContext(path)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    assert "Not enrolled" in view.state.text()
    qtbot.keyClicks(view.server, f"http://127.0.0.1:{free_port()}")
    qtbot.keyClicks(view.code, "WRONG-CODE")
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(view.sync_button, Qt.LeftButton)
    assert blocker.args == [False] and "Cannot reach HQ" in view.state.text()
    view.server.clear()
    qtbot.keyClicks(view.server, hq.url)
    view.code.clear()
    qtbot.keyClicks(view.code, enroll_code(hq))
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(view.sync_button, Qt.LeftButton)
    assert blocker.args == [True], view.state.text()
    assert view.timer.isActive()  # the next automatic sync is scheduled
    view.refresh()
    assert "KEN" in view.state.text() and view.last.text() != "never"
    # the link drops: the view retries by itself, with backoff, until it comes back
    import ui.sync_state.view as module
    # long enough that a loaded machine reads the state before the retry starts
    monkeypatch.setattr(module, "RETRY_FIRST_MS", 2000)
    view.server.clear()
    qtbot.keyClicks(view.server, f"http://127.0.0.1:{free_port()}")
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        qtbot.mouseClick(view.sync_button, Qt.LeftButton)
    assert blocker.args == [False] and view.timer.isActive()
    assert view.timer.remainingTime() <= 2000 and "Next try" in view.state.text()
    view.server.setText(hq.url)  # the link is back
    with qtbot.waitSignal(view.finished, timeout=30_000) as blocker:
        pass  # no click: the retry timer starts the sync
    assert blocker.args == [True] and view.failures == 0
    ctx.workers.wait()
    close_database()


def test_refused_change_is_listed_with_its_reason_and_dismissed(qtbot, hq, tmp_path):
    from PySide6.QtCore import Qt
    a = device(hq, tmp_path, "a")
    edit(a, lambda: Person.create(office="NGA", name="Out of scope"))
    assert sync(a).rejected == 1
    open_database(a)
    ctx = AppContext(a)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    table = view.refused.table
    assert table.rowCount() == 1 and view.tabs.tabText(1) == "Refused (1)"
    assert table.item(0, 0).text() == "person: Out of scope"
    assert "not enrolled for office NGA" in table.item(0, 2).text()
    view.tabs.setCurrentIndex(1)
    shot = tmp_path / "sync_view_refused.png"  # for a person to look at (pytest keeps it)
    assert view.grab().save(str(shot)) and shot.stat().st_size > 10_000
    table.selectRow(0)
    qtbot.mouseClick(view.refused.dismiss, Qt.LeftButton)
    assert table.rowCount() == 0 and view.tabs.tabText(1) == "Refused (0)"
    close_database()
