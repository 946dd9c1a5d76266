"""Lists read by key: every row exactly once, forwards and backwards, whatever the sort column,
its direction, ties, NULLs, search and filters; rows written between two pages neither repeat
nor vanish; every page of the big lists is an index seek."""
from __future__ import annotations

import pytest

from models import listing
from models.db import database
from models.directory import partners, partnerships
from support.list_fixtures import add_partners, expected_ids, walk_backward, walk_forward

SORTABLE = [c.key for c in partners.LIST.columns if c.sortable]
NARROWING = [(None, None), ("water", None), (None, {"office": "NGA"}), ("a", {"office": "KEN"})]


@pytest.fixture
def many(db):
    return add_partners(600)


@pytest.mark.parametrize("order", SORTABLE)
@pytest.mark.parametrize("descending", [False, True])
def test_every_row_once_forwards_and_backwards(many, order, descending):
    for search, filters in NARROWING:
        query = listing.Query(partners.LIST, search, filters, order, descending)
        expected = expected_ids(query)
        assert expected, (search, filters)
        for walk in (True, False):  # the index read in order, or the matches sorted
            assert walk_forward(query, 37, walk) == expected, (search, filters, walk)
            assert walk_backward(query, 41, walk) == expected, (search, filters, walk)


def test_a_run_of_one_value_longer_than_pages_is_paged_by_rowid(db):
    ids = add_partners(250)
    database.execute_sql("UPDATE partner SET risk_rating = NULL")  # one run of NULLs
    for descending in (False, True):
        query = listing.Query(partners.LIST, order="risk_rating", descending=descending)
        assert walk_forward(query, 7) == expected_ids(query)
        assert sorted(walk_backward(query, 9)) == sorted(ids)


@pytest.mark.parametrize("descending", [False, True])
def test_seek_lands_on_the_row_asked_for_from_either_end(many, descending):
    for search, filters in NARROWING:
        query = listing.Query(partners.LIST, search, filters, "risk_rating", descending)
        expected = expected_ids(query)
        total = len(expected)
        for position in (0, 1, total // 3, total // 2, total - 12, total - 1):
            for known in (None, total):
                found = listing.seek(query, position, total=known, limit=10)
                assert [r[0] for r in found.rows] == expected[position:position + 10]
        beyond = listing.seek(query, total + 50, total=total, limit=10)  # the list shrank
        assert [r[0] for r in beyond.rows] == expected[-10:]


@pytest.mark.parametrize("descending", [False, True])
def test_rows_written_between_pages_neither_repeat_nor_vanish(many, descending):
    query = listing.Query(partners.LIST, order="legal_name", descending=descending)
    before = expected_ids(query)
    first = listing.page(query, limit=100)
    seen = [r[0] for r in first.rows]
    unseen = [i for i in before if i not in seen]
    database.execute_sql("UPDATE partner SET deleted = 1 WHERE id IN (?, ?)",
                         [seen[10], unseen[50]])  # one already shown, one still to come
    new_first = add_partners(1, seed=98)[0]  # may sort anywhere
    database.execute_sql("UPDATE partner SET legal_name = ? WHERE id = ?",
                         ["zzzz last" if not descending else "    first", new_first])
    page_ = first
    while len(page_.rows) == 100:
        page_ = listing.page(query, after=page_.keys[-1], limit=100)
        seen += [r[0] for r in page_.rows]
    assert len(seen) == len(set(seen))  # nothing twice
    assert set(before) - {unseen[50]} <= set(seen)  # nothing that stayed is missing
    assert unseen[50] not in seen and new_first in seen  # sorts after the pages read: shown


def test_a_row_written_before_the_cursor_is_not_shown_twice_backwards(many):
    query = listing.Query(partners.LIST, order="legal_name")
    last = listing.page(query, last=True, limit=100)
    seen = [r[0] for r in last.rows]
    database.execute_sql("UPDATE partner SET legal_name = 'ALPHA' WHERE id = ?", [seen[-1]])
    page_ = last
    while len(page_.rows) == 100:
        page_ = listing.page(query, before=page_.keys[0], limit=100)
        seen = [r[0] for r in page_.rows] + seen
    assert len(seen) - len(set(seen)) <= 1  # only the row that moved ahead of the cursor
    assert set(expected_ids(query)) == set(seen)


def test_exports_and_first_rows_follow_the_same_order(many):
    query = listing.Query(partners.LIST, "water", None, "country", True)
    assert [r[0] for r in listing.rows(query, chunk=13)] == expected_ids(query)
    assert [r[0] for r in listing.fetch(partners.LIST, search="water", order="country",
                                        descending=True, limit=5)] == expected_ids(query)[:5]


def test_broad_searches_read_the_index_and_narrow_ones_sort(many, monkeypatch):
    monkeypatch.setattr(listing, "BROAD", 100)
    assert listing.walks_index(listing.Query(partners.LIST, order="country"))
    assert listing.walks_index(listing.Query(partners.LIST, "a", order="country"))
    assert not listing.walks_index(listing.Query(partners.LIST, "zebra alpha", order="country"))
    assert listing.walks_index(listing.Query(partners.LIST, None, {"office": "KEN"}, "country"))
    assert not listing.walks_index(listing.Query(partners.LIST, "zebra alpha", {"office": "KEN"}))
    assert not listing.walks_index(listing.Query(partnerships.LIST, order="focal_point"))


@pytest.mark.parametrize("spec", [partners.LIST, partnerships.LIST])
def test_every_page_of_the_big_lists_is_an_index_seek(db, spec):
    """No step of any page sorts the table: each reads its column's index, whichever way."""
    sqls = []
    database.connection().set_trace_callback(sqls.append)
    try:
        for column in [c for c in spec.columns if c.sortable]:
            assert column.index, f"{spec.table}.{column.key} has no list index"
            for descending in (False, True):
                query = listing.Query(spec, order=column.key, descending=descending)
                for key in (None, ("x", 5), (None, 5)):
                    listing.page(query, after=key) if key else listing.page(query, last=True)
                    if key:
                        listing.page(query, before=key)
    finally:
        database.connection().set_trace_callback(None)
    selects = [s for s in sqls if s.startswith("SELECT t.id")]
    assert len(selects) > 40
    for sql in selects:
        plan = " | ".join(r[3] for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE" not in plan and f"{spec.table}_list_" in plan, (sql, plan)


def test_typing_narrows_only_when_every_later_match_was_an_earlier_one():
    assert listing.narrows("wat", "wate") and listing.narrows("wate", "wate")
    assert listing.narrows("save the", "save the chi") and listing.narrows("BGD/PS", "BGD/PS/20")
    assert not listing.narrows("wate", "wat")  # deleting finds more
    assert listing.narrows("water", "waters edge") and listing.narrows("save the", "save them")
    assert not listing.narrows("", "w") and not listing.narrows("wat", "")
    assert not listing.narrows("water", "wader") and not listing.narrows("save the", "save")
    assert not listing.narrows("nig", "Nige")  # the index folds case; here it is not assumed


@pytest.mark.parametrize("descending", [False, True])
def test_a_page_from_a_key_includes_that_row_and_its_ties(many, descending):
    query = listing.Query(partners.LIST, order="partner_type", descending=descending)
    expected = expected_ids(query)
    whole = listing.page(query, limit=len(expected))
    for position in (0, 1, 150, 299, len(expected) - 1):
        found = listing.page(query, start=whole.keys[position], limit=20)
        assert [r[0] for r in found.rows] == expected[position:position + 20]


@pytest.mark.parametrize("descending", [False, True])
def test_a_record_is_located_where_the_list_shows_it(many, descending):
    for search, filters in NARROWING:
        query = listing.Query(partners.LIST, search, filters, "risk_rating", descending)
        expected = expected_ids(query)
        for position in (0, 7, len(expected) // 2, len(expected) - 1):
            found, page_ = listing.locate(query, expected[position], limit=5)
            assert found == position
            assert [r[0] for r in page_.rows] == expected[position:position + 5]
    hidden = listing.Query(partners.LIST, filters={"office": "KEN"})
    elsewhere = next(i for i in expected_ids(listing.Query(partners.LIST))
                     if i not in expected_ids(hidden))
    assert listing.locate(hidden, elsewhere) is None
