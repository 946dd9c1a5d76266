"""Property (issue 10, the values): honest devices converge with HQ although a device of their
office pushes poison values and HQ still holds poison rows an older HQ accepted.

Each example gets its own office, three honest devices and a hostile one. Honest steps insert,
edit and delete partners with values of every kind (text in any script, JSON tags, dates,
vocabulary codes) and run whole or cut syncs. Hostile steps: raw SQL edits SQLite allows but the
column definitions refuse, synced (`deleted = 2`, `partner_type = 123`, bad JSON, impossible
dates); ops posted by hand with NULL, NaN, Infinity, lone surrogates and wrong types; and poison
rows written straight into HQ's store, as an HQ from before value checks kept them. At the end:
every honest device equals HQ for every row it could store, holds the rest set aside with a
reason (and the checksum agrees), nothing an honest device inserted is lost, no op applied
twice, no honest op refused, and every refused op of the hostile device is listed on it.
"""
from __future__ import annotations

import itertools
import json
import sqlite3

import httpx
from hypothesis import HealthCheck, example, given, settings, strategies as st

from models.ids import utc_now, uuid7
from support.sync_fixtures import device, hq_rows
from test_sync_convergence import folder, server  # noqa: F401 (fixtures)
from sync import protocol
from sync.client import sync
from sync.server import admin
from sync.server.merge import Batch, Device

COUNTER = itertools.count(1)
HAND_SEQ = itertools.count(10 ** 7)  # seqs of ops posted by hand, far above real ones
WORDS = st.sampled_from(["Aid", "Żaneta", "عمر", "Lodwar & Co", "名前", ""])
TAGS = st.lists(st.sampled_from(["cso", "government", "private_sector"]), max_size=2,
                unique=True)
HONEST = st.tuples(st.integers(0, 2), st.sampled_from(
    ["insert", "update", "tags", "date", "delete", "sync", "cut"]), st.integers(0, 40), WORDS,
    TAGS)
POISON_SQL = ["deleted = 2", "partner_type = 123", "tags = '{broken'", "tags = '[\"pirate\"]'",
              "risk_assessed_on = '0000-00-00'", "due_diligence_status = 'maybe'",
              "contacts = '[{\"name\": 5}]'"]
POISON_OP = [{"legal_name": None}, {"legal_name": float("nan")}, {"notes": float("inf")},
             {"notes": "a\ud800b"}, {"tags": "[1]"}, {"deleted": "x"}, {"version": [1]},
             {"bank_details": "[]"}, {"psea_assessed_on": "2026-02-30"}]
POISON_HQ = [{"legal_name": None}, {"tags": "{"}, {"partner_type": 7}, {"deleted": 5},
             {"risk_assessed_on": "soon"}]
HOSTILE = st.tuples(st.just(3), st.sampled_from(["sql", "op", "hq", "sync"]),
                    st.integers(0, 40), WORDS, TAGS)


def _sql(path, sql, params=()):
    con = sqlite3.connect(path)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def _one(path, sql, params=()):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


class Office:
    def __init__(self, server, folder):
        self.code = f"P{next(COUNTER)}"
        admin.add_office(server.store, self.code, f"Office {self.code}", "KEN")
        sub = folder / self.code
        sub.mkdir()
        self.server = server
        self.paths = [device(server, sub, f"d{i}", (self.code,)) for i in range(4)]
        self.inserted: set[str] = set()
        self.captured = 0  # ops the hostile device's poison edits put in its outbox

    def live(self, who, deleted: bool = False):
        return [r[0] for r in _one(self.paths[who], "SELECT id FROM partner WHERE office = ? "
                                   f"AND {'1' if deleted else 'deleted = 0'} AND version > 0 "
                                   "ORDER BY id", (self.code,))]

    def honest(self, who, kind, pick, word, tags):
        path, live = self.paths[who], self.live(who)
        if kind == "sync":
            sync(path)
        elif kind == "cut":
            calls = itertools.count()

            def progress(*_):
                if next(calls) >= pick % 3:
                    raise KeyboardInterrupt
            try:
                sync(path, progress=progress)
            except KeyboardInterrupt:
                pass
        elif kind == "insert" or not live:
            row_id = uuid7()
            _sql(path, "INSERT INTO partner (id, office, reference, legal_name, partner_type, "
                 "tags, updated_at) VALUES (?, ?, ?, ?, 'cso', ?, ?)",
                 (row_id, self.code, f"{self.code}/PT/{row_id}", word or "Partner",
                  json.dumps(tags), utc_now()))
            self.inserted.add(row_id)
        else:
            target = live[pick % len(live)]
            change = {"update": ("notes", word), "tags": ("tags", json.dumps(tags)),
                      "date": ("risk_assessed_on", f"20{10 + pick % 20}-0{1 + pick % 9}-1{pick % 9}"),
                      "delete": ("deleted", 1)}[kind]
            _sql(path, f"UPDATE partner SET {change[0]} = ?, updated_at = ? WHERE id = ?",
                 (change[1], utc_now(), target))

    def hostile(self, kind, pick):
        path, live = self.paths[3], self.live(3, deleted=True)
        if kind == "sync":
            sync(path)
        elif kind == "sql" and live:
            top = "SELECT coalesce(max(seq), 0) FROM outbox"
            before = _one(path, top)[0][0]
            _sql(path, f"UPDATE partner SET {POISON_SQL[pick % len(POISON_SQL)]} WHERE id = ?",
                 (live[pick % len(live)],))
            self.captured += _one(path, top)[0][0] - before
        elif kind == "op":
            con = sqlite3.connect(path)
            token, dev = [con.execute("SELECT value FROM setting WHERE key = ?", (k,)).fetchone()[0]
                          for k in ("sync.token", "sync.device")]
            con.close()
            seq, target = next(HAND_SEQ), (live[pick % len(live)] if live else uuid7())
            op = [seq, "partner", target, "update" if live else "insert", 1, self.code,
                  POISON_OP[pick % len(POISON_OP)]]
            response = httpx.post(self.server.url + protocol.API_SYNC, timeout=30, headers={
                "Authorization": f"Bearer {token}"}, content=json.dumps(
                    {"device": dev, "cursor": 0, "ops": [op]}).encode())
            assert response.status_code < 500, response.text
            if response.status_code == 200:
                assert [a.get("x") for a in response.json()["acks"] if a["s"] == seq][0]
        elif kind == "hq":  # a row an HQ from before value checks accepted
            with self.server.store.write() as tx:
                batch = Batch(tx, Device("legacy", frozenset(), True))
                row_id = uuid7()
                batch.write_row("partner", row_id, None, {
                    "office": self.code, "reference": f"{self.code}/LEGACY/{row_id}",
                    "legal_name": "Legacy", "partner_type": "cso", "deleted": 0,
                    "updated_at": utc_now(), **POISON_HQ[pick % len(POISON_HQ)]}, "legacy")
                batch.finish()


def _device_view(path, code) -> dict:
    """Every partner of the office as the device has it, set-aside values laid over."""
    con = sqlite3.connect(path)
    try:
        cur = con.execute("SELECT * FROM partner WHERE office = ?", (code,))
        names = [d[0] for d in cur.description]
        rows = {r[0]: dict(zip(names, r)) for r in cur}
        for table, row_id, fields in con.execute("SELECT table_name, row_id, fields FROM "
                                                 "sync_held WHERE table_name = 'partner'"):
            rows.setdefault(row_id, {}).update(json.loads(fields))
        return rows
    finally:
        con.close()


EVERY_KIND = [(0, "insert", 0, "Aid", ["cso"]), (0, "sync", 0, "", []), (3, "sync", 0, "", []),
              (1, "sync", 0, "", [])] + [
    (3, kind, pick, "", []) for kind in ("sql", "op", "hq") for pick in range(9)] + [
    (3, "sync", 0, "", []), (2, "tags", 1, "", ["government"]), (0, "date", 3, "", [])]


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(st.one_of(HONEST, HOSTILE), min_size=1, max_size=25))
@example(steps=EVERY_KIND)
def test_honest_devices_converge_despite_poison(server, folder, steps):
    office = Office(server, folder)
    for who, kind, pick, word, tags in steps:
        if who == 3:
            office.hostile(kind, pick)
        else:
            office.honest(who, kind, pick, word, tags)
    for path in office.paths * 2:
        sync(path)
    at_hq = {i: r for i, r in hq_rows(server, "partner").items() if r["office"] == office.code}
    if steps is EVERY_KIND:  # the example that does everything: some rows are set aside
        assert _one(office.paths[0], "SELECT count(*) FROM sync_held")[0][0] >= 4
        assert office.captured >= 5
    assert office.inserted <= set(at_hq), "an honest insert never reached HQ"
    for path in office.paths[:3]:
        view = _device_view(path, office.code)
        assert set(view) == set(at_hq)
        for row_id, hq_row in at_hq.items():
            for name, value in hq_row.items():
                if name in ("version", "id"):
                    continue
                assert view[row_id].get(name) == value, (row_id, name)
        assert _one(path, "SELECT count(*) FROM outbox WHERE status = 'pending'") == [(0,)]
        assert _one(path, "SELECT count(*) FROM outbox WHERE status = 'rejected'") == [(0,)], \
            "an honest change was refused"
        assert sync(path, check=True).repaired_offices == []
    # every poison op of the hostile device was refused and is listed there with its reason
    assert _one(office.paths[3], "SELECT count(*), count(error) FROM outbox WHERE status = "
                "'rejected'") == [(office.captured, office.captured)]
    with server.store.read() as tx:
        versions = dict(tx.all("SELECT id, version FROM hq_row WHERE tbl = 'partner' AND "
                               "office = ? AND id NOT IN (SELECT id FROM hq_row WHERE "
                               "meta LIKE '%legacy%')", (office.code,)))
        applied = tx.one("SELECT count(*) FROM hq_applied a JOIN hq_device d ON d.id = a.device "
                         "WHERE d.offices = ?", (f'["{office.code}"]',))[0]
    assert sum(versions.values()) <= applied
