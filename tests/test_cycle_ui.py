"""The cycle view and the dashboard driven like a user: typing, clicking, the map drawn."""
from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton

from models.cycle import ops as cycle_ops
from models.db import close_database, database
from models.directory import partnerships
from reports.palette import RELATION as RELATION_COLOURS
from support.cycle_fixtures import ROOT, clear, complete, partner, partnership, person
from ui.context import AppContext
from ui.cycle.view import CycleView


@pytest.fixture
def view(qtbot, db):
    a = partner("Girls Education Network")
    pid = partnership([a], focal=person(), title="Girls' education in Turkana")
    ctx = AppContext(db)
    widget = CycleView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(pid)
    widget.pid, widget.partner_id = pid, a
    yield widget
    ctx.workers.wait(10_000)


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot, combo, text: str):
    """Pick a combo entry with the keyboard, as a user would."""
    combo.setFocus()
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_complete_phase_i_by_typing_and_clicking(qtbot, view):
    form = view.form
    assert view.phase_code == "i" and "Next: phase i" in view.next_step.text()
    choose(qtbot, form.inputs["status"], "Done")
    assert form.errors["challenge"].isVisible()  # validation as you type
    assert "required" in form.errors["challenge"].text()
    qtbot.keyClicks(form.inputs["challenge"], "Girls drop out after grade 6")
    assert not form.errors["challenge"].isVisible()
    qtbot.keyClicks(form.inputs["results_sought"], "Transition to secondary up by 20 %")
    landscape = form.inputs["landscape"]
    click(qtbot, landscape.findChild(QPushButton, "landscape_add"))
    table = landscape.table
    cell = table.visualItemRect(table.item(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the selected cell
    editor = table.viewport().findChild(QLineEdit, "",
                                        Qt.FindChildOption.FindDirectChildrenOnly)
    assert editor is not None
    qtbot.keyClicks(editor, "County education office")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert landscape.value()[0]["who"] == "County education office"
    assert not form.problems, form.problems
    with qtbot.waitSignal(view.saved, timeout=10_000) as saved:
        click(qtbot, form.save_button)
    assert saved.args == ["i"]
    state = cycle_ops.state(view.pid)
    assert state.phase("i").status == "done"
    assert state.phase("i").answers["landscape"][0]["who"] == "County education office"
    assert view.progress.value() == 1 and "phase ii" in view.next_step.text()
    assert view.phase_item("i").text(1) == "Done"


def test_rule_refusal_is_shown_in_words(qtbot, view):
    complete(view.pid, "i")
    view.load(view.pid)
    item = view.phase_item("iii")
    rect = view.tree.visualItemRect(item)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.phase_code == "iii"
    form = view.form
    for key in ("goals", "roles", "contributions"):
        qtbot.keyClicks(form.inputs[key], "Agreed text")
    qtbot.keyClicks(form.inputs["agreed_on"], "2026-13-01")
    assert "YYYY-MM-DD" in form.errors["agreed_on"].text()
    form.inputs["agreed_on"].clear()
    qtbot.keyClicks(form.inputs["agreed_on"], "2026-01-15")
    click(qtbot, form.inputs["principles"].findChild(QCheckBox, "choice_equity"))
    choose(qtbot, form.inputs["status"], "Done")
    assert not form.problems
    with qtbot.waitSignal(view.failed, timeout=10_000) as failed:
        click(qtbot, form.save_button)
    assert "Complete phase ii (Identifying) first" in failed.args[0]
    assert "phase ii" in form.errors["status"].text()
    clear(view.pid, view.partner_id)
    complete(view.pid, "ii")
    with qtbot.waitSignal(view.saved, timeout=10_000):
        click(qtbot, form.save_button)
    assert cycle_ops.state(view.pid).phase("iii").status == "done"


def test_landscape_map_draws_each_stakeholder_in_its_relation_colour(qtbot, view):
    landscape = view.form.inputs["landscape"]
    landscape.set_value([{"who": "Ministry", "interest": 5, "influence": 5,
                          "relation": "partner"},
                         {"who": "Opposition media", "interest": 1, "influence": 4,
                          "relation": "opposed"}])
    image = landscape.map.grab().toImage()
    for interest, influence, relation in ((5, 5, "partner"), (1, 4, "opposed")):
        centre = landscape.map.point(interest, influence).toPoint()
        beside_number = centre - QPoint(6, 0)  # inside the dot, left of its row number
        assert QColor(image.pixel(beside_number)) == QColor(RELATION_COLOURS[relation])
    empty = landscape.map.point(3, 1).toPoint()
    assert QColor(image.pixel(empty)).name() not in RELATION_COLOURS.values()


def test_exit_strategy_validated_while_typing_then_saved(qtbot, view):
    view.tabs.setCurrentIndex(1)
    form = view.exit_form
    qtbot.keyClicks(form.months, "abc")
    assert form.errors["lifespan_months"].isVisible()
    form.months.clear()
    qtbot.keyClicks(form.months, "36")
    start = partnerships.get(view.pid).start_date
    qtbot.keyClicks(form.due, start.replace(year=start.year + 2).isoformat())
    qtbot.keyClicks(form.conditions, "Hand over to the county")
    assert not any(label.isVisible() for label in form.errors.values())
    with qtbot.waitSignal(view.saved, timeout=10_000):
        click(qtbot, form.save_button)
    assert cycle_ops.state(view.pid).exit["lifespan_months"] == 36
    assert form.end.text() == start.replace(year=start.year + 3).isoformat()


def test_shot_views_dashboard_and_cycle(demo_db, tmp_path):
    ref = database.execute_sql("SELECT reference FROM partnership ORDER BY reference "
                               "LIMIT 1").fetchone()[0]
    close_database()
    for view, extra in (("dashboard", []), ("cycle", ["--ref", ref])):
        out = tmp_path / f"{view}.png"
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "shot", "--db",
                                 str(demo_db), "--view", view, "--out", str(out), *extra],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 20_000
