"""The Sync view lists values from HQ set aside on this computer, with their reasons (issue 10,
finding 1), and clears the list once they are corrected at HQ."""
from __future__ import annotations

from models.db import close_database, open_database
from models.ids import utc_now, uuid7
from support.sync_fixtures import device, hq  # noqa: F401 (fixture)
from sync.client import sync
from test_sync_values import legacy_row, post, SEQ
from ui.context import AppContext
from ui.sync_state.view import SyncView


def test_1_values_set_aside_are_listed_with_their_reason(qtbot, hq, tmp_path):
    b = device(hq, tmp_path, "b")
    bad = uuid7()
    base = {"office": "KEN", "partner_type": "cso", "updated_at": utc_now(), "deleted": 0}
    legacy_row(hq, "partner", bad, {**base, "reference": "KEN/PT/00042", "legal_name": None})
    legacy_row(hq, "partner", uuid7(), {**base, "reference": "KEN/PT/00043",
                                        "legal_name": "Amani Trust", "tags": "{broken"})
    assert sync(b).held == 2
    open_database(b)
    ctx = AppContext(b)
    view = SyncView(ctx)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    table = view.held.table
    assert view.tabs.tabText(2) == "Set aside (2)"
    cells = sorted(tuple(table.item(r, c).text() for c in range(3)) for r in range(2))
    assert cells == [
        ("partner: KEN/PT/00042", "the whole record",
         "legal_name is required (it cannot be empty)"),
        ("partner: KEN/PT/00043", "tags", "tags is not valid JSON")]
    view.open_record("sync", "")
    assert view.tabs.currentIndex() == 2
    shot = tmp_path / "sync_view_set_aside.png"  # for a person to look at (pytest keeps it)
    assert view.grab().save(str(shot)) and shot.stat().st_size > 10_000
    ctx.workers.wait()
    close_database()
    a = device(hq, tmp_path, "a")
    post(hq, a, [[SEQ, "partner", bad, "update", 1, "KEN", {"legal_name": "Fixed at HQ"}]])
    sync(b)
    open_database(b)
    view.refresh()
    assert view.tabs.tabText(2) == "Set aside (1)"
    close_database()
