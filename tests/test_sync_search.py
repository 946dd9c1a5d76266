"""Pulled rows are indexed for search in one pass after each page (issue 13), and the index is
exactly what the device that typed them has: every entry, no entry twice, found by a search."""
from __future__ import annotations

import re
import sqlite3

import pytest

from models import listing
from models.directory import partners, partnerships
from support.raw import raw_connect
from support.sync_fixtures import device, edit, hq  # noqa: F401 (fixture)
from sync import search
from sync.client import sync
from sync.server import changes

SEARCHED = {"partner": "partner_fts", "partnership": "partnership_fts",
            "agreement": "agreement_fts"}


def _records(n: int, tag: str) -> list[str]:
    """n partners, each the lead of a partnership that names it (its name is in the
    partnership's search entry), one partner renamed after its partnership was saved."""
    made = []
    for i in range(n):
        partner = partners.save({"legal_name": f"{tag} Water Trust {i}", "short_name": f"WT{i}",
                                 "partner_type": "cso", "cso_type": "national"}, office="KEN")
        made.append(partnerships.save(
            {"title": f"Boreholes in Turkana {tag} {i}", "contribution_types": ["programme"]},
            office="KEN", members=[{"partner": partner.id, "role": "lead"}]).id)
    first = partners.get(partnerships.live_members(partnerships.get(made[0]))[0].partner_id)
    partners.save({**partners.as_form(first), "legal_name": f"{tag} Renamed Trust"},
                  office="KEN", partner_id=first.id)
    return made


def _index(path) -> dict[str, list[tuple]]:
    """Every search entry by record id (rowids differ between devices), after FTS5's own
    integrity check of each index."""
    con = raw_connect(path)
    try:
        out = {}
        for table, fts in SEARCHED.items():
            con.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
            out[fts] = sorted(con.execute(
                f"SELECT t.id, f.* FROM {fts} f JOIN {table} t ON t.rowid = f.rowid"))
            entries = con.execute(f"SELECT count(*) FROM {fts}").fetchone()[0]
            assert entries == len(out[fts]), f"{fts} has entries of no row"
        return out
    finally:
        con.close()


@pytest.mark.parametrize("page_bytes", [None, 3000])  # one page; pages cutting between rows
def test_pulled_rows_are_indexed_exactly_as_on_the_device_that_made_them(
        hq, tmp_path, monkeypatch, page_bytes):  # noqa: F811
    if page_bytes:
        monkeypatch.setattr(changes, "PAGE_BYTES", page_bytes)
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    made = edit(a, lambda: _records(12, "Kisumu"))
    sync(a)
    result = sync(b)
    assert result.pulled >= 36 and result.round_trips > (2 if page_bytes else 0)
    assert _index(b) == _index(a)
    assert len(_index(b)["partnership_fts"]) == 12
    found = edit(b, lambda: listing.fetch(partnerships.LIST, search="turkana kisumu"))
    assert sorted(r[0] for r in found) == sorted(made)
    renamed = edit(b, lambda: listing.fetch(partnerships.LIST, search="renamed"))
    assert [r[0] for r in renamed] == [made[0]]  # the partner's new name, in its partnership
    # edits pulled later go through the triggers as before; the switch is back on
    edit(a, lambda: _records(2, "Garissa"))
    sync(a), sync(b)
    assert _index(b) == _index(a)
    con = raw_connect(b)
    assert con.execute("SELECT capture, search FROM sync_control").fetchall() == [(1, 1)]
    con.close()


def test_every_paused_trigger_can_index_a_page(tmp_path):  # noqa: F811
    """The statements run after a page are the paused triggers' own, for a list of ids."""
    from support.sync_fixtures import new_db
    con = raw_connect(new_db(tmp_path, "x"))
    found = search.statements(con)
    assert set(found) == {"agreement", "external_activity", "external_org", "partner",
                          "partnership"}
    for table, how in found.items():
        assert "NEW." not in how.insert and "json_each(?)" in how.insert and how.times == 1
    # a partner arriving after the partnerships and agreements that name it rebuilds theirs
    assert sorted(re.match(r"(\w+ \w+) (\w+)", sql).group(0) for sql, _n in
                  found["partner"].refresh) == [
        "DELETE FROM agreement_fts", "DELETE FROM partnership_fts", "INSERT INTO agreement_fts",
        "INSERT INTO partnership_fts"]
    con.close()


def test_a_page_that_fails_leaves_the_search_switch_on(hq, tmp_path, monkeypatch):  # noqa: F811
    """A page rolled back (here: the indexing itself fails) changes nothing, the switch too."""
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    edit(a, lambda: _records(3, "Wajir"))
    sync(a)

    def broken(con, inserted):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(search, "index_new", broken)
    with pytest.raises(Exception):
        sync(b, attempts=1)
    con = raw_connect(b)
    assert con.execute("SELECT capture, search FROM sync_control").fetchall() == [(1, 1)]
    assert con.execute("SELECT count(*) FROM partnership").fetchone()[0] == 0
    con.close()
    monkeypatch.undo()
    sync(b)
    assert _index(b) == _index(a)
