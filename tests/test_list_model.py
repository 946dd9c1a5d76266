"""The lazy table model, without a window: pages, sorting, search, filters, counts."""
from __future__ import annotations

from PySide6.QtCore import Qt

from models import listing
from models.directory import partnerships, vocab
from ui.widgets import ID_ROLE, PAGE, ListTableModel, vocab_formatter


def test_pages_load_as_the_view_asks(qapp, demo_db):
    model = ListTableModel(partnerships.LIST)
    model.refresh()
    assert model.rowCount() == PAGE and model.total == 300
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 300 and not model.canFetchMore()
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(300)]
    assert len(set(ids)) == 300
    assert model.total_text() == "300 record(s)"


def test_sort_search_filter_and_labels(qapp, demo_db):
    model = ListTableModel(partnerships.LIST, {"status": vocab_formatter(
        vocab.PARTNERSHIP_STATUSES)})
    model.sort(1, Qt.SortOrder.DescendingOrder)
    titles = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert titles == sorted(titles, reverse=True)
    model.set_filter("status", "suspended")
    assert {model.data(model.index(r, 2)) for r in range(model.rowCount())} == {"Suspended"}
    model.set_search("jordan")
    assert model.rowCount() and all(model.data(model.index(r, 4)) == "JOR"
                                    for r in range(model.rowCount()))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Reference"


def test_broad_and_narrow_searches_order_the_same_way(demo_db):
    broad = listing.fetch(partnerships.LIST, search="a", order="title", limit=50,
                          known_count=listing.BROAD)  # read in index order
    narrow = listing.fetch(partnerships.LIST, search="a", order="title", limit=50,
                           known_count=0)  # sorted
    assert [r[2] for r in broad] == [r[2] for r in narrow]
    assert [r[2] for r in broad] == sorted(r[2] for r in broad)
