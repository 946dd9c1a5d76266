"""Property: devices that exchange only files with HQ converge like devices on a network.

The network convergence test (test_sync_convergence.py) again, with devices 1 and 2 carrying
files: each export is imported at HQ when a random step says so (possibly twice, possibly after
a newer one), and each answer applied on the device at a random later step (possibly twice,
possibly after a newer answer, possibly after the same changes went by network). At the end
every device exports and applies answers until HQ has nothing more for it (device 0 and, once,
device 1 by network too): each must equal HQ, every insert reached HQ, no op applied twice.
"""
from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from sync.client import sync
from sync.filesync import export_to, import_from
from sync.server import admin
from sync.server.fileimport import import_file

from support.raw import raw_connect
from support.sync_fixtures import ServerThread, device, hq_rows
from test_sync_convergence import _do, _partial_sync, _people

COUNTER = itertools.count(1)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = ServerThread(tmp_path_factory.mktemp("hq") / "hq.db")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("devices")


KINDS = ["insert", "update", "delete", "sync", "cut", "export", "hq", "answer", "net"]
STEP = st.tuples(st.integers(0, 2), st.sampled_from(KINDS), st.integers(0, 40),
                 st.sampled_from(["name", "title", "email"]),
                 st.sampled_from(["a", "b", "c", "Żaneta", "عمر"]))


class Courier:
    """The files of one device: exports made, answers HQ wrote, picked in random order."""

    def __init__(self, server, path, folder):
        self.server, self.path, self.folder = server, path, folder
        self.exports, self.answers = [], []

    def export(self):
        out = self.folder / f"{self.path.stem}-e{len(self.exports)}.pdsync"
        export_to(self.path, out)
        self.exports.append(out)

    def hq(self, pick: int):
        """HQ imports one of the exports (any of them: twice, or an older after a newer)."""
        if self.exports:
            source = self.exports[pick % len(self.exports)]
            answer, _done = import_file(self.server.store, source.read_bytes())
            out = self.folder / f"{self.path.stem}-a{len(self.answers)}.pdsync"
            out.write_bytes(answer)
            self.answers.append(out)

    def answer(self, pick: int):
        if self.answers:
            import_from(self.path, self.answers[pick % len(self.answers)])

    def settle(self):
        """Round trips by file until HQ has nothing more: then the device equals HQ."""
        for _ in range(6):
            self.export()
            self.hq(len(self.exports) - 1)
            result = import_from(self.path, self.answers[-1])
            if not result.more and not _pending(self.path):
                return
        raise AssertionError("file exchange did not settle")


def _cursor(path) -> int:
    con = raw_connect(path)
    try:
        return int(con.execute("SELECT value FROM setting WHERE key = 'sync.cursor'").fetchone()[0])
    finally:
        con.close()


def _pending(path) -> int:
    con = raw_connect(path)
    try:
        return con.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
    finally:
        con.close()


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(STEP, min_size=1, max_size=30))
def test_file_devices_converge_to_hq(server, folder, steps, tmp_path_factory):
    office = f"F{next(COUNTER)}"
    admin.add_office(server.store, office, f"Office {office}", "KEN")
    sub = folder / office
    sub.mkdir()
    paths = [device(server, sub, f"d{i}", (office,)) for i in range(3)]
    couriers = [None] + [Courier(server, p, sub) for p in paths[1:]]
    inserted: set[str] = set()
    for who, kind, pick, field, value in steps:
        carrier = couriers[who]
        if kind in ("sync", "cut", "export", "hq", "answer", "net") and carrier is None:
            if kind == "cut":
                _partial_sync(paths[who], pick % 3)
            elif kind != "export":
                sync(paths[who])
        elif kind in ("sync", "export"):
            carrier.export()
        elif kind in ("cut", "hq"):
            carrier.hq(pick)
        elif kind == "answer":
            carrier.answer(pick)
        elif kind == "net":  # the same changes by network, then old files may still arrive
            if who == 1:
                sync(paths[who])
        else:
            _do(paths[who], office, kind, pick, field, value, inserted)
    for _ in range(2):
        sync(paths[0])
        for carrier in couriers[1:]:
            carrier.settle()
    sync(paths[0])
    for carrier in couriers[1:]:  # every answer once more, newest first: nothing changes
        before = _people(carrier.path, office), _cursor(carrier.path)
        for answer in reversed(carrier.answers):
            import_from(carrier.path, answer)
        assert (_people(carrier.path, office), _cursor(carrier.path)) == before
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
    assert sum(versions.values()) <= applied
