"""The agreements area driven as a user would: list search and filters, the PD builder's totals
while typing, guarded status buttons from draft to signed, the amendment flow with its
difference view, and printing through a worker to a PDF read back with pdftotext."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFileDialog, QLineEdit

from models import agreements, localefmt
from support.agreements_ui_fixtures import click
from ui.agreements.area import AgreementsArea
from ui.agreements.pd_budget import COL_UNICEF
from ui.context import AppContext

pytest_plugins = ["support.agreements_ui_fixtures"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TODAY = dt.date.today()


def type_into(qtbot, edit: QLineEdit, text: str):
    if isinstance(edit, QComboBox):  # a list to choose from: pick the entry that starts so
        index = edit.findText(text, Qt.MatchFlag.MatchStartsWith)
        assert index >= 0, f"{text} is not offered in {edit.objectName()}"
        edit.setFocus()
        edit.setCurrentIndex(index)
        return
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def edit_cell(qtbot, table, row: int, col: int, text: str):
    index = table.model().index(row, col)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit, "budget_editor")
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.findChild(QLineEdit, "budget_editor") is None)


def open_tab(qtbot, tabs, index: int):
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def attach(qtbot, panel, scan):
    """Choose a scanned document in the file dialog the Attach button opens."""
    scan.write_bytes(b"%PDF-1.4 signed scan")
    click(qtbot, panel.attach_signed)
    dialog = panel.findChildren(QFileDialog, "attach_dialog")[-1]
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectFile(str(scan))
    dialog.accept()
    assert scan.name in panel.attach_label.text()


def test_list_search_and_filters(qtbot, demo_db):
    ctx = AppContext(demo_db)
    area = AgreementsArea(ctx)
    qtbot.addWidget(area)
    model = area.model
    everything = model.total
    assert everything > 10
    area.type_filter.setCurrentIndex(area.type_filter.findData("ssfa"))
    types = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert types == {"SSFA"} and model.total < everything
    area.status_filter.setCurrentIndex(area.status_filter.findData("signed"))
    assert {model.index(r, 3).data() for r in range(model.rowCount())} <= {"Signed"}
    area.type_filter.setCurrentIndex(0)
    area.status_filter.setCurrentIndex(0)
    reference = model.index(3, 0).data()
    qtbot.keyClicks(area.search, reference.split("/")[1])
    qtbot.waitUntil(lambda: model.total < everything)
    assert reference in [model.index(r, 0).data() for r in range(model.rowCount())]
    assert area.count_label.text() == model.total_text()


def test_pd_builder_totals_while_typing_and_saving(qtbot, area, agreement_db):
    area.show_agreement(agreement_db["pca"].id)
    click(qtbot, area.agreement.body.open_pd)
    panel = area.pd
    assert area.stack.currentWidget() is panel
    builder = panel.builder
    # 30,000 cash + 2,000 supplies + 1,500 management costs
    assert "33,500.00" in builder.grand_total.text()
    builder.tabs.setCurrentWidget(builder.budget)
    click(qtbot, builder.budget.add_button)
    table = builder.budget.table
    row = table.rowCount() - 1
    edit_cell(qtbot, table, row, 0, "Water committees")
    index = table.model().index(row, COL_UNICEF)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QLineEdit, "budget_editor")
    qtbot.keyClicks(editor, "4500")
    assert "38,000.00" in builder.grand_total.text()  # before the cell is even committed
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.findChild(QLineEdit, "budget_editor") is None)
    click(qtbot, panel.save_button)
    assert "Saved" in panel.message.text()
    saved = agreements.get_pd(agreement_db["pd"].id)
    assert saved.budget_lines[-1]["activity"] == "Water committees"
    assert saved.unicef_cash_total == pytest.approx(38000)


def test_pd_from_draft_to_signed_through_its_guards(qtbot, area, agreement_db, tmp_path):
    area.show_pd(agreement_db["pd"].id)
    panel = area.pd
    click(qtbot, panel.actions.buttons["review"])
    assert agreements.get_pd(agreement_db["pd"].id).status == "review"
    click(qtbot, panel.actions.buttons["signature"])
    sign = panel.actions.buttons["signed"]
    assert not sign.isEnabled() and "signatory" in sign.toolTip()
    assert "signatory" in panel.actions.reasons.text()  # said on screen, not only on hover
    open_tab(qtbot, panel.tabs, 1)
    values = {"partner_signatory": "Grace Mwangi", "partner_signed_on": TODAY.isoformat(),
              "unicef_signatory": "Amina Otieno", "unicef_signed_on": TODAY.isoformat()}
    for key, value in values.items():
        type_into(qtbot, panel.signatures.inputs[key], value)
    click(qtbot, panel.save_button)
    sign = panel.actions.buttons["signed"]
    assert not sign.isEnabled() and "attach the scan" in sign.toolTip()
    attach(qtbot, panel, tmp_path / "signed-pd.pdf")
    click(qtbot, panel.actions.buttons["signed"])
    assert agreements.get_pd(agreement_db["pd"].id).status == "signed"
    assert "signed" in panel.heading.text().lower()


def test_amendment_is_drafted_compared_printed_and_signed(qtbot, area, agreement_db, tmp_path):
    pca = agreement_db["pca"]
    area.show_agreement(pca.id)
    panel = area.agreement
    click(qtbot, panel.amend_button)
    dialog = panel.findChild(QCheckBox, "choice_no_cost_extension").window()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # say what it changes first
    box = dialog.kinds.boxes["no_cost_extension"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.keyClicks(dialog.summary, "Six more months")
    click(qtbot, ok)
    draft = panel.record
    assert draft.amendment_of == pca.id and draft.reference.endswith("-01")
    assert panel.tabs.isTabVisible(panel.diff_index)
    new_end = (TODAY + dt.timedelta(days=880)).isoformat()
    type_into(qtbot, panel.body.form.inputs["end_date"], new_end)
    click(qtbot, panel.save_button)
    rows = panel.diff.row_texts()
    assert ("End date", str(pca.end_date), new_end) in rows
    assert agreements.get_agreement(pca.id).end_date == pca.end_date  # not merged until signed
    sign = panel.actions.buttons["signed"]
    assert not sign.isEnabled() and sign.toolTip()

    bar = panel.print_bar  # it offers the interface's language first; this test reads English
    bar.lang.setCurrentIndex(bar.lang.findData("en"))
    with qtbot.waitSignal(panel.print_bar.printed, timeout=30_000) as printed:
        click(qtbot, panel.print_bar.button)
    assert panel.print_bar.open_button.isVisible()
    text = subprocess.run(["pdftotext", printed.args[0], "-"], capture_output=True, text=True,
                          check=True).stdout
    text = " ".join(text.split())
    assert draft.reference in text and localefmt.date(new_end, "en") in text
    assert f"Amendment 01 to {pca.reference}" in text  # never "... to itself"
    assert "DRAFT" in text  # not signed yet

    # signing the amendment merges it into the agreement, which takes the -01 reference
    open_tab(qtbot, panel.tabs, 1)
    for key, value in {"partner_signatory": "Grace Mwangi", "partner_signed_on": TODAY.isoformat(),
                       "unicef_signatory": "Amina Otieno",
                       "unicef_signed_on": TODAY.isoformat()}.items():
        type_into(qtbot, panel.signatures.inputs[key], value)
    click(qtbot, panel.save_button)
    attach(qtbot, panel, tmp_path / "amendment-signed.pdf")
    click(qtbot, panel.actions.buttons["signed"])
    merged = agreements.get_agreement(pca.id)
    assert merged.end_date.isoformat() == new_end and merged.reference.endswith("-01")
    area.show_agreement(pca.id)  # the signed amendment stays listed on its agreement
    assert panel.amendment_list.topLevelItemCount() == 1
    assert panel.amendment_list.topLevelItem(0).text(0) == draft.reference


def test_print_the_agreement_in_arabic(qtbot, area, agreement_db):
    area.show_agreement(agreement_db["pca"].id)
    bar = area.agreement.print_bar
    bar.lang.setCurrentIndex(bar.lang.findData("ar"))
    with qtbot.waitSignal(bar.printed, timeout=30_000) as printed:
        click(qtbot, bar.button)
    assert printed.args[0].endswith("-ar.pdf")
    text = subprocess.run(["pdftotext", printed.args[0], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert agreement_db["pca"].reference in text and "Grace Mwangi" in text


def test_automatic_transitions_at_start_up_are_shown(qtbot, agreement_db):
    from ui.agreements.startup import apply_at_startup
    pd = agreement_db["pd"]  # starts today
    agreements.attach(pd, "signed_document", data=b"%PDF scan", filename="pd.pdf")
    for action in ("review", "signature"):
        agreements.transition(pd, action)
    agreements.transition(pd, "signed", partner_signatory="Grace Mwangi",
                          partner_signed_on=TODAY, unicef_signatory="Amina Otieno",
                          unicef_signed_on=TODAY)
    ctx = AppContext(agreement_db["path"])
    with qtbot.waitSignal(ctx.data_changed, timeout=10_000):
        apply_at_startup(ctx)
    box = ctx.automatic_transitions_box
    qtbot.addWidget(box)
    assert box.isVisible() and "1 agreement status change" in box.text()
    assert pd.reference in box.informativeText() and "active" in box.informativeText()
    assert agreements.get_pd(pd.id).status == "active"
    ctx.workers.wait(5_000)


def test_unsaved_pd_edits_survive_a_crash(qtbot, agreement_db):
    pd = agreement_db["pd"]
    ctx = AppContext(agreement_db["path"])
    first = AgreementsArea(ctx)
    qtbot.addWidget(first)
    first.show()
    first.show_pd(pd.id)
    title = first.pd.builder.header.inputs["title"]
    type_into(qtbot, title, "Safe water for 40 schools")
    qtbot.waitUntil(lambda: not first.pd._draft_timer.isActive(), timeout=3_000)
    first.close()  # the program dies here: nothing was saved
    assert agreements.get_pd(pd.id).title == "Safe water for schools"

    again = AgreementsArea(ctx)
    qtbot.addWidget(again)
    again.show()
    again.show_pd(pd.id)
    assert again.pd.builder.header.inputs["title"].text() == "Safe water for 40 schools"
    assert "Restored changes" in again.pd.message.text()
    click(qtbot, again.pd.save_button)
    assert agreements.get_pd(pd.id).title == "Safe water for 40 schools"
    again.show_agreement(agreement_db["pca"].id)
    again.show_pd(pd.id)
    assert "Restored" not in again.pd.message.text()  # the draft went with the save


def test_new_agreement_explains_what_is_wrong_then_saves(qtbot, area, agreement_db):
    click(qtbot, area.new_button)
    panel = area.agreement
    form = panel.body.form
    form.inputs["agreement_type"].setCurrentIndex(form.inputs["agreement_type"].findData("ssfa"))
    partner = form.inputs["partner"]
    partner.setCurrentIndex(partner.findData(agreement_db["partner"].id))
    type_into(qtbot, form.inputs["title"], "Cholera response")
    type_into(qtbot, form.inputs["start_date"], TODAY.isoformat())
    type_into(qtbot, form.inputs["end_date"], (TODAY - dt.timedelta(days=1)).isoformat())
    click(qtbot, panel.save_button)
    assert form.errors["end_date"].isVisible()
    assert "before the start date" in form.errors["end_date"].text()
    type_into(qtbot, form.inputs["end_date"], (TODAY + dt.timedelta(days=120)).isoformat())
    click(qtbot, panel.save_button)
    assert panel.record is not None and panel.record.reference.startswith("KEN/SSFA")
    assert not form.errors["end_date"].isVisible()
    qtbot.waitUntil(lambda: area.model.row_of(panel.record.id) >= 0)  # the list shows it
