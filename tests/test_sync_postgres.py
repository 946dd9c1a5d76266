"""Sync against the PostgreSQL store of HQ, on a real PostgreSQL 15 server the tests start.

The protocol checks of tests/test_sync_protocol.py and the property-based convergence check of
tests/test_sync_convergence.py (three devices, random edits, inserts, deletes and partial syncs)
run here again with their HQ fixtures rebound to a PostgreSQL store (same bodies, other engine). Then what only a
client-server database can get wrong: concurrent batches from several devices must still give
every device every change exactly once (the global sequence is a gap-free prefix when a cursor
reads it), a server killed with -9 in the middle of a batch loses and duplicates nothing, and the
exactly-once table answers a resend after a restart.
"""
from __future__ import annotations

import threading

import pytest

import test_sync_convergence as convergence
import test_sync_protocol as protocol_checks
from models.directory import Person
from support.pg_support import pg_server, pg_url  # noqa: F401 (fixtures)
from support.sync_fixtures import ServerProcess, ServerThread, device, edit, hq_rows, new_db, rows
from sync.client import sync
from sync.server import admin
from support.raw import raw_connect

# The same protocol and convergence checks, collected in this module so that they use the `hq`
# and `server` fixtures below (PostgreSQL) instead of the SQLite ones.
for _module in (protocol_checks, convergence):
    for _name in dir(_module):
        if _name.startswith("test_"):
            globals()[f"{_name}_pg"] = getattr(_module, _name)
folder = convergence.folder


@pytest.fixture(scope="module")
def server(pg_server):  # noqa: F811 (rebinds test_sync_convergence.server to PostgreSQL)
    name = "convergence"
    srv = ServerThread(pg_server.create_database(name))
    assert srv.store.pg
    yield srv
    srv.stop()
    pg_server.drop_database(name)


@pytest.fixture
def hq(pg_url):  # noqa: F811 (rebinds sync_fixtures.hq to PostgreSQL)
    server = ServerThread(pg_url)
    assert server.store.pg
    admin.add_office(server.store, "KEN", "Kenya Country Office", "KEN")
    admin.add_office(server.store, "NGA", "Nigeria Country Office", "NGA")
    yield server
    server.stop()


def _people(path, prefix: str, count: int) -> list[str]:
    return edit(path, lambda: [Person.create(office="KEN", name=f"{prefix} {i}").id
                               for i in range(count)])


def _live(path) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in rows(path, "person", "id, name, title, version, deleted")}


def test_store_is_really_postgres(hq, pg_server):
    tables = {r[0] for r in pg_server.psql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
        hq.store.url.rsplit("/", 1)[1])}
    assert {"hq_row", "hq_applied", "hq_device", "hq_counter"} <= tables


def test_concurrent_batches_reach_every_device_exactly_once(hq, tmp_path):
    """Four devices push at the same time, twice over; a fifth pulls while they push."""
    pushers = [device(hq, tmp_path, f"d{i}") for i in range(4)]
    reader = device(hq, tmp_path, "reader")
    made = {path: _people(path, path.stem, 150) for path in pushers}
    errors: list[BaseException] = []

    def push(path):
        try:
            for _ in range(2):
                sync(path, check=False)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(p,)) for p in pushers]
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        sync(reader, check=False)  # pulls with a cursor while commits are racing
    for t in threads:
        t.join()
    assert not errors, errors
    for path in [reader, *pushers]:
        sync(path, check=False)
    expected = {pid for ids in made.values() for pid in ids}
    assert len(expected) == 600
    expected |= {r[0] for path in [reader, *pushers] for r in rows(path, "person", "id")}
    at_hq = hq_rows(hq, "person")
    assert set(at_hq) == expected and all(r["version"] == 1 for r in at_hq.values())
    with hq.store.read() as tx:
        seqs = [r[0] for r in tx.all("SELECT seq FROM hq_row ORDER BY seq")]
    assert len(seqs) == len(set(seqs))  # one global order, no sequence number given twice
    for path in [reader, *pushers]:
        got = rows(path, "person", "id")
        assert len(got) == len(expected) and {r[0] for r in got} == expected, path.stem
        assert sync(path, check=True).repaired_offices == []


def test_server_killed_mid_batch_loses_and_duplicates_nothing(pg_url, tmp_path):  # noqa: F811
    server = ServerProcess(pg_url)
    try:
        from sync.server.store import Store

        store = Store(pg_url)
        admin.add_office(store, "KEN", "Kenya Country Office", "KEN")
        server.store = store
        a, b = device(server, tmp_path, "a"), device(server, tmp_path, "b")
        ids = _people(a, "Killed", 3000)
        done = threading.Event()
        outcome: list = []

        def run():
            try:
                outcome.append(sync(a, check=False, attempts=60, backoff=0.1))
            except BaseException as exc:  # noqa: BLE001
                outcome.append(exc)
            done.set()

        worker = threading.Thread(target=run)
        worker.start()
        killed = 0
        while not done.is_set() and killed < 2:
            con = raw_connect(a)  # kill once HQ has some of the batch and not all of it
            pending = con.execute("SELECT count(*) FROM outbox WHERE status = 'pending'"
                                  ).fetchone()[0]
            con.close()
            if pending < 3000 - 400 * killed and pending > 0:
                server.kill()
                killed += 1
                server.start()
            done.wait(0.02)
        worker.join(120)
        assert killed >= 1, "the sync finished before the server could be killed"
        assert not isinstance(outcome[0], BaseException), outcome[0]
        sync(a, check=False), sync(b, check=False)
        at_hq = hq_rows(server, "person")
        assert set(ids) <= set(at_hq) and {r["version"] for r in at_hq.values()} == {1}
        con = raw_connect(a)
        dev = con.execute("SELECT value FROM setting WHERE key = 'sync.device'").fetchone()[0]
        pending = con.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()
        con.close()
        assert pending == (0,)
        with store.read() as tx:  # every op of the device recorded once, none missing
            count, low, high = tx.one("SELECT count(*), min(seq), max(seq) FROM hq_applied "
                                      "WHERE device = ?", (dev,))
        assert count == high - low + 1 >= 3000
        assert {r[0] for r in rows(b, "person", "id")} == set(at_hq)
        assert len(rows(b, "person", "id")) == len(at_hq)
        store.close()
    finally:
        server.stop()


def test_new_database_converges_after_pull_from_postgres(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    ids = _people(a, "Seed", 50)
    edit(a, lambda: [Person.get_by_id(i).soft_delete() for i in ids[:5]])
    sync(a)
    late = new_db(tmp_path, "late")
    sync(late, hq.url, enroll_code=admin.new_code(hq.store, ["KEN"]))
    sync(a)
    assert _live(late) == _live(a)
    assert len(_live(a)) == 52 and sum(r[3] for r in _live(a).values()) == 5
