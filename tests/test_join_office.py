"""A new laptop (or one replacing a lost laptop) joins its office with an enrollment code: from the
command line on a path with no database yet, and from the first-run dialog, against a real HQ
server on loopback; the office's data arrives with progress and can be used while the rest comes.
"""
from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from models.db import close_database, open_database
from models.directory import Partner, partners, settings
from support.netlink_proxy import ProxyLink
from support.netlink_support import LinkProfile
from support.sync_fixtures import ROOT, device, edit, enroll_code, free_port, hq  # noqa: F401
from sync.client import sync
from ui.context import AppContext
from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow
from support.raw import raw_connect


def cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def one_line(done) -> str:
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


def office_with_partners(hq, tmp_path, count: int) -> tuple[set[str], str]:
    """The lost laptop: it made `count` partners in KEN and synced them to HQ before it was lost."""
    lost = device(hq, tmp_path, "lost", user="Grace Mwangi")

    def make():
        return {partners.save({"legal_name": f"Turkana Water Partner {n:03d}",
                               "partner_type": "government"}, office="KEN").id
                for n in range(count)}
    made = edit(lost, make)
    assert sync(lost, backoff=0.05).pushed >= count
    return made, lost


def partner_ids(path) -> set[str]:
    con = raw_connect(path)
    try:
        return {r[0] for r in con.execute("SELECT id FROM partner WHERE deleted = 0")}
    finally:
        con.close()


def setting(path, key):
    con = raw_connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def test_cli_enroll_on_a_path_with_no_database(hq, tmp_path):
    made, _lost = office_with_partners(hq, tmp_path, 12)
    fresh = tmp_path / "laptops" / "new.db"
    fresh.parent.mkdir()
    # without a code the command says how to join, and makes nothing
    message = one_line(cli("sync", "--db", fresh, "--server", hq.url))
    assert "No database at" in message and "--enroll CODE" in message
    assert not fresh.exists()
    # a wrong code: one clear line
    message = one_line(cli("sync", "--db", fresh, "--server", hq.url, "--enroll", "WRONG-CODE"))
    assert "enrollment code is unknown" in message
    # the code from HQ: the office's records arrive and the office becomes the home office
    done = cli("sync", "--db", fresh, "--server", hq.url, "--enroll", enroll_code(hq))
    assert done.returncode == 0, done.stderr
    assert "works for office KEN" in done.stdout
    assert made <= partner_ids(fresh)
    assert setting(fresh, "home_office") == "KEN"
    # and it keeps syncing like any device: an edit here reaches HQ
    edit(fresh, lambda: partners.save({"legal_name": "Garissa Relief Network",
                                       "partner_type": "cso", "cso_type": "national"},
                                      office="KEN"))
    again = cli("sync", "--db", fresh, "--json")
    assert again.returncode == 0, again.stderr
    assert '"pushed": 1' in again.stdout


def test_cli_enroll_needs_the_server_address(tmp_path):
    fresh = tmp_path / "new.db"
    message = one_line(cli("sync", "--db", fresh, "--enroll", "K7QX-M2PA-9FTR"))
    assert "--server URL" in message and not fresh.exists()


@pytest.fixture
def slow_link():
    """A loopback link with 150 ms each way, so the office arrives over several seconds."""
    link = ProxyLink(LinkProfile(rate_bps=2_000_000, one_way_delay=0.15, loss=0.0), seed=3)
    yield link
    link.close()


def test_join_from_the_first_run_dialog_and_work_while_the_rest_arrives(
        qtbot, hq, tmp_path, slow_link, monkeypatch):
    from sync.server import changes
    made, _lost = office_with_partners(hq, tmp_path, 60)
    monkeypatch.setattr(changes, "PAGE_BYTES", 2500)  # small pages: the office comes in many
    host, port = slow_link.connect_address(hq.port)
    server = f"http://{host}:{port}"
    path = tmp_path / "replacement.db"
    open_database(path)
    ctx = AppContext(path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.join_form
    # a bad address is explained beside the field; nothing is started
    qtbot.keyClicks(form.inputs["server"], "hq.example.org")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert "https://" in form.errors["server"].text() and "code" in form.errors
    assert not dialog.runner.running
    # a wrong code: the dialog stays, says why, and nothing is set up
    form.inputs["server"].clear()
    qtbot.keyClicks(form.inputs["server"], server)
    qtbot.keyClicks(form.inputs["code"], "WRONG-CODE")
    with qtbot.waitSignal(dialog.runner.failed, timeout=30_000):
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "enrollment code is unknown" in dialog.join_state.text()
    assert not settings.is_set_up() and dialog.join_button.isEnabled()
    # the right code: a progress bar, then the window opens with the first records in
    steps = []
    dialog.runner.progress.connect(lambda done, total, _m: steps.append((done, total)))
    form.inputs["code"].clear()
    qtbot.keyClicks(form.inputs["code"], enroll_code(hq))
    qtbot.keyClicks(form.inputs["user_name"], "Grace Mwangi")
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert dialog.join_progress.isVisible() and not dialog.join_button.isEnabled()
    assert dialog.choice == "join"
    assert settings.home_office() == "KEN" and settings.get("user_name") == "Grace Mwangi"
    settings.act_as_local_user()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert dialog.runner.running, "the office is still arriving when the window opens"
    assert window.sync_progress.isVisible()
    here = Partner.select().count()
    assert here < len(made)  # usable already, with part of the office
    window.area_widget("sync")  # as the launcher does: the Sync view follows the rest
    with qtbot.waitSignal(dialog.runner.done, timeout=60_000):
        pass
    assert made <= {p.id for p in Partner.select()}
    # the bar measured how far along HQ's history the office had come, step by step
    partial = [done / total for done, total in steps if total and done < total]
    assert len(partial) >= 3 and partial == sorted(partial)
    qtbot.waitUntil(lambda: not window.sync_progress.isVisible(), timeout=5_000)
    assert "KEN" in window.office_label.text()
    ctx.workers.wait(10_000)
    close_database()


def test_the_dialog_cannot_be_closed_halfway_through_a_join(qtbot, hq, tmp_path, slow_link):
    office_with_partners(hq, tmp_path, 5)
    host, port = slow_link.connect_address(hq.port)
    path = tmp_path / "new.db"
    open_database(path)
    ctx = AppContext(path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.join_form.inputs["server"], f"http://{host}:{port}")
    qtbot.keyClicks(dialog.join_form.inputs["code"], enroll_code(hq))
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.runner.running, dialog.join_state.text()
    dialog.reject()  # Escape while joining
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.runner.done, timeout=60_000):
        pass
    ctx.workers.wait(10_000)
    close_database()


def test_an_unreachable_hq_is_explained(qtbot, tmp_path):
    path = tmp_path / "new.db"
    open_database(path)
    ctx = AppContext(path)
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.join_form.inputs["server"], f"http://127.0.0.1:{free_port()}")
    qtbot.keyClicks(dialog.join_form.inputs["code"], "K7QX-M2PA-9FTR")
    with qtbot.waitSignal(dialog.runner.failed, timeout=60_000):
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert "Cannot reach HQ" in dialog.join_state.text() and not settings.is_set_up()
    ctx.workers.wait(10_000)
    close_database()
