"""Issue 10, finding 3 and the author gap: one bad local row never blocks the queue.

Every kind of bad row a raw edit can make is set aside on its own device, listed with a reason in
the Sync view's refused list, while good edits made before and after it reach HQ; refusals of any
status name the op; HQ's own unforeseen failure on one op is pinned on that op, a failure of its
store is not; an op too large for a request is split or refused before it is sent.
"""
from __future__ import annotations

import json
import random
import sqlite3
import string

import httpx
import pytest

from models import sync_state
from models.ids import utc_now, uuid7
from sync import oversize, protocol
from sync.client import sync
from sync.server import limits, merge
from sync.server.marks import Marks

from support.sync_fixtures import device, edit, hq, hq_rows  # noqa: F401
from support.raw import raw_connect


def _sql(path, sql, params=()):
    con = raw_connect(path)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def _person(path, name, person_id=None):
    person_id = person_id or uuid7()
    _sql(path, "INSERT INTO person (id, office, name, updated_at) VALUES (?, 'KEN', ?, ?)",
         (person_id, name, utc_now()))
    return person_id


def _noise(n: int, seed: int) -> str:
    """Text that compresses badly (a field nobody could shorten by compression)."""
    rng = random.Random(seed)
    return "".join(rng.choices(string.ascii_letters + string.digits + string.punctuation, k=n))


def _refused(path):
    return edit(path, sync_state.refused)


# Each: (what a raw edit does to the record `pid`, words of the reason the user reads). Values
# of the wrong kind for a column are the other half of issue 10 (one schema, h10a).
BAD_ROWS = {
    "deleted_x": ("UPDATE person SET deleted = 'x' WHERE id = ?", "deleted must be 0 or 1"),
    "deleted_2_60": (f"UPDATE person SET deleted = {2 ** 60} WHERE id = ?", "whole number"),
    "field_over_1_mib": (f"UPDATE person SET title = '{'t' * (1024 * 1024 + 1)}' WHERE id = ?",
                         "longer than"),
    "invalid_utf8": ("UPDATE person SET name = CAST(X'41C328FF' AS TEXT) WHERE id = ?",
                     "not valid UTF-8"),
    "field_too_large_to_send": (None, "too large to send"),
}


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_3_a_bad_row_is_set_aside_and_the_edits_around_it_reach_hq(hq, tmp_path, kind):
    a = device(hq, tmp_path, "a")
    before = _person(a, "Made before")
    bad = _person(a, "Will go bad")
    sync(a)
    sql, reason = BAD_ROWS[kind]
    if sql:
        _sql(a, sql, (bad,))
    else:  # random 4-byte characters: 4 MB raw, over 2 MB however compressed
        rng = random.Random(3)
        text = "".join(chr(rng.randrange(0x20000, 0x30000)) for _ in range(1024 * 1024 - 8))
        _sql(a, "UPDATE person SET title = ? WHERE id = ?", (text, bad))
    after = _person(a, "Made after")
    _sql(a, "UPDATE person SET email = 'before@unicef.org' WHERE id = ?", (before,))
    result = sync(a)  # no SyncError: the queue goes on
    at_hq = hq_rows(hq, "person")
    assert at_hq[after]["name"] == "Made after"
    assert at_hq[before]["email"] == "before@unicef.org"
    assert result.rejected == 1
    listed = _refused(a)
    assert [r.op for r in listed] == ["update"] and reason in listed[0].error, listed
    assert sync(a).rejected == 0  # set aside once, never sent again
    con = raw_connect(a)
    assert con.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0] == 0


def test_3_an_id_over_64_characters_is_refused_by_seq(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    good_before = _person(a, "Before")
    _person(a, "Long id", person_id="x" * 65)
    good_after = _person(a, "After")
    result = sync(a)
    assert result.rejected == 1 and {good_before, good_after} <= set(hq_rows(hq, "person"))
    assert "row id must be text of 1 to 64" in _refused(a)[0].error


def test_3_a_row_too_large_for_one_request_is_split_and_arrives_whole(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    pid = uuid7()
    values = {c: _noise(1000 * 1000, i) for i, c in enumerate(("name", "title", "email"))}
    _sql(a, "INSERT INTO person (id, office, name, title, email, updated_at) VALUES "
            "(?, 'KEN', ?, ?, ?, ?)", (pid, values["name"], values["title"], values["email"],
                                      utc_now()))
    text = raw_connect(a).execute("SELECT fields FROM outbox WHERE row_id = ?",
                                      (pid,)).fetchone()[0]
    assert oversize.too_large(text)  # the whole row would be a request HQ refuses unread
    after = _person(a, "After")
    result = sync(a)
    assert result.rejected == 0 and result.pushed >= 3
    row = hq_rows(hq, "person")[pid]
    assert {c: row[c] for c in values} == values and row["role"] == "focal_point"
    assert after in hq_rows(hq, "person")


def test_3_a_split_part_never_overwrites_a_later_edit(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    pid = uuid7()
    _sql(a, "INSERT INTO person (id, office, name, title, email, updated_at) VALUES "
            "(?, 'KEN', ?, ?, ?, ?)", (pid, *(_noise(1000 * 1000, i) for i in range(3)),
                                      utc_now()))
    _sql(a, "UPDATE person SET title = 'Short now', email = 'short@unicef.org' WHERE id = ?",
         (pid,))
    assert sync(a).rejected == 0
    row = hq_rows(hq, "person")[pid]
    assert (row["title"], row["email"]) == ("Short now", "short@unicef.org")
    assert row["name"] == _noise(1000 * 1000, 0)


def test_3_every_refusal_has_the_one_shape(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    con = raw_connect(a)
    token = con.execute("SELECT value FROM setting WHERE key = 'sync.token'").fetchone()[0]
    auth = {"Authorization": f"Bearer {token}"}
    op = [7, "person", uuid7(), "update", 0, "KEN", {"deleted": 2 ** 60}]
    calls = [
        httpx.post(hq.url + protocol.API_SYNC, content=protocol.dumps({"ops": [op]}),
                   headers=auth),
        httpx.post(hq.url + protocol.API_SYNC, content=protocol.dumps(
            {"ops": [[8, "person", "p", "insert", 0, "NGA", {"name": "x"}]]}), headers=auth),
        httpx.post(hq.url + protocol.API_SYNC, content=b"{}"),
        httpx.get(hq.url + protocol.API_BLOBS + "/" + "0" * 64 + "/status", headers=auth),
        httpx.put(hq.url + protocol.API_BLOBS + "/" + "0" * 64, params={"size": "x"},
                  content=b"1", headers=auth),
        httpx.post(hq.url + protocol.API_ENROLL, content=b"[]"),
    ]
    assert [c.status_code for c in calls] == [422, 403, 401, 404, 422, 422]
    for call in calls:
        body = call.json()
        assert set(body) >= {"detail", "seq"} and isinstance(body["detail"], str), body
    assert [c.json()["seq"] for c in calls[:2]] == [7, 8]
    assert all(c.json()["seq"] is None for c in calls[2:])


def test_3_hq_failing_on_one_op_refuses_that_op_only(hq, tmp_path, monkeypatch):
    a = device(hq, tmp_path, "a")
    good = [_person(a, "Good 1"), _person(a, "Poison"), _person(a, "Good 2")]
    original = merge.Batch.apply

    def apply(self, op):
        if op.fields.get("name") == "Poison":
            raise TypeError("an unforeseen value")
        return original(self, op)
    monkeypatch.setattr(merge.Batch, "apply", apply)
    result = sync(a)
    assert result.rejected == 1 and result.retries == 0
    assert {good[0], good[2]} <= set(hq_rows(hq, "person")) and good[1] not in hq_rows(
        hq, "person")
    assert "HQ could not store this change (TypeError" in _refused(a)[0].error


def test_3_a_store_failure_is_retried_not_pinned_on_an_op(hq, tmp_path, monkeypatch):
    a = device(hq, tmp_path, "a")
    pid = _person(a, "Survives a hiccup")
    original, failures = merge.Batch.apply, []

    def apply(self, op):
        if not failures:
            failures.append(op.seq)
            raise sqlite3.OperationalError("disk I/O error")
        return original(self, op)
    monkeypatch.setattr(merge.Batch, "apply", apply)
    result = sync(a, backoff=0.01)
    assert failures and result.retries >= 1 and result.rejected == 0
    assert pid in hq_rows(hq, "person") and _refused(a) == []


def test_3_a_413_naming_no_op_asks_for_smaller_slices(hq, tmp_path, monkeypatch):
    """An HQ with a lower limit than the device expects: slices shrink until they pass, and an op
    that passes alone nowhere is set aside."""
    small = 6 * 1024
    monkeypatch.setattr(limits, "LIMITS", ((
        "POST", protocol.API_SYNC, small),) + limits.LIMITS[1:])
    a = device(hq, tmp_path, "a")
    con = raw_connect(a)
    people = [(uuid7(), f"Person {i}", _noise(40, i)) for i in range(300)]
    con.executemany("INSERT INTO person (id, office, name, title, updated_at) VALUES "
                    "(?, 'KEN', ?, ?, '2026-01-01')", people)
    big = uuid7()
    con.execute("INSERT INTO person (id, office, name, title, updated_at) VALUES (?, 'KEN', "
                "'Big', ?, '2026-01-01')", (big, _noise(20 * 1024, 9)))
    con.commit()
    result = sync(a)
    assert result.rejected == 1 and result.pushed == 300
    assert big not in hq_rows(hq, "person")
    assert "larger than" in _refused(a)[0].error


def test_second_edit_by_the_last_author_reaches_hq_with_its_author(hq, tmp_path):
    a = device(hq, tmp_path, "a", user="Amina")
    b = device(hq, tmp_path, "b", user="Ben")
    pid = edit(a, lambda: __import__("models.directory", fromlist=["Person"]).Person.create(
        office="KEN", name="Partner focal point").id)
    sync(a), sync(b)

    def retitle(title):
        from models.directory import Person
        person = Person.get_by_id(pid)
        person.title = title
        person.save()
    edit(a, lambda: retitle("First title"))
    edit(a, lambda: retitle("Second title"))  # the same author again: updated_by unchanged
    con = raw_connect(a)
    ops = [json.loads(f) for (f,) in con.execute(
        "SELECT fields FROM outbox WHERE status = 'pending' AND row_id = ?", (pid,))]
    assert [o.get("updated_by") for o in ops] == ["Amina", "Amina"]
    assert all(o.get("updated_at") for o in ops)
    sync(a)
    with hq.store.read() as tx:
        marks = Marks.parse(tx.one("SELECT meta FROM hq_row WHERE id = ?", (pid,))[0])
    assert marks.get("title")[3] == "Amina"  # the person, not the device id
    edit(b, lambda: retitle("Ben's title"))  # based on the version before Amina's edits
    sync(b)
    (conflict,) = edit(b, sync_state.conflicts)
    assert (conflict.theirs, conflict.their_author) == ("Second title", "Amina")
