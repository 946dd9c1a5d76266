"""What a person sees of issue 10's flow half: refused changes and files listed with their reasons
in the Sync view (and dismissed), and an attached document opened from its agreement when its
file is not on this computer yet (fetched from HQ on demand)."""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt

from models import agreements
from models.db import close_database, open_database
from models.directory import settings
from models.files import path_of
from models.ids import utc_now, uuid7
from sync.client import sync
from support.agreements_ui_fixtures import make_partner, make_pca
from support.sync_fixtures import device, enroll_code, hq, new_db  # noqa: F401
from ui.agreements import opening
from ui.agreements.area import AgreementsArea
from ui.context import AppContext
from ui.sync_state.view import SyncView
from support.raw import raw_connect

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_refused_changes_and_files_are_listed_and_dismissed(qtbot, hq, tmp_path):
    a = device(hq, tmp_path, "a")
    con = raw_connect(a)
    pid = uuid7()
    con.execute("INSERT INTO person (id, office, name, updated_at) VALUES (?, 'KEN', ?, ?)",
                (pid, "Rose Achieng", utc_now()))
    data = b"%PDF-1.4 signed scan"
    sha = hashlib.sha256(data).hexdigest()
    path_of(sha, a).parent.mkdir(parents=True, exist_ok=True)
    path_of(sha, a).write_bytes(data)
    con.execute("INSERT INTO attachment (id, office, owner_table, owner_id, kind, filename, "
                "sha256, size, updated_at) VALUES (?, 'KEN', 'agreement', 'x', "
                "'signed_document', 'KEN-PCA-2026-01 signed.pdf', ?, 99, ?)",
                (uuid7(), sha, utc_now()))
    con.commit()
    sync(a)
    con.execute("UPDATE person SET deleted = 'x' WHERE id = ?", (pid,))
    con.commit()
    con.close()
    assert sync(a).rejected == 1
    open_database(a)
    try:
        view = SyncView(AppContext(a))
        qtbot.addWidget(view)
        view.resize(1024, 600)
        table = view.refused.table
        rows = {table.item(r, 1).text(): (table.item(r, 0).text(), table.item(r, 2).text())
                for r in range(table.rowCount())}
        assert rows["file upload"][0] == "attachment: KEN-PCA-2026-01 signed.pdf"
        assert "says 99 bytes, not 20" in rows["file upload"][1]
        assert rows["edit"][0] == "person: Rose Achieng" and "deleted must be 0 or 1" in \
            rows["edit"][1]
        assert view.tabs.tabText(1) == "Refused (2)"
        view.tabs.setCurrentIndex(1)
        shot = tmp_path / "sync_view_refused_files.png"  # looked at by a person
        assert view.grab().save(str(shot))
        file_row = next(r for r in range(table.rowCount())
                        if table.item(r, 1).text() == "file upload")
        table.selectRow(file_row)
        qtbot.mouseClick(view.refused.dismiss, Qt.LeftButton)
        assert table.rowCount() == 1 and view.tabs.tabText(1) == "Refused (1)"
    finally:
        close_database()


def _office_with_a_signed_pca(path):
    open_database(path)
    settings.act_as_local_user()
    try:
        pca = make_pca(make_partner())
        return pca.id, agreements.attachments(pca)[0]
    finally:
        close_database()


def test_an_attachment_missing_here_is_fetched_when_opened(qtbot, hq, tmp_path, monkeypatch):
    a = device(hq, tmp_path, "a")
    pca_id, attachment = _office_with_a_signed_pca(a)
    sync(a)
    b = new_db(tmp_path, "b")
    sync(b, hq.url, enroll_code=enroll_code(hq), files=False)  # records here, the scan not yet
    assert not path_of(attachment.sha256, b).exists()
    shown = []
    monkeypatch.setattr(opening.QDesktopServices, "openUrl", lambda url: shown.append(url))
    open_database(b)
    try:
        ctx = AppContext(b)
        area = AgreementsArea(ctx)
        qtbot.addWidget(area)
        area.resize(1024, 600)
        area.show()
        area.show_agreement(pca_id)
        panel = area.agreement
        assert f'href="{attachment.id}"' in panel.attach_label.text()
        with qtbot.waitSignal(panel.opener.opened, timeout=20_000) as opened:
            panel.attach_label.linkActivated.emit(attachment.id)
        assert opened.args[0].endswith("pca.pdf") and shown
        assert open(opened.args[0], "rb").read() == b"%PDF-1.4 scan"
        assert path_of(attachment.sha256, b).exists()
        panel.tabs.setCurrentIndex(1)
        assert area.grab().save(str(tmp_path / "agreement_attachment_link.png"))
        ctx.workers.wait(20_000)
    finally:
        close_database()


def test_a_file_headquarters_does_not_have_says_so(qtbot, hq, tmp_path):
    b = device(hq, tmp_path, "b")
    pca_id, attachment = _office_with_a_signed_pca(b)
    path_of(attachment.sha256, b).unlink()  # as if the file never reached this computer
    open_database(b)
    try:
        ctx = AppContext(b)
        area = AgreementsArea(ctx)
        qtbot.addWidget(area)
        area.show_agreement(pca_id)
        panel = area.agreement
        panel.attach_label.linkActivated.emit(attachment.id)
        qtbot.waitUntil(lambda: "Could not fetch pca.pdf" in panel.message.text(),
                        timeout=20_000)
        assert "no such file" in panel.message.text()
        ctx.workers.wait(20_000)
    finally:
        close_database()
