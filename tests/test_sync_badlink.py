"""Sync over a bad link, for real: 64 kbit/s, 600 ms round trip, 5 % and 10 % packet loss each
way, with every connection cut (RST) several times and the link dropped for seconds mid-sync.

HQ runs `main.py serve` in a network namespace behind the link (tests/netlink_support.py picks
netem, the TUN packet relay, or the loopback proxy). Device A pushes inserts, edits and deletes;
device B pulls them. Both syncs must finish through the cuts (the client's own retries, and a
person pressing Sync again), and afterwards HQ and both devices hold every record exactly once.
"""
from __future__ import annotations

import random
import threading
import time

import pytest

from models.directory import Person
from support.netlink_support import HqOverLink, LinkProfile, open_link
from support.sync_fixtures import edit, hq_rows, new_db, rows
from sync.client import sync
from sync.server import admin
from sync.transport import SyncError
from support.raw import raw_connect

RECORDS = 400
SYLLABLES = ["ka", "mo", "ne", "ri", "ta", "lu", "si", "wa", "zo", "be", "chi", "dan", "el",
             "fa", "gu", "ha", "ji", "ko", "ma", "nu", "pe", "qua", "ro", "sa", "tu", "vi"]


def _contact(rng: random.Random, i: int) -> dict:
    """A contact with realistic spread (names, titles and e-mails that do not repeat)."""
    first = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()
    last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
    return {"office": "KEN", "name": f"{first} {last}",
            "title": rng.choice(["Programme Officer", "Finance Assistant", "Head of Programmes",
                                 "M&E Officer", "Executive Director"]),
            "email": f"{first.lower()}.{last.lower()}{rng.randint(1, 999)}@partner{i % 37}.org"}


def _enroll(hq, folder, name):
    path = new_db(folder, name, "KEN", name)
    _until_done(path, hq.url, enroll_code=admin.new_code(hq.store, ["KEN"]))
    return path


def _until_done(path, url=None, deadline: float = 150.0, **kwargs):
    """Sync until it completes, as a person (or the app's retry timer) would after a failure."""
    failures, stop = 0, time.monotonic() + deadline
    while True:
        try:
            result = sync(path, url, check=False, timeout=20.0, attempts=6, backoff=0.5,
                          allow_http=True, **kwargs)  # the link's own network, not loopback
            result.failures = failures
            return result
        except SyncError:
            failures += 1
            kwargs.pop("enroll_code", None) if _enrolled(path) else None
            assert time.monotonic() < stop, f"sync of {path.name} never finished"


def _enrolled(path) -> bool:
    con = raw_connect(path)
    try:
        return bool(con.execute("SELECT value FROM setting WHERE key = 'sync.token'").fetchone())
    finally:
        con.close()


class Cutter:
    """While a sync runs, cut every connection every `every` seconds; one outage in the middle."""

    def __init__(self, link, every: float = 1.5, cuts: int = 3, outage: float = 2.0):
        self.link, self.every, self.cuts, self.outage = link, every, cuts, outage
        self.done = threading.Event()
        self.made = 0
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while self.made < self.cuts and not self.done.wait(self.every):
            self.link.reset(0.8)
            self.made += 1
            if self.made == 2 and self.outage:
                time.sleep(1.0)
                self.link.outage(self.outage)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.done.set()
        self.thread.join(10)


@pytest.mark.slow
@pytest.mark.parametrize("loss", [0.05, 0.10])
def test_sync_survives_a_bad_link_with_cuts(tmp_path, loss):
    with open_link(LinkProfile(loss=loss), seed=int(loss * 100)) as link:
        hq = HqOverLink(link, tmp_path / "hq.db")
        try:
            admin.add_office(hq.store, "KEN", "Kenya Country Office", "KEN")
            a, b = _enroll(hq, tmp_path, "a"), _enroll(hq, tmp_path, "b")
            rng = random.Random(int(loss * 100))
            ids = edit(a, lambda: [Person.create(**_contact(rng, i)).id for i in range(RECORDS)])
            _until_done(a)  # the first push goes through without cuts
            edit(a, lambda: [Person.update(title="Chief of Section").where(
                Person.id.in_(ids[:80])).execute(),
                [Person.get_by_id(i).soft_delete() for i in ids[80:100]]])
            more = edit(a, lambda: [Person.create(**_contact(rng, i)).id
                                    for i in range(RECORDS)])
            with Cutter(link) as cuts_a:
                pushed = _until_done(a)
            with Cutter(link) as cuts_b:
                pulled = _until_done(b)
            stats = link.stats()
            _until_done(a), _until_done(b)  # quiet link: nothing left either way
            for what, res, cuts in (("push", pushed, cuts_a), ("pull", pulled, cuts_b)):
                print(f"{link.kind} loss {loss:.0%} {what}: {res.seconds:.1f} s, {cuts.made} cuts,"
                      f" {res.retries} retries, {res.failures} failed syncs, {res.round_trips} "
                      f"round trips, {res.bytes_sent + res.bytes_received} bytes")
            print(f"link: {stats}")

            assert cuts_a.made >= 2 and cuts_b.made >= 2, "the syncs ended before the cuts"
            if "resets" in stats.get("up", {}):
                killed = stats["up"]["resets"] + stats["down"]["resets"]
                assert killed >= 2, f"no connection was actually cut mid-sync: {stats}"
            assert pushed.pushed >= 80 + 20 + RECORDS and pulled.pulled >= 2 * RECORDS
            at_hq = hq_rows(hq, "person")
            assert set(ids + more) <= set(at_hq)
            expected = {pid: (row["name"], row["title"], row["deleted"], row["version"])
                        for pid, row in at_hq.items()}
            for path in (a, b):
                got = rows(path, "person", "id, name, title, deleted, version")
                assert len(got) == len({r[0] for r in got}) == len(expected), path.name
                assert {r[0]: tuple(r[1:]) for r in got} == expected, path.name
                pending = raw_connect(path).execute(
                    "SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
                assert pending == 0, f"{path.name} still has {pending} unsent changes"
            assert sum(1 for v in expected.values() if v[2]) == 20
            assert sum(1 for v in expected.values() if v[1] == "Chief of Section") == 80
            assert {v[3] for pid, v in expected.items() if pid in more} == {1}
        finally:
            hq.stop()


def test_link_is_as_bad_as_announced(tmp_path):
    """The emulated link really is 64 kbit/s with a 600 ms round trip (else the test above lies)."""
    import httpx

    with open_link(LinkProfile(loss=0.0)) as link:
        hq = HqOverLink(link, tmp_path / "hq.db")
        try:
            started = time.monotonic()
            httpx.get(hq.url + "/v1/health", timeout=30)  # at least one round trip
            assert time.monotonic() - started >= 0.58
            started = time.monotonic()
            spec = httpx.get(hq.url + "/openapi.json", timeout=60)
            took = time.monotonic() - started
            assert spec.status_code == 200
            link_floor = len(spec.content) / LinkProfile().bytes_per_second
            assert took >= link_floor, (took, len(spec.content))
        finally:
            hq.stop()
