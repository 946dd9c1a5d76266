"""The application shell driven like a user: clicks, typing, keyboard, drafts, prompts."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QPushButton

from models import drafts, listing
from models.directory import Partner, partners, settings
from models.sync_state import Outbox
from ui.context import AppContext
from ui.first_run import FirstRunDialog
from ui.main_window import MainWindow

from support.dialogs import answer_next_dialog


def make_window(qtbot, path):
    ctx = AppContext(path)
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=forget_edits)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def forget_edits(window):
    """At the end of a test the window closes without asking about unsaved edits."""
    for widget in window.widgets.values():
        editor = getattr(widget, "editor", None)
        if editor is not None:
            editor.loaded = False


def go(window, qtbot, title):
    items = window.nav.findItems(title, Qt.MatchFlag.MatchExactly)
    assert items, f"no navigation entry {title}"
    rect = window.nav.visualItemRect(items[0])
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    area = window.stack.currentWidget()
    if hasattr(area, "model"):  # a list reads its rows off the GUI thread
        qtbot.waitUntil(area.model.settled)
    return area


def field(area, key):
    return area.editor.form.inputs[key]


def test_navigation_shows_every_core_area_and_keyboard_works(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"Partners", "Partnerships"} <= set(titles)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.nav.currentRow() == 1
    assert window.stack.currentWidget() is window.widgets[window.areas[1].key]
    assert "unsent" in window.unsent_label.text()
    assert "KEN" in window.office_label.text()


def test_create_partner_by_typing_and_clicking(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partners")
    before = Outbox.select().count()
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(area, "legal_name"), "Turkana Youth Water Trust")
    qtbot.keyClicks(field(area, "short_name"), "TYWT")
    kind = field(area, "partner_type")
    kind.setCurrentIndex(kind.findData("cso"))
    cso = field(area, "cso_type")
    cso.setCurrentIndex(cso.findData("community_based"))
    qtbot.keyClicks(field(area, "email"), "info@tywt.org")
    assert area.editor.save_button.isEnabled()
    qtbot.mouseClick(area.editor.save_button, Qt.MouseButton.LeftButton)
    saved = Partner.get(Partner.legal_name == "Turkana Youth Water Trust")
    assert saved.short_name == "TYWT" and saved.cso_type == "community_based"
    assert saved.reference.startswith("KEN/PT/")
    assert Outbox.select().count() == before + 1
    assert area.editor.heading.text() == "Turkana Youth Water Trust"
    assert not area.editor.save_button.isEnabled()
    assert "1 unsent change" in window.unsent_label.text()


def test_search_as_you_type_filters_the_list(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partnerships")
    everything = area.model.total
    qtbot.keyClicks(area.search, "nigeria")
    qtbot.waitUntil(lambda: area.model.search == "nigeria" and area.model.settled(),
                    timeout=2000)
    assert 0 < area.model.total < everything
    offices = {area.model.data(area.model.index(r, 4)) for r in range(area.model.rowCount())}
    assert offices == {"NGA"}
    total = area.model.total  # the found, not all
    assert area.count_label.text() == f"{total:,} {'record' if total == 1 else 'records'}"
    box = area.filter_boxes["status"]
    box.setCurrentIndex(box.findData("active"))
    qtbot.waitUntil(area.model.settled)
    statuses = {area.model.data(area.model.index(r, 2)) for r in range(area.model.rowCount())}
    assert statuses == {"Active"}


def test_validation_message_beside_the_field_and_nothing_lost(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partners")
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(area, "email"), "not-an-address")
    error = area.editor.form.errors["email"]
    assert error.isVisible() and "e-mail address" in error.text()
    qtbot.mouseClick(area.editor.save_button, Qt.MouseButton.LeftButton)
    assert area.editor.form.errors["legal_name"].text() == "The legal name is required."
    assert field(area, "email").text() == "not-an-address"  # the typing is still there
    assert not Partner.select().where(Partner.email == "not-an-address").exists()
    qtbot.keyClicks(field(area, "legal_name"), "Fixed Name")
    field(area, "email").clear()
    qtbot.keyClicks(field(area, "email"), "ok@example.org")
    assert not error.isVisible()


def test_draft_survives_a_crash(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partners")
    area.table.selectRow(0)
    record_id = area.editor.record_id
    notes = area.editor.form.inputs["notes"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Met the director on Monday")
    qtbot.waitUntil(lambda: drafts.load(f"partner:{record_id}") is not None, timeout=3000)
    # the process dies: no save, no prompt
    window.hide()
    window2 = make_window(qtbot, demo_db)
    area2 = go(window2, qtbot, "Partners")
    area2.open_record("partner", record_id)
    assert "Met the director on Monday" in area2.editor.form.inputs["notes"].toPlainText()
    assert area2.editor.notice.isVisible()
    assert "Met the director" not in partners.get(record_id).notes
    qtbot.mouseClick(area2.editor.save_button, Qt.MouseButton.LeftButton)
    assert "Met the director on Monday" in partners.get(record_id).notes
    assert drafts.load(f"partner:{record_id}") is None


def test_leaving_unsaved_changes_asks_first(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partners")
    area.table.selectRow(0)
    first_id = area.editor.record_id
    name = field(area, "short_name")
    name.clear()
    qtbot.keyClicks(name, "CHANGED")
    answer = answer_next_dialog(QMessageBox.StandardButton.Cancel)
    area.table.selectRow(1)
    assert answer.pressed, "moving to another record did not ask"
    assert area.editor.record_id == first_id and name.text() == "CHANGED"
    answer = answer_next_dialog(QMessageBox.StandardButton.Cancel)
    go(window, qtbot, "Partnerships")
    assert answer.pressed, "leaving the area did not ask"
    assert window.stack.currentWidget() is area
    answer = answer_next_dialog(QMessageBox.StandardButton.Save)
    area.table.selectRow(1)
    assert answer.pressed
    assert partners.get(first_id).short_name == "CHANGED"
    assert area.editor.record_id != first_id


def test_partnership_editor_refuses_activation_without_focal_point(qtbot, demo_db):
    window = make_window(qtbot, demo_db)
    area = go(window, qtbot, "Partnerships")
    qtbot.mouseClick(area.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field(area, "title"), "Cash for displaced families")
    area.editor.form.inputs["contribution_types"].boxes["programme"].click()
    status = field(area, "status")
    status.setCurrentIndex(status.findData("active"))
    assert "focal point" in area.editor.form.errors["focal_point"].text()
    status.setCurrentIndex(status.findData("proposed"))
    qtbot.mouseClick(area.editor.members.findChild(QPushButton, "add_member"),
                     Qt.MouseButton.LeftButton)
    combo = area.editor.members.table.cellWidget(0, 0)
    assert isinstance(combo, QComboBox) and combo.count() > 1
    combo.setCurrentIndex(1)
    qtbot.mouseClick(area.editor.save_button, Qt.MouseButton.LeftButton)
    rows = listing.fetch(area.model.spec, search="displaced families")
    assert len(rows) == 1 and rows[0][3] == "proposed"


def test_first_run_sets_up_the_office(qtbot, tmp_path):
    from models.db import open_database
    open_database(tmp_path / "new.db")
    dialog = FirstRunDialog(AppContext(tmp_path / "new.db"))
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.tabs.tabBar()
    assert dialog.tabs.currentIndex() == 0  # joining an office comes first: the common case
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    qtbot.keyClicks(dialog.form.inputs["code"], "x")
    assert "2 to 8 letters" in dialog.form.errors["code"].text()
    qtbot.keyClicks(dialog.form.inputs["code"], "som")
    qtbot.keyClicks(dialog.form.inputs["name"], "Somalia Country Office")
    qtbot.keyClicks(dialog.form.inputs["country"], "Somalia")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "three-letter" in dialog.form.errors["country"].text()
    country = dialog.form.inputs["country"]
    assert isinstance(country, QLineEdit)
    country.clear()
    qtbot.keyClicks(country, "som")
    qtbot.keyClicks(dialog.form.inputs["user_name"], "Amina Otieno")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == "office" and settings.home_office() == "XSOM"
