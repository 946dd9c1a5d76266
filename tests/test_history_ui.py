"""The timeline tab of a programme document, clicked through as a user would, and the time-to-sign
tab of the headquarters summary, in English and in Arabic (right to left)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models import agreements
from models.base import set_current_user
from models.db import database
from support.agreements_ui_fixtures import click
from ui.assessment.hq import HqSummaryDialog
from ui.context import AppContext

pytest_plugins = ["support.agreements_ui_fixtures"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def open_tab(qtbot, tabs, index: int):
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def rows(timeline) -> list[list[str]]:
    tree = timeline.tree
    return [[tree.topLevelItem(r).text(c) for c in range(4)]
            for r in range(tree.topLevelItemCount())]


def test_the_history_tab_follows_each_click_and_names_who(qtbot, area, agreement_db):
    area.show_pd(agreement_db["pd"].id)
    panel = area.pd
    open_tab(qtbot, panel.tabs, panel.history_index)
    assert [r[1:3] for r in rows(panel.timeline)] == [["Created as Draft", "Test User"]]
    set_current_user("Brian Reviewer")
    click(qtbot, panel.actions.buttons["review"])
    assert [r[1:3] for r in rows(panel.timeline)][-1] == ["Draft → Review", "Brian Reviewer"]
    assert panel.timeline.note.text().startswith("2 status change")
    set_current_user("Chloe Canceller")
    panel._transition("cancelled", "The partner withdrew")
    last = rows(panel.timeline)[-1]
    assert last[1:] == ["Review → Cancelled", "Chloe Canceller", "The partner withdrew"]
    assert last[0]  # a date and time in the interface's format


def test_a_new_record_says_to_save_first(qtbot, area):
    area.new_agreement()
    assert area.agreement.timeline.tree.topLevelItemCount() == 0
    assert "Save the record first" in area.agreement.timeline.note.text()


def test_the_hq_summary_has_the_time_to_sign_per_office(qtbot, db):
    database.execute_sql(
        "INSERT INTO status_change (id, office, record_table, record_id, from_status, to_status,"
        " changed_by, changed_at) VALUES ('1', 'KEN', 'programme_document', 'p', 'draft', "
        "'review', 'A', '2026-01-01T00:00:00.000Z'), ('2', 'KEN', 'programme_document', 'p', "
        "'review', 'signature', 'B', '2026-01-11T12:00:00.000Z')")
    ctx = AppContext(db)
    dialog = HqSummaryDialog(ctx, 2026)
    qtbot.addWidget(dialog)
    dialog.show()
    open_tab(qtbot, dialog.tabs, dialog.timing_index)
    table = dialog.timing.table
    assert [table.item(0, c).text() for c in range(5)] == ["KEN", "10.5 days (1)", "-", "-", "-"]
    assert table.item(1, 0).text() == "All offices"
    assert dialog.data["timing"][0]["measures"]["submission_to_review"]["count"] == 1
    ctx.workers.wait(5000)


def test_the_arabic_timeline_reads_right_to_left_with_references_left_to_right(qtbot, db):
    from PySide6.QtWidgets import QApplication
    from ui.widgets import Timeline
    from support.agreements_fixtures import make_agreement
    agreement = make_agreement()
    amendment = agreements.create_amendment(agreement, ["administrative"])
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        timeline = Timeline()
        qtbot.addWidget(timeline)
        timeline.show_record("agreement", agreement.id, agreement.reference)
        texts = [r[1] for r in rows(timeline)]
        assert texts[1] == "Draft ← Signed"  # read from the right: draft, then signed
        assert texts[-1].startswith(f"\u2066{amendment.reference}\u2069\n")
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
