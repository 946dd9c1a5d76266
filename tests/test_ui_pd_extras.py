"""The PD builder's visits / reporting / risks tab driven as a user would: type a visit, a report
and a risk, save, reopen, print (pdftotext); the model's messages show next to the right table;
a PD awaiting signature has its tables locked."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from models import agreements
from support.agreements_ui_fixtures import click
from ui.agreements.area import AgreementsArea
from ui.agreements.pd_extras import ListTable, PdExtras
from ui.context import AppContext

pytest_plugins = ["support.agreements_ui_fixtures"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def area(area):
    area.resize(1280, 900)  # the extras tab's three tables side by side need the height
    return area


def type_cell(qtbot, table, row: int, col: int, text: str):
    index = table.model().index(row, col)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.viewport().findChild(QLineEdit) is None)


def add_row(qtbot, part: ListTable, cells: dict[int, str], down: int = 0) -> int:
    click(qtbot, part.add_button)
    row = part.table.rowCount() - 1
    for _ in range(down):  # choose the kind with the keyboard
        qtbot.keyClick(part.table.cellWidget(row, 0), Qt.Key.Key_Down)
    for col, text in cells.items():
        type_cell(qtbot, part.table, row, col, text)
    return row


def open_extras(qtbot, panel) -> PdExtras:
    tabs = panel.builder.tabs
    bar = tabs.tabBar()
    index = tabs.indexOf(panel.builder.extras)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is panel.builder.extras
    return panel.builder.extras


def test_visit_report_and_risk_are_saved_reopened_and_printed(qtbot, area, agreement_db,
                                                             tmp_path):
    pd = agreement_db["pd"]
    area.show_pd(pd.id)
    panel = area.pd
    extras = open_extras(qtbot, panel)
    add_row(qtbot, extras.visits, {1: "2026 Q3", 2: "Lodwar health centre"}, down=1)
    add_row(qtbot, extras.reporting, {1: "every quarter"}, down=1)
    add_row(qtbot, extras.risks, {0: "Floods cut the road", 1: "Pre-position supplies"})
    click(qtbot, panel.save_button)
    assert "Saved" in panel.message.text()

    stored = agreements.get_pd(pd.id)
    assert stored.planned_visits == [{"kind": "spot_check", "when": "2026 Q3",
                                      "location": "Lodwar health centre"}]
    assert stored.reporting_requirements == [{"kind": "humanitarian", "due": "every quarter"}]
    assert stored.risks == [{"risk": "Floods cut the road", "mitigation": "Pre-position supplies"}]

    # reopen in a fresh area: the tables show what was saved
    other = AgreementsArea(AppContext(agreement_db["path"]))
    qtbot.addWidget(other)
    other.show_pd(pd.id)
    again = other.pd.builder.extras
    assert again.visits.table.cellWidget(0, 0).currentData() == "spot_check"
    assert again.visits.table.item(0, 2).text() == "Lodwar health centre"
    assert again.reporting.table.cellWidget(0, 0).currentText() == "Humanitarian report"
    assert again.risks.table.item(0, 1).text() == "Pre-position supplies"
    assert again.data() == {"planned_visits": stored.planned_visits,
                            "reporting_requirements": stored.reporting_requirements,
                            "risks": stored.risks}

    with qtbot.waitSignal(panel.print_bar.printed, timeout=30_000) as printed:
        click(qtbot, panel.print_bar.button)
    text = subprocess.run(["pdftotext", "-layout", printed.args[0], "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ("Spot check", "2026 Q3", "Lodwar health centre", "Humanitarian report",
                     "every quarter", "Floods cut the road", "Pre-position supplies"):
        assert expected in text, expected


def test_the_models_message_shows_beside_the_risks(qtbot, area, agreement_db):
    pd = agreement_db["pd"]
    area.show_pd(pd.id)
    panel = area.pd
    extras = open_extras(qtbot, panel)
    add_row(qtbot, extras.risks, {0: "Staff turnover"})  # no mitigation
    panel.builder.tabs.setCurrentIndex(0)
    click(qtbot, panel.save_button)
    error = extras.errors["risks"]
    assert error.isVisible() and "Risk 1 needs both the risk and its mitigation" in error.text()
    assert panel.builder.tabs.currentWidget() is extras  # taken to the table to fix
    assert agreements.get_pd(pd.id).risks == []
    type_cell(qtbot, extras.risks.table, 0, 1, "Cross-train two officers")
    click(qtbot, panel.save_button)
    assert not error.isVisible()
    assert agreements.get_pd(pd.id).risks == [{"risk": "Staff turnover",
                                               "mitigation": "Cross-train two officers"}]


def test_blank_rows_are_dropped_and_unknown_codes_kept(qtbot):
    extras = PdExtras()
    qtbot.addWidget(extras)
    extras.set_data({"planned_visits": [{"kind": "desk_review", "when": "2027-01-10",
                                         "location": "Nairobi"}]})
    extras.visits.add_row()  # left blank
    extras.risks.add_row()
    assert extras.data() == {"planned_visits": [{"kind": "desk_review", "when": "2027-01-10",
                                                 "location": "Nairobi"}],
                             "reporting_requirements": [], "risks": []}


def test_a_pd_awaiting_signature_has_locked_tables(qtbot, area, agreement_db):
    pd = agreements.save_pd({"risks": [{"risk": "Drought", "mitigation": "Water trucking"}]},
                            pd_id=agreement_db["pd"].id)
    area.show_pd(pd.id)
    extras = area.pd.builder.extras
    assert not extras.risks.add_button.isHidden()
    agreements.transition(pd, "review")
    agreements.transition(agreements.get_pd(pd.id), "signature")
    area.show_pd(pd.id)
    assert extras.risks.table.item(0, 0).text() == "Drought"
    for part in (extras.visits, extras.reporting, extras.risks):
        assert part.add_button.isHidden() and part.remove_button.isHidden()
        assert part.table.editTriggers() == part.table.EditTrigger.NoEditTriggers
    extras.set_data({"planned_visits": [{"kind": "audit", "when": "2027-02-01"}]})
    assert not extras.visits.table.cellWidget(0, 0).isEnabled()
