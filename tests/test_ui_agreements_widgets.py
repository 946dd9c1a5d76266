"""Agreement building blocks driven as a user would: budget totals while typing, results table,
status buttons that show their guards, the amendment difference view."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.agreements.actions import Action, StatusActions
from ui.agreements.amendment_diff import DiffView
from ui.agreements.pd_budget import COL_TOTAL, COL_UNICEF, BudgetTable, parse_amount
from ui.agreements.pd_results import ResultsTable

# the offscreen platform says this whenever a top-level window is shown; it is not our warning
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_parse_amount_reads_what_people_type():
    assert parse_amount("1,200.50") == parse_amount("1200.5") == parse_amount("1 200,50")
    assert parse_amount("") == 0 and parse_amount("abc") == 0 and parse_amount(None) == 0


def test_budget_totals_follow_each_keystroke(qtbot):
    budget = BudgetTable()
    qtbot.addWidget(budget)
    budget.show()
    budget.set_lines([{"activity": "Water trucking", "start": "2026-01-01", "unicef_cash": 1000,
                       "partner_contribution": 200, "supplies": 0}])
    assert "Total 1,200.00" in budget.total_label.text()
    row = budget.add_line({"activity": "Hygiene kits"})
    index = budget.table.model().index(row, COL_UNICEF)
    budget.table.setCurrentIndex(index)
    budget.table.edit(index)
    editor = budget.table.findChild(QLineEdit, "budget_editor")
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "25")
    # not committed yet: the totals already include what is being typed
    assert "UNICEF cash 1,025.00" in budget.total_label.text()
    assert "Total 1,225.00" in budget.total_label.text()
    qtbot.keyClicks(editor, "0")
    assert "Total 1,450.00" in budget.total_label.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: budget.table.findChild(QLineEdit, "budget_editor") is None)
    assert budget.table.item(row, COL_TOTAL).text() == "250.00"
    assert budget.lines()[1] == {"activity": "Hygiene kits", "unicef_cash": 250.0,
                                 "partner_contribution": 0.0, "supplies": 0.0}
    assert budget.lines()[0]["start"] == "2026-01-01"  # the time frame survives the round trip
    budget.table.setCurrentCell(0, 0)
    qtbot.mouseClick(budget.remove_button, Qt.MouseButton.LeftButton)
    assert "Total 250.00" in budget.total_label.text()


def test_results_rows_group_under_their_output(qtbot):
    results = ResultsTable()
    qtbot.addWidget(results)
    chain = [{"title": "Safe water", "indicators": [
        {"name": "People with water", "baseline": "0", "target": "5000",
         "means_of_verification": "Distribution lists"},
        {"name": "Litres per person", "baseline": "3", "target": "15",
         "means_of_verification": "Site checks"}]},
        {"title": "Hygiene", "indicators": [{"name": "Kits", "baseline": "0", "target": "900",
                                            "means_of_verification": "Waybills"}]}]
    results.set_outputs(chain)
    assert results.table.rowCount() == 3
    assert results.outputs() == chain
    results.table.setCurrentCell(2, 0)
    qtbot.mouseClick(results.add_button, Qt.MouseButton.LeftButton)
    assert results.table.item(3, 0).text() == "Hygiene"  # new indicator under the same output
    results.table.item(3, 1).setText("Handwashing points")
    assert [i["name"] for i in results.outputs()[1]["indicators"]] == ["Kits",
                                                                      "Handwashing points"]


def test_refused_actions_are_disabled_and_say_why(qtbot):
    bar = StatusActions()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_actions([Action("signed", False, "Signing needs the signed document; attach it."),
                     Action("suspended", True),
                     {"target": "terminated", "allowed": False,
                      "reason": "Termination needs a termination document."}])
    sign, suspend = bar.buttons["signed"], bar.buttons["suspended"]
    assert not sign.isEnabled() and "signed document" in sign.toolTip()
    assert suspend.isEnabled() and suspend.toolTip() == ""
    assert "termination document" in bar.reasons.text() and bar.reasons.isVisible()
    with qtbot.waitSignal(bar.triggered) as blocker:
        qtbot.mouseClick(suspend, Qt.MouseButton.LeftButton)
    assert blocker.args == ["suspended"]
    with qtbot.assertNotEmitted(bar.triggered):
        qtbot.mouseClick(sign, Qt.MouseButton.LeftButton)


def test_difference_view_marks_changes(qtbot):
    view = DiffView()
    qtbot.addWidget(view)
    view.set_differences([("End date", "2026-12-31", "2027-03-31"),
                          {"field": "Title", "before": "Water", "after": "Water"},
                          {"label": "UNICEF cash", "old": 1000.0, "new": 1500.0}])
    assert view.row_texts()[2] == ("UNICEF cash", "1,000.00", "1,500.00")
    assert view.table.item(0, 1).font().strikeOut()
    assert not view.table.item(1, 1).font().strikeOut()
    assert "2 change" in view.summary.text()


def test_print_language_follows_the_interface_language(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from ui.agreements.printing import LANGUAGES, PrintBar
    app = QApplication.instance()
    before = app.property("interface_language")
    try:
        for lang in ("fr", "ar", "en"):
            app.setProperty("interface_language", lang)
            bar = PrintBar(type("Ctx", (), {"db_path": str(tmp_path / "x.db")})())
            qtbot.addWidget(bar)
            assert bar.lang.currentData() == lang
        assert [bar.lang.itemData(i) for i in range(bar.lang.count())] == \
            [code for code, _ in LANGUAGES] == ["en", "fr", "es", "ar", "pt", "ru"]
    finally:
        app.setProperty("interface_language", before)
