"""Records of office "HQ" (benchmark sets) reach every device through sync, read-only for devices
not enrolled for all offices, with an "HQ" checksum entry that client and HQ agree on."""
from __future__ import annotations


import httpx

from models.assessment import Benchmark, BenchmarkSet, benchmarks_of, set_in_force
from models.assessment.migrations import DEFAULT_SET_ID
from models.message_data import restored
from sync import local, protocol
from sync.checksum import local_sums
from sync.client import sync
from sync.server import changes
from sync.server.admin import authenticate

from support.sync_fixtures import device, edit, hq, hq_rows, rows  # noqa: F401
from support.raw import raw_connect


def _issue_set() -> str:
    """HQ issues a new benchmark set for 2027 with one benchmark (as models/benchmarks.py says)."""
    new = BenchmarkSet.create(office="HQ", identifier="PB-2027", edition=1, year=2027,
                              issuer="HQ", title="Benchmarks 2027", issued_on="2026-11-01")
    Benchmark.create(office="HQ", benchmark_set=new, code="C1", position=1,
                     title="Partners consulted on the country programme",
                     rule="landscape_mapped")
    return new.id


def _in_force(year: int):
    chosen = set_in_force(year)
    return chosen.id, [b.code for b in benchmarks_of(chosen.id)]


def _setting(path, key):
    con = local.connect(path)
    try:
        return local.get(con, key)
    finally:
        con.close()


def _sums_agree(hq, path) -> dict:
    con = local.connect(path)
    try:
        mine = local_sums(con, local.Scope(con))
    finally:
        con.close()
    dev = authenticate(hq.store, _setting(path, "sync.token"))
    with hq.store.read() as tx:
        theirs = changes.sums(tx, dev)
    assert mine == theirs
    return mine


def _pair(hq, tmp_path):
    h = device(hq, tmp_path, "h", offices=(), all_offices=True)
    k = device(hq, tmp_path, "k")  # enrolled for KEN only
    set_id = edit(h, _issue_set)
    sync(h)
    assert hq_rows(hq, "benchmark_set")[set_id]["title"] == "Benchmarks 2027"
    return h, k, set_id


def test_a_new_hq_benchmark_set_reaches_an_office_device(hq, tmp_path):
    h, k, set_id = _pair(hq, tmp_path)
    assert edit(k, lambda: _in_force(2027))[0] == DEFAULT_SET_ID  # not yet received
    result = sync(k)
    assert result.pulled >= 2 and result.problems == []
    assert edit(k, lambda: _in_force(2027)) == (set_id, ["C1"])
    assert edit(k, lambda: _in_force(2026))[0] == DEFAULT_SET_ID
    assert [r[1] for r in rows(k, "benchmark_set", "id, office") if r[0] == set_id] == ["HQ"]
    # checksums: "HQ" is an entry of its own on both sides, equal, and no repair follows
    assert "HQ" in _sums_agree(hq, k) and "HQ" in _sums_agree(hq, h)
    for path in (k, h):
        checked = sync(path, check=True)
        assert checked.checked and checked.repaired_offices == []
    # a later edition of the set made at HQ flows to the office device as well
    edit(h, lambda: BenchmarkSet.update(title="Benchmarks 2027, revised")
         .where(BenchmarkSet.id == set_id).execute())
    sync(h), sync(k)
    assert [r[1] for r in rows(k, "benchmark_set", "id, title") if r[0] == set_id] == [
        "Benchmarks 2027, revised"]


def test_an_office_device_cannot_change_an_hq_record(hq, tmp_path):
    h, k, set_id = _pair(hq, tmp_path)
    sync(k)
    before = hq_rows(hq, "benchmark_set")[set_id]
    # the client sets the change aside with its reason instead of sending it
    edit(k, lambda: BenchmarkSet.update(title="Changed in Kenya")
         .where(BenchmarkSet.id == set_id).execute())
    result = sync(k)
    assert (result.pushed, result.rejected) == (0, 1)
    con = raw_connect(k)
    assert "not enrolled for office HQ" in restored(con.execute(  # kept as message data
        "SELECT error FROM outbox WHERE status = 'rejected'").fetchone()[0])
    con.close()
    assert hq_rows(hq, "benchmark_set")[set_id] == before
    # sent anyway, HQ refuses it with 403 and changes nothing
    token, dev = _setting(k, "sync.token"), _setting(k, "sync.device")
    for op in ([1, "benchmark_set", set_id, "update", before["version"], "HQ", {"title": "X"}],
               [1, "benchmark_set", set_id, "update", before["version"], "KEN",
                {"title": "X"}],
               [1, "benchmark", "b-new", "insert", 0, "HQ",
                {"office": "HQ", "set_id": set_id, "code": "C9", "title": "X"}]):
        response = httpx.post(hq.url + protocol.API_SYNC, content=protocol.dumps(
            {"device": dev, "cursor": 0, "ops": [op]}),
            headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 403 and response.json()["seq"] == 1, op
    assert hq_rows(hq, "benchmark_set")[set_id] == before
    assert "b-new" not in hq_rows(hq, "benchmark")
    # the all-offices device may change it, and the office device receives the change
    edit(h, lambda: BenchmarkSet.update(issuer="HQ Programme Division")
         .where(BenchmarkSet.id == set_id).execute())
    assert sync(h).pushed == 1
    sync(k)
    assert [r[1] for r in rows(k, "benchmark_set", "id, issuer") if r[0] == set_id] == [
        "HQ Programme Division"]
    # the refused local title is content HQ does not have: the checksum (of content) sees it and
    # the repair puts HQ's title back; the change stays listed as refused
    assert sync(k, check=True).repaired_offices == ["HQ"]
    assert [r[1] for r in rows(k, "benchmark_set", "id, title") if r[0] == set_id] == [
        before["title"]]
    assert sync(k, check=True).repaired_offices == []


def test_hq_records_missing_on_a_device_are_repaired(hq, tmp_path):
    """A device that missed HQ records (e.g. synced before they were sent to office devices) gets
    them back through the "HQ" checksum entry; the repair is allowed for a KEN-only device."""
    _h, k, set_id = _pair(hq, tmp_path)
    sync(k)
    con = raw_connect(k)  # lose the new set behind the sync's back (capture off)
    con.execute("UPDATE sync_control SET capture = 0")
    con.execute("DELETE FROM benchmark WHERE set_id = ?", (set_id,))
    con.execute("DELETE FROM benchmark_set WHERE id = ?", (set_id,))
    con.execute("UPDATE sync_control SET capture = 1")
    con.commit()
    con.close()
    result = sync(k, check=True)
    assert result.checked and result.repaired_offices == ["HQ"]
    assert edit(k, lambda: _in_force(2027)) == (set_id, ["C1"])
    assert sync(k, check=True).repaired_offices == []
