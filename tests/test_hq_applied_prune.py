"""HQ forgets the changes a device has moved past (issue 15 item 5: `hq_applied` pruned safely),
on a real HQ on loopback: a change sent again after a lost answer still gets the same answer, and
nothing is forgotten before KEEP_APPLIED has passed."""
from __future__ import annotations

import datetime as dt
import json

from support.raw import raw_connect
from support.sync_fixtures import device, hq, hq_rows  # noqa: F401 (fixture)
from sync.client import sync
from sync.server import sync_ops
from test_sync_protocol import _add_person
from test_sync_values import post


def _applied(hq, path) -> list[int]:  # noqa: F811
    con = raw_connect(path)
    device_id = con.execute("SELECT value FROM setting WHERE key = 'sync.device'").fetchone()[0]
    con.close()
    with hq.store.read() as tx:
        return [r[0] for r in tx.all("SELECT seq FROM hq_applied WHERE device = ? ORDER BY seq",
                                     (device_id,))]


def _pending(path) -> list:
    con = raw_connect(path)
    try:
        return [[r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])] for r in con.execute(
            "SELECT seq, table_name, row_id, op, base_version, office, fields FROM outbox "
            "WHERE status = 'pending' ORDER BY seq")]
    finally:
        con.close()


def test_applied_changes_are_forgotten_once_the_device_moved_past_them(hq, tmp_path,  # noqa: F811
                                                                       monkeypatch):
    a = device(hq, tmp_path, "a")
    for n in range(3):
        _add_person(a, name=f"First {n}")
    sync(a)
    first = _applied(hq, a)
    assert len(first) >= 3
    # within KEEP_APPLIED nothing is forgotten, even when the device has moved past it
    _add_person(a, name="Second")
    sync(a)
    assert set(first) < set(_applied(hq, a))
    monkeypatch.setattr(sync_ops, "KEEP_APPLIED", dt.timedelta(0))
    # the answer to this change is lost: the device sends it again and gets the same answer
    _add_person(a, name="Lost answer")
    (op,) = _pending(a)
    answers = [post(hq, a, [op]).json()["acks"] for _ in range(2)]
    assert answers[0] == answers[1] and "x" not in answers[0][0]
    assert sync(a).pushed == 1  # the device's own resend: acked from HQ's record, not re-applied
    people = {r["name"]: r["version"] for r in hq_rows(hq, "person").values()}
    assert people["Lost answer"] == 1
    # the next change of the device says it has every answer before it: those are forgotten
    _add_person(a, name="Third")
    (later,) = _pending(a)
    sync(a)
    assert _applied(hq, a) == [later[0]]
    assert op[0] < later[0]
