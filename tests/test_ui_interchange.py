"""The window: map a foreign sheet's columns, preview, import, undo; the Landscape area and its
filters; exports from list areas; the similar-name warning; actors on the phase i map."""
from __future__ import annotations

import csv
import time

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from models.directory import Partner, partners
from models.interchange import ExternalOrg, iati_import
from ui.context import AppContext
from ui.cycle.landscape import LandscapeEditor
from ui.interchange.actors import ActorPicker
from ui.interchange.import_wizard import ImportWizard
from ui.main_window import MainWindow
from tests.support.interchange_fixtures import DATA, add_offices

FOREIGN = [["Organisation", "Acronym", "Vendor #", "Kind", "Comments"],
           ["Turkana Women Network", "TWN", "88001", "NGO", "Works in Lodwar"],
           ["Ministry of Youth Affairs", "MoYA", "88003", "Government", ""],
           ["The Mothers Union", "MU", "88004", "NGO", ""],
           ["", "", "88005", "NGO", "no name"]]


def _wait_idle(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.job is None, timeout=20_000)


def test_map_preview_import_and_undo_a_foreign_sheet(qtbot, db, tmp_path):
    partners.save({"legal_name": "Mothers Union", "partner_type": "cso", "cso_type": "national"},
                  office="KEN")
    path = tmp_path / "foreign.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(FOREIGN)
    ctx = AppContext(db)
    wizard = ImportWizard(ctx, "partners")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.path.setText(str(path))
    wizard.default_type.setCurrentIndex(wizard.default_type.findData("cso"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert wizard.pages.currentIndex() == 1
    kind = wizard.columns.table.cellWidget(3, 2)  # "Kind": not recognised, mapped by hand
    assert kind.currentData() == ""
    kind.setCurrentIndex(kind.findData("partner_type"))
    assert wizard.columns.table.cellWidget(0, 2).currentData() == "legal_name"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    # "NGO" and "Government" are read through the built-in synonyms
    fates = {int(wizard.preview.item(r, 0).text()): wizard.preview.item(r, 1).text()
             for r in range(wizard.preview.rowCount())}
    assert fates == {2: "New", 3: "New", 4: "Looks like existing", 5: "Invalid"}
    assert "1 invalid" in wizard.summary.text()
    choice = wizard.preview.choices[4]
    choice.setCurrentIndex(1)  # "Same as Mothers Union"
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert wizard.batch and wizard.undo_button.isVisible()
    assert Partner.select().where(Partner.deleted == False).count() == 3  # noqa: E712
    youth = Partner.get(Partner.vendor_number == "88003")
    assert youth.partner_type == "government"
    qtbot.mouseClick(wizard.undo_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, wizard)
    assert Partner.get_by_id(youth.id).deleted
    assert "undone" in wizard.summary.text()
    ctx.workers.wait()


def test_import_can_be_cancelled_and_writes_nothing(qtbot, db, tmp_path):
    ctx = AppContext(db)
    add_offices(("GIN", "GIN"), ("SLE", "SLE"), ("LBR", "LBR"))
    wizard = ImportWizard(ctx, "iati")
    qtbot.addWidget(wizard)
    wizard.show()

    def slow_start(cancel=None, progress=None):  # waits for the user, as a long file would
        for _ in range(1000):
            if cancel():
                break
            time.sleep(0.01)
        return iati_import.run(DATA / "iati-un-pooled-funds.xml", cancel=cancel)
    wizard._run(slow_start, wizard._imported, writes=True)
    assert wizard.cancel_button.isVisible() and wizard.progress.isVisible()
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)  # the window responds
    _wait_idle(qtbot, wizard)
    assert "Cancelled" in wizard.summary.text()
    assert ExternalOrg.select().count() == 0
    ctx.workers.wait()


def test_landscape_area_filters_and_exports(qtbot, demo_db, tmp_path):
    from models.interchange import hxl_import
    hxl_import.run(DATA / "unhcr-3w-excerpt.csv")  # its Kenya rows land in KEN
    window = MainWindow(AppContext(demo_db))
    qtbot.addWidget(window)
    area = window.show_area("landscape")
    qtbot.waitUntil(lambda: area.activities.settled() and area.organisations.settled())
    total = area.activities.total
    assert total == 92
    sector = area.filters["sector"]
    sector.setCurrentIndex(sector.findData("Health"))
    qtbot.waitUntil(lambda: area.activities.settled() and area.organisations.settled())
    assert 0 < area.activities.total < total
    out = tmp_path / "landscape.xlsx"
    run = area.export_current(str(out))
    qtbot.waitUntil(lambda: run.result is not None, timeout=20_000)
    sheet = load_workbook(out).active
    assert sheet.max_row == area.activities.total + 1
    assert all("Health" in (row[3].value or "") for row in sheet.iter_rows(min_row=2))
    area.tabs.setCurrentIndex(1)
    assert area.count_label.text() == area.organisations.total_text()
    area.org_table.setCurrentIndex(area.organisations.index(0, 0))
    name = area.organisations.rows[0][1]
    area.promote()
    assert Partner.get(Partner.legal_name == name).office == "KEN"
    partners_area = window.show_area("partners")
    run = partners_area.top_bar.itemAt(partners_area.top_bar.count() - 1).widget()
    assert run.objectName() == "export"
    window.ctx.workers.wait()


def test_new_partner_with_a_similar_name_is_saved_on_the_second_save(qtbot, db):
    partners.save({"legal_name": "African Development Bank", "partner_type": "multilateral",
                   "vendor_number": "1500"}, office="KEN")
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    area = window.show_area("partners")
    area.new_record()
    area.editor.form.inputs["legal_name"].setText("African Development Bank")
    area.editor.form.inputs["partner_type"].setCurrentIndex(
        area.editor.form.inputs["partner_type"].findData("multilateral"))
    area.editor.form.inputs["vendor_number"].setText("1500")
    assert "1500" in area.editor.validate_data(area.editor.current_data())["vendor_number"]
    area.editor.form.inputs["vendor_number"].setText("1501")
    assert area.editor.save() is False
    assert "similar name" in area.editor.notice.text()
    assert Partner.select().count() == 1
    assert area.editor.save() is True
    assert Partner.select().count() == 2


def test_landscape_actors_go_on_the_phase_i_map(qtbot, db):
    ExternalOrg.create(office="KEN", name="Relief Now", name_key="relief now")
    editor = LandscapeEditor()
    qtbot.addWidget(editor)
    picker = ActorPicker("KEN", editor)
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    picker.exec = lambda: True
    editor.add_actors(picker)
    editor.add_actors(picker)  # twice: still one row
    assert [r["who"] for r in editor.value()] == ["Relief Now"]
