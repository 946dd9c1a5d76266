"""The guided self-assessment driven like a user: start, rate, explain, plan, submit, locked."""
from __future__ import annotations

import datetime as dt

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from models import assessment
from support.assessment_helpers import known_office
from ui.assessment import ASSESSMENT as AREA
from ui.assessment.hq import HqSummaryDialog
from ui.assessment.view import AssessmentView
from ui.context import AppContext

YEAR = dt.date.today().year
# The offscreen platform plugin says this whenever a top-level window is shown; not our code.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _view(qtbot, db) -> AssessmentView:
    ctx = AppContext(db)
    view = AssessmentView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    return view


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _page(view):
    return view.stack.currentWidget()


def test_fill_and_submit_an_assessment(qtbot, db):
    known_office()
    view = _view(qtbot, db)
    start = view.findChild(QPushButton, "start")
    assert start.isVisible() and "no self-assessment" in view.empty_label.text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        _click(qtbot, start)
    assert view.nav.count() == 7 and view.status.text() == "Status: Draft"

    b1 = _page(view)  # B1: the data shows 3 of 4 (partly met)
    assert "3 of 4 active partnerships" in b1.data_label.text()
    _click(qtbot, b1.findChild(QRadioButton, "rating_met"))
    assert b1.warning.isVisible() and "differs from what the data shows" in b1.warning.text()
    assert "\u26a0" in view.nav.item(0).text()
    _click(qtbot, b1.findChild(QRadioButton, "rating_partly_met"))
    assert not b1.warning.isVisible()
    qtbot.keyClicks(b1.evidence, "Landscape map updated in March.")
    qtbot.keyClicks(b1.new_action, "Record every partner's comparative advantage")
    _click(qtbot, b1.add_button)  # no owner yet: refused, next to the action fields
    assert b1.action_error.isVisible() and "owner" in b1.action_error.text()
    qtbot.keyClicks(b1.new_owner, "Amina")
    _click(qtbot, b1.add_button)
    assert b1.actions.rowCount() == 1 and not b1.action_error.isVisible()

    for n in range(1, 6):  # B2..B6: rate met; leave B3 (data: not met) without evidence
        _click(qtbot, view.next_button)
        page = _page(view)
        _click(qtbot, page.findChild(QRadioButton, "rating_met"))
        if n != 2:
            qtbot.keyClicks(page.evidence, "Checked in the files.")
    _click(qtbot, view.next_button)
    assert _page(view) is view.summary
    assert "Rating and data disagree" in view.summary.counts.text()
    _click(qtbot, view.summary.submit_button)
    assert view.summary.problems.isVisible() and "B3" in view.summary.problems.text()
    assert assessment.find("KEN", YEAR).status == "draft"

    view.go_to(2)
    qtbot.keyClicks(_page(view).evidence, "MoUs are signed but not yet filed.")
    view.go_to(6)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        _click(qtbot, view.summary.submit_button)
    assert view.status.text() == "Status: Submitted (locked)"
    assert not view.summary.submit_button.isEnabled()
    saved = assessment.overview("KEN", YEAR, create=False)
    assert saved.status == "submitted" and saved.items[0].rating == "partly_met"
    assert saved.items[0].evidence == "Landscape map updated in March."
    assert saved.items[2].evidence == "MoUs are signed but not yet filed."
    assert [a.owner for a in saved.actions] == ["Amina"]
    view.go_to(0)
    assert not _page(view).findChild(QRadioButton, "rating_met").isEnabled()
    assert _page(view).evidence.isReadOnly()


def test_an_alert_opens_the_benchmark_of_its_action(qtbot, db):
    known_office()
    a = assessment.start("KEN", YEAR)
    items = assessment.overview_by_id(a.id).items
    action = assessment.save_action(a.id, {"action": "Review every partnership", "owner": "John",
                                           "due_date": "2026-01-31",
                                           "benchmark": items[3].benchmark.id})
    view = _view(qtbot, db)
    view.go_to(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.open_record("assessment_action", action.id)
    assert _page(view) is view.pages[3] and view.nav.currentRow() == 3
    assert view.pages[3].actions.item(0, 0).text() == "Review every partnership"
    scan = db.parent / "review report.pdf"
    scan.write_bytes(b"%PDF-1.4 review")
    view.attach_file(items[3].benchmark.id, scan)
    assert view.pages[3].attachments.text() == "Attached: review report.pdf"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.open_record("assessment", "KEN/2025")
    assert view.current() == ("KEN", 2025) and view.stack.currentWidget() is view.empty


def test_shot_view_shows_a_disagreement_and_last_year(qtbot, demo_db):
    ctx = AppContext(demo_db)
    widget = AREA.build(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    AREA.shots["assessment"](widget, {"office": "KEN", "year": YEAR, "ref": None})
    assert widget.current() == ("KEN", YEAR) and len(widget.pages) == 6
    page = _page(widget)
    assert page.findChild(QLabel, "last_year").text().startswith(f"Last year ({YEAR - 1}): ")
    assert page.warning.isVisibleTo(page)  # KEN's demo ratings disagree with the data
    ctx.workers.wait(10_000)


def test_headquarters_summary_dialog(qtbot, demo_db):
    ctx = AppContext(demo_db)
    view = AssessmentView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    assessment.reopen(assessment.find("NGA", YEAR - 1).id)  # HQ sent last year's back
    qtbot.mouseClick(view.hq_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(HqSummaryDialog)
    data = dialog.data
    assert dialog.isVisible() and f"of {data['offices']} offices reported" in dialog.headline.text()
    assert dialog.benchmarks.rowCount() == len(data["codes"]) + 1
    b1 = data["benchmarks"]["B1"]
    assert dialog.benchmarks.item(0, 2).text() == (
        f"{b1['met']} of {data['reported']} ({round(b1['share_met'] * 100)} %)")
    assert dialog.benchmarks.item(0, 3).text().startswith(f"{b1['met_by_data']} of ")
    dialog.year.setValue(YEAR - 1)
    assert dialog.data["year"] == YEAR - 1
    assert dialog.data["reported"] == dialog.data["offices"] - 1  # NGA's was reopened
    dialog.close()
    ctx.workers.wait(10_000)


def test_shot_command_renders_the_assessment(demo_db, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from models.db import close_database
    close_database()
    out = tmp_path / "assessment.png"
    done = subprocess.run([sys.executable, str(Path(__file__).resolve().parents[1] / "main.py"),
                           "shot", "--db", str(demo_db), "--view", "assessment", "--office",
                           "NGA", "--year", str(YEAR), "--out", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 20_000
