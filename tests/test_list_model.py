"""The list model: a row per record once counted, rows read as a real view scrolls (to the end,
the middle, back), queries off the GUI thread, stale answers dropped."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from models import listing
from models.directory import partners, partnerships, vocab
from support.list_fixtures import add_partners, expected_ids
from ui.reader import Reader
from ui.widgets import ID_ROLE, PAGE, ListTableModel, record_table, vocab_formatter
from ui.widgets.list_model import KEEP


def shown_ids(model, first: int, last: int) -> list:
    return [model.data(model.index(r, 0), ID_ROLE) for r in range(first, last + 1)]


def test_a_counted_list_has_a_row_per_record_read_when_shown(qapp, demo_db):
    model = ListTableModel(partnerships.LIST)
    model.refresh()
    assert model.rowCount() == model.total == 300 and not model.canFetchMore()
    assert len(model.rows) == PAGE and model.id_at(250) is None
    assert model.data(model.index(250, 1)) == ""  # not read yet
    model.ensure_rows(250, 270)
    expected = expected_partnership_ids()
    assert shown_ids(model, 250, 270) == expected[250:271]
    assert model.total_text() == "300 records"


def expected_partnership_ids() -> list:
    return [r[0] for r in listing.rows(listing.Query(partnerships.LIST))]


def test_sort_search_filter_and_labels(qapp, demo_db):
    model = ListTableModel(partnerships.LIST, {"status": vocab_formatter(
        vocab.PARTNERSHIP_STATUSES)})
    model.sort(1, Qt.SortOrder.DescendingOrder)
    titles = [model.data(model.index(r, 1)) for r in range(len(model.rows))]
    assert titles == sorted(titles, reverse=True)
    model.set_filter("status", "suspended")
    assert {model.data(model.index(r, 2)) for r in range(model.rowCount())} == {"Suspended"}
    model.set_search("jordan")
    assert model.rowCount() and all(model.data(model.index(r, 4)) == "JOR"
                                    for r in range(model.rowCount()))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Reference"


@pytest.fixture
def view(qtbot, db):
    add_partners(5_000)
    reader = Reader()
    model = ListTableModel(partners.LIST, reader=reader)
    table = record_table(model, None)
    table.resize(700, 400)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitUntil(model.settled)
    yield table, model
    reader.stop()


def visible(table) -> tuple[int, int]:
    return table.rowAt(0), table.rowAt(table.viewport().height() - 1)


def wait_shown(qtbot, table, model) -> list:
    """Wait until every row the table shows has been read; their ids."""
    def read():
        first, last = visible(table)
        return model.settled() and None not in shown_ids(model, first, last)
    qtbot.waitUntil(read)
    return shown_ids(model, *visible(table))


def test_end_key_and_scroll_bar_go_straight_to_the_end_and_back(qtbot, view):
    table, model = view
    expected = expected_ids(model.query())
    assert model.rowCount() == len(expected) == 5_000
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(2, 0)).center())  # a row, as a user would
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    ids = wait_shown(qtbot, table, model)
    assert ids == expected[-len(ids):] and table.currentIndex().row() == 4_999
    assert len(model.rows) <= PAGE  # only the end was read, not the 4,800 rows before it
    for _ in range(3):  # back up page by page: rows before the held ones, by key
        qtbot.keyClick(table, Qt.Key.Key_PageUp)
        first, last = visible(table)
        assert wait_shown(qtbot, table, model) == expected[first:last + 1]
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the thumb dragged to the middle
    first, last = visible(table)
    assert 2_000 < first < 3_000
    assert wait_shown(qtbot, table, model) == expected[first:last + 1]
    bar.setValue(bar.maximum())  # and to the bottom
    assert wait_shown(qtbot, table, model)[-1] == expected[-1]
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert wait_shown(qtbot, table, model) == expected[:len(shown_ids(model, *visible(table)))]


def test_a_long_scroll_holds_a_bounded_stretch_of_rows(qtbot, view):
    table, model = view
    expected = expected_ids(model.query())
    bar = table.verticalScrollBar()
    for value in range(0, bar.maximum() // 2, bar.pageStep()):
        bar.setValue(value)
        first, last = visible(table)
        assert wait_shown(qtbot, table, model) == expected[first:last + 1]
    assert len(model.rows) <= KEEP + PAGE


def test_a_slow_count_does_not_block_the_window(qtbot, view, monkeypatch):
    table, model = view
    counting = listing.count

    def slow_count(*args, **kwargs):
        time.sleep(0.8)
        return counting(*args, **kwargs)
    monkeypatch.setattr(listing, "count", slow_count)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    started = time.perf_counter()
    model.set_search("water")
    assert time.perf_counter() - started < 0.1  # the GUI thread did not wait
    qtbot.waitUntil(lambda: bool(model.rows) and model.search == "water" and model.total is None)
    assert model.total_text() == "Counting..."  # rows shown, count still running
    qtbot.waitUntil(model.settled, timeout=5_000)
    timer.stop()
    assert model.total == len(expected_ids(model.query()))
    assert len(ticks) > 40  # the event loop kept running all along
    assert max(b - a for a, b in zip(ticks, ticks[1:])) < 0.2


def test_an_older_keystroke_never_overwrites_a_newer_one(qtbot, view, monkeypatch):
    table, model = view
    from ui.widgets import list_model
    first_page = list_model._first_page

    def slow_for_water(query, *hint):
        if query.search == "water":
            time.sleep(0.5)
        return first_page(query, *hint)
    monkeypatch.setattr(list_model, "_first_page", slow_for_water)
    model.set_search("water")
    qtbot.wait(50)  # "water" is being read
    model.set_search("health")
    qtbot.waitUntil(model.settled, timeout=5_000)
    qtbot.wait(700)  # long enough for the "water" answer to have come back
    health = expected_ids(model.query())
    assert model.search == "health" and [r[0] for r in model.rows] == health[:len(model.rows)]
    assert model.total == len(health)


class HeldReader:
    """Keeps every request until the test answers it, in whatever order the test likes: the
    order answers come back in is not the model's to choose (a pool would reorder them)."""

    def __init__(self):
        self.held = []

    def submit(self, key, fn, *args, on_done=None, on_error=None, urgent=True):
        self.held.append((fn, args, on_done))

    def cancel(self, key):
        pass

    def answer(self, index: int) -> None:
        fn, args, on_done = self.held.pop(index)
        on_done(fn(*args))


def test_answers_that_come_back_late_are_dropped(qapp, db):
    add_partners(300)
    reader = HeldReader()
    model = ListTableModel(partners.LIST, reader=reader)
    model.set_search("water")
    model.set_search("health")  # the first page of each search is held
    assert len(reader.held) == 2
    while len(reader.held) > 1:  # health's page, then its count (asked once its rows show)
        reader.answer(1)
    health = expected_ids(model.query())
    reader.answer(0)  # then water's page, late: dropped, and no count asked for it
    assert not reader.held
    assert [r[0] for r in model.rows] == health[:PAGE] and model.total == len(health)
    assert model.rowCount() == len(health)


@pytest.mark.parametrize("order, descending", [(0, False), (0, True), (3, False), (4, True)])
def test_typing_letter_by_letter_shows_what_a_fresh_search_shows(qapp, db, order, descending):
    """Each letter starts reading where the last search's first match was: never past a match."""
    add_partners(600)
    model = ListTableModel(partners.LIST)
    model.sort(order, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    for text in ("w", "wa", "wat", "wate", "water", "water h", "water he", "youth", "you",
                 "education", "relief", "health", "x", "a", "al"):
        model.set_search(text)
        assert [r[0] for r in model.rows] == expected_ids(model.query())[:PAGE], text
        assert model.total == len(expected_ids(model.query()))


def test_a_change_between_two_letters_is_not_skipped(qapp, db):
    """After a change the window refreshes the list; a letter typed before that answer came
    must not start where the search before the change began."""
    add_partners(300)
    reader = HeldReader()
    model = ListTableModel(partners.LIST, reader=reader)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_search("wat")
    while reader.held:
        reader.answer(0)
    from models.directory import partners as partner_records
    created = partner_records.save({"legal_name": "AAA water point committee",
                                    "partner_type": "government"}, office="KEN")
    model.refresh()  # what the window does when data changes; not answered yet
    model.set_search("wate")
    while reader.held:
        reader.answer(-1)  # the newest first: the refresh's answer comes too late to count
    assert model.rows[0][0] == created.id


def test_opening_a_record_deep_in_the_list_scrolls_to_it(qtbot, db):
    from ui.context import AppContext
    from ui.main_window import MainWindow
    ids = add_partners(3_000)
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("partners")
    qtbot.waitUntil(area.model.settled)
    expected = expected_ids(area.model.query())
    wanted = expected[2_500]
    assert wanted in ids and area.model.row_of(wanted) < 0  # not among the rows read
    area.open_record("partner", wanted)
    qtbot.waitUntil(lambda: area.table.currentIndex().row() == 2_500)
    first, last = visible(area.table)
    assert first <= 2_500 <= last
    qtbot.waitUntil(lambda: area.model.id_at(2_500) == wanted)
    assert area.editor.record_id == wanted
    window.ctx.reader.stop()
