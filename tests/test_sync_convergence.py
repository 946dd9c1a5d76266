"""Property: 3 devices and HQ converge after random concurrent edits and random partial syncs.

Each example gets its own office at HQ (so examples share one server but not data) and three
devices enrolled for it. Steps insert, edit and delete people on random devices and run syncs that
may be cut after a random number of answers. At the end every device syncs until quiet: each must
equal HQ, nothing lost (every insert reached HQ), nothing duplicated (each op applied once).
"""
from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from models.ids import utc_now, uuid7
from sync.client import sync
from sync.server import admin

from support.sync_fixtures import ServerThread, device, hq_rows
from support.raw import raw_connect

COUNTER = itertools.count(1)


class Cut(Exception):
    """The link dropped after some answers (raised from the progress callback)."""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = ServerThread(tmp_path_factory.mktemp("hq") / "hq.db")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("devices")


STEP = st.tuples(st.integers(0, 2), st.sampled_from(["insert", "update", "delete", "sync", "cut"]),
                 st.integers(0, 40), st.sampled_from(["name", "title", "email"]),
                 st.sampled_from(["a", "b", "c", "Żaneta", "عمر"]))


def _do(path, office, kind, pick, field, value, inserted):
    con = raw_connect(path)
    try:
        live = [r[0] for r in con.execute("SELECT id FROM person WHERE office = ? AND deleted = 0 "
                                          "ORDER BY id", (office,))]
        if kind == "insert" or not live:
            new_id = uuid7()
            con.execute("INSERT INTO person (id, office, name, updated_at) VALUES (?, ?, ?, ?)",
                        (new_id, office, value, utc_now()))
            inserted.add(new_id)
        elif kind == "update":
            con.execute(f'UPDATE person SET "{field}" = ?, updated_at = ? WHERE id = ?',
                        (value + str(pick), utc_now(), live[pick % len(live)]))
        else:
            con.execute("UPDATE person SET deleted = 1, updated_at = ? WHERE id = ?",
                        (utc_now(), live[pick % len(live)]))
        con.commit()
    finally:
        con.close()


def _partial_sync(path, answers: int):
    calls = itertools.count()

    def progress(*_):
        if next(calls) >= answers:
            raise Cut()
    try:
        sync(path, progress=progress)
    except Cut:
        pass


def _people(path, office):
    con = raw_connect(path)
    try:
        return {r[0]: r[1:] for r in con.execute(
            "SELECT id, name, title, email, deleted, version FROM person WHERE office = ?",
            (office,))}
    finally:
        con.close()


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(STEP, min_size=1, max_size=25))
def test_devices_converge_to_hq(server, folder, steps):
    office = f"C{next(COUNTER)}"
    admin.add_office(server.store, office, f"Office {office}", "KEN")
    sub = folder / office
    sub.mkdir()
    paths = [device(server, sub, f"d{i}", (office,)) for i in range(3)]
    inserted: set[str] = set()
    for who, kind, pick, field, value in steps:
        if kind == "sync":
            sync(paths[who])
        elif kind == "cut":
            _partial_sync(paths[who], pick % 3)
        else:
            _do(paths[who], office, kind, pick, field, value, inserted)
    for path in paths * 2:
        sync(path)
    at_hq = {i: (r["name"], r.get("title", ""), r.get("email", ""), r["deleted"], r["version"])
             for i, r in hq_rows(server, "person").items() if r["office"] == office}
    assert inserted <= set(at_hq), "an insert never reached HQ"
    for path in paths:
        assert _people(path, office) == at_hq
        con = raw_connect(path)
        assert con.execute("SELECT count(*) FROM outbox WHERE status != 'done'").fetchone()[0] == 0
        con.close()
    with server.store.read() as tx:
        versions = dict(tx.all("SELECT id, version FROM hq_row WHERE tbl = 'person' AND "
                               "office = ?", (office,)))
        applied = tx.one("SELECT count(*) FROM hq_applied a JOIN hq_device d ON d.id = a.device "
                         "WHERE d.offices = ?", (f'["{office}"]',))[0]
    # every accepted change bumps a version exactly once: no op was applied twice
    assert sum(versions.values()) <= applied
