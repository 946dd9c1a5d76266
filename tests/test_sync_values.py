"""Issue 10, the values: one schema at HQ and on devices, bad rows set aside, hostile values,
exact decimals, content checksums, and a pulled row never lost to a reference clash.

Each test is named after the numbered finding of issue 10 it covers.
"""
from __future__ import annotations

import json
import sqlite3

import httpx
import pytest

from models import columns
from models.ids import utc_now, uuid7
from support.sync_fixtures import device, hq, hq_rows, rows  # noqa: F401 (fixture)
from sync import protocol
from sync.client import sync
from sync.server.merge import Batch, Device


SEQ = 10 ** 6  # ops posted by hand: far above the seqs of the device's own outbox


from test_sync_security import _setting as setting  # noqa: E402


def post(hq, path, ops, raw: bytes | None = None) -> httpx.Response:
    """A sync request with `ops` as the device at `path` would send it (or `raw` JSON text)."""
    body = raw or json.dumps({"device": setting(path, "sync.device"), "cursor": 0,
                              "ops": ops}).encode()  # \u escapes: lone surrogates travel too
    return httpx.post(hq.url + protocol.API_SYNC, content=body, timeout=30,
                      headers={"Authorization": f"Bearer {setting(path, 'sync.token')}"})


def refusal_of(response: httpx.Response, seq: int) -> str:
    """The reason HQ gave for the op `seq`: in its ack, or a 4xx naming it. Never a 5xx."""
    assert response.status_code < 500, response.text
    body = response.json()
    if response.status_code == 200:
        (ack,) = [a for a in body["acks"] if a["s"] == seq]
        assert "x" in ack, ack
        return ack["x"]
    assert 400 <= response.status_code < 500 and body.get("detail"), body
    assert body.get("seq") == seq or str(seq) in json.dumps(body), body
    return json.dumps(body)


def raw_sql(path, *statements):
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(*statement) if isinstance(statement, tuple) else con.execute(statement)
        con.commit()
    finally:
        con.close()


def add_partner(path, reference="KEN/PT/00001", **values) -> str:
    row_id = uuid7()
    data = {"id": row_id, "office": "KEN", "reference": reference, "legal_name": "Aid Org",
            "partner_type": "cso", "cso_type": "national", "updated_at": utc_now(), **values}
    raw_sql(path, (f"INSERT INTO partner ({', '.join(data)}) VALUES "
                   f"({', '.join('?' for _ in data)})", list(data.values())))
    return row_id


def held_rows(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT table_name, row_id, whole, waiting, reasons FROM sync_held "
                           "ORDER BY row_id").fetchall()
    finally:
        con.close()


def legacy_row(hq, table, row_id, data):
    """A row stored at HQ as an older HQ would have stored it: without checking its values."""
    with hq.store.write() as tx:
        batch = Batch(tx, Device("legacy-hq", frozenset(), True))
        batch.write_row(table, row_id, None, dict(data), "legacy")
        batch.finish()


# --- 1. One schema, enforced everywhere -------------------------------------------------------

POISON = [  # (field, value): what HQ accepted before, for a partner
    ("legal_name", None), ("legal_name", float("nan")), ("legal_name", float("inf")),
    ("deleted", 2), ("deleted", "yes"), ("deleted", float("nan")), ("partner_type", 123), ("partner_type", "pirate"), ("tags", "not json"),
    ("tags", '["cso", 5]'), ("contacts", '[{"name": 1}]'), ("bank_details", "[]"),
    ("risk_assessed_on", "0000-00-00"), ("risk_assessed_on", "2026-02-30"),
    ("due_diligence_status", None), ("notes", "a\x00b"), ("version", "x"),
]


@pytest.mark.parametrize("field,value", POISON)
def test_1_hq_refuses_a_value_its_column_refuses_naming_the_op(hq, tmp_path, field, value):
    a = device(hq, tmp_path, "a")
    b = device(hq, tmp_path, "b")
    good = {"office": "KEN", "reference": "KEN/PT/00001", "legal_name": "Aid Org",
            "partner_type": "cso", "updated_at": utc_now(), "updated_by": "a"}
    row_id = uuid7()
    after = [SEQ + 1, "person", uuid7(), "insert", 0, "KEN", {"name": "Next"}]
    response = post(hq, a, [[SEQ, "partner", row_id, "insert", 0, "KEN",
                             {**good, field: value}], after])
    assert field in refusal_of(response, SEQ)
    if response.status_code != 200:  # the request was refused for that op: the rest goes again
        assert post(hq, a, [after]).status_code == 200
    assert row_id not in hq_rows(hq, "partner")
    assert sync(b).pulled >= 1  # the good op after it went through
    assert row_id not in {r[0] for r in rows(b, "partner", "id")}


def test_1_a_device_lists_its_refused_poison_and_the_others_never_get_it(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    pid = add_partner(a)
    sync(a), sync(b)
    # raw edits SQLite allows but the column definitions refuse, one op each
    for sql in ("UPDATE partner SET deleted = 2", "UPDATE partner SET partner_type = 123",
                "UPDATE partner SET tags = 'not json'", "UPDATE partner SET "
                "risk_assessed_on = '0000-00-00'", "UPDATE partner SET legal_name = ''"):
        raw_sql(a, sql)
    result = sync(a)
    assert result.rejected == 4 and result.pushed == 1  # legal_name '' is text: allowed
    con = sqlite3.connect(a)
    errors = [r[0] for r in con.execute("SELECT error FROM outbox WHERE status = 'rejected' "
                                        "ORDER BY seq")]
    restored = con.execute("SELECT deleted, partner_type, tags, risk_assessed_on FROM partner"
                           ).fetchone()
    con.close()
    assert ["deleted must be 0 or 1" in errors[0], "partner_type must be one of" in errors[1],
            "tags is not valid JSON" in errors[2], "risk_assessed_on" in errors[3]] == [True] * 4
    assert restored == (0, "cso", "[]", None)  # HQ's values put back
    sync(b)
    assert rows(b, "partner", "deleted, partner_type, tags, legal_name") == [
        (0, "cso", "[]", "")]
    assert hq_rows(hq, "partner")[pid]["partner_type"] == "cso"


def test_1_a_pulled_bad_row_is_set_aside_the_rest_applied_and_stored_once_fixed(hq, tmp_path):
    b = device(hq, tmp_path, "b")
    bad, bad_field, good = uuid7(), uuid7(), uuid7()
    base = {"office": "KEN", "partner_type": "cso", "updated_at": utc_now(), "deleted": 0}
    legacy_row(hq, "partner", bad, {**base, "reference": "R1", "legal_name": None})
    legacy_row(hq, "partner", bad_field, {**base, "reference": "R2", "legal_name": "Two",
                                          "tags": "{broken"})
    legacy_row(hq, "partner", good, {**base, "reference": "R3", "legal_name": "Three"})
    result = sync(b)
    assert result.held == 2
    stored = {r[0]: r[1:] for r in rows(b, "partner", "id, legal_name, tags")}
    assert stored[good] == ("Three", "[]") and stored[bad_field] == ("Two", "[]")
    assert bad not in stored
    from models import checks
    from support.sync_fixtures import edit
    problems = edit(b, checks.run)
    assert any(bad in p and "legal_name is required" in p for p in problems), problems
    assert any(bad_field in p and "tags is not valid JSON" in p for p in problems), problems
    assert sync(b, check=True).repaired_offices == []  # set aside is not a mismatch
    assert sync(b).held == 0  # nothing new: syncing goes on
    # someone fixes the rows at HQ: the device stores them
    a = device(hq, tmp_path, "a")
    raw_sql(a, ("UPDATE partner SET tags = '[\"cso\"]' WHERE id = ?", (bad_field,)))
    post(hq, a, [[SEQ, "partner", bad, "update", 1, "KEN", {"legal_name": "One"}]])
    sync(a), sync(b)
    stored = {r[0]: r[1:] for r in rows(b, "partner", "id, legal_name, tags")}
    assert stored[bad] == ("One", "[]") and stored[bad_field] == ("Two", '["cso"]')
    assert held_rows(b) == []
    assert sync(b, check=True).repaired_offices == []


# --- 9. HQ never 500s on a hostile value: each refusal names its op ---------------------------

HOSTILE = [  # (row id, fields) of one op, or raw JSON text of its fields
    ("\ud800", {"name": "lone surrogate in the row id"}),
    ("p-surrogate-field", {"name": "ok", "\udfff": 1}),
    ("p-surrogate-value", {"name": "a\ud83dz"}),
    ("p-nul", {"name": "a\x00b"}),
    ("p-huge", {"name": "x", "deleted": 10 ** 30}),
    ("p-huge2", {"name": "x", "deleted": 2 ** 60}),
    ("p-huge-float", {"name": 1e308}),
    ("p-neg", {"name": "x", "title": -1e308}),
    ("p-list", {"name": ["a"]}),
    ("p-object", {"name": {"a": 1}}),
    ("p-deleted-x", {"name": "x", "deleted": "x"}),
    ("p-deleted-true", {"name": "x", "deleted": True}),
    ("p-role", {"name": "x", "role": 7}),
    ("p-long", {"name": "x" * (columns.MAX_TEXT + 1)}),
    ("p-version", {"name": "x", "version": "two"}),
    ("p-updated", {"name": "x", "updated_at": None}),
    ("x" * 65, {"name": "id too long"}),
]
RAW = ['{"name": NaN}', '{"name": Infinity}', '{"name": -Infinity}', '{"name": 1e999}',
       '{"name": "\\udc00"}', '{"name": 12345678901234567890123456789012345678901234567890}']


@pytest.mark.parametrize("row_id,fields", HOSTILE)
def test_9_hostile_values_get_a_refusal_naming_the_op_never_a_500(hq, tmp_path, row_id,
                                                                   fields):
    a = device(hq, tmp_path, "a")
    before = hq_rows(hq, "person")
    response = post(hq, a, [[SEQ, "person", row_id, "insert", 0, "KEN", fields]])
    assert refusal_of(response, SEQ)
    assert hq_rows(hq, "person") == before


@pytest.mark.parametrize("text", RAW)
def test_9_hostile_json_numbers_and_escapes_never_give_a_500(hq, tmp_path, text):
    a = device(hq, tmp_path, "a")
    before = hq_rows(hq, "person")
    raw = (f'{{"device": "{setting(a, "sync.device")}", "cursor": 0, "ops": [[{SEQ}, "person", '
           f'"p-raw", "insert", 0, "KEN", {text}]]}}').encode()
    response = post(hq, a, None, raw=raw)
    assert response.status_code < 500, response.text
    if response.status_code == 200:
        assert refusal_of(response, SEQ)
    assert hq_rows(hq, "person") == before


# --- 10. A pulled row never dropped by a reference clash --------------------------------------

def test_10_pulled_row_clashing_with_a_local_row_in_a_later_slice_is_kept(hq, tmp_path,
                                                                         monkeypatch):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    theirs = add_partner(b, legal_name="B's partner")
    sync(b)
    # on a: an unrelated change first, then a partner with the same reference; one op per slice
    raw_sql(a, ("INSERT INTO person (id, office, name) VALUES (?, 'KEN', 'First')", (uuid7(),)))
    mine = add_partner(a, legal_name="A's partner")
    monkeypatch.setattr(protocol, "PUSH_TARGET", 10)
    result = sync(a, check=False)
    assert result.pushed == 2 and result.held == 1  # set aside while mine was unsent
    stored = {r[0]: r[1:] for r in rows(a, "partner", "id, reference, legal_name")}
    assert stored[theirs] == ("KEN/PT/00001", "B's partner")
    assert stored[mine] == ("KEN/PT/00001-2", "A's partner")  # HQ renamed the later one
    assert held_rows(a) == []
    assert {r[0] for r in rows(b, "partner", "id")} == {theirs}
    sync(b)
    assert rows(a, "partner", "id, reference") == rows(b, "partner", "id, reference")
    assert sync(a, check=True).repaired_offices == []


def test_10_a_local_row_that_will_never_be_sent_yields_its_reference(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    mine = add_partner(a, legal_name="Refused here")
    raw_sql(a, "UPDATE outbox SET status = 'rejected', error = 'test' WHERE table_name = "
               "'partner'")
    theirs = add_partner(b)
    sync(b), sync(a)
    stored = {r[0]: r[1] for r in rows(a, "partner", "id, reference")}
    assert stored == {theirs: "KEN/PT/00001", mine: "KEN/PT/00001-local"}
    con = sqlite3.connect(a)
    assert con.execute("SELECT kind, field FROM sync_conflict WHERE row_id = ?",
                       (mine,)).fetchall() == [("renamed", "reference")]
    con.close()


# --- 11. Exact values, content checksums ------------------------------------------------------

def _pd(path, **values) -> str:
    row_id = uuid7()
    data = {"id": row_id, "office": "KEN", "reference": f"PD-{row_id[-6:]}", "agreement_id": "x",
            "title": "Cash for education", "updated_at": utc_now(), **values}
    raw_sql(path, (f"INSERT INTO programme_document ({', '.join(data)}) VALUES "
                   f"({', '.join('?' for _ in data)})", list(data.values())))
    return row_id


def test_11_decimals_travel_exactly_and_drift_is_repaired(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    pd = _pd(a, management_costs=2 / 3, outstanding_amount=0.1 + 0.2)
    sync(a), sync(b)
    assert hq_rows(hq, "programme_document")[pd]["management_costs"] == "0.6666666666666666"
    for path in (a, b):
        assert rows(path, "programme_document", "management_costs, outstanding_amount") == [
            (2 / 3, 0.30000000000000004)]
    raw_sql(a, ("UPDATE programme_document SET management_costs = ? WHERE id = ?",
                (12345678901.015, pd)))
    sync(a), sync(b)
    assert rows(b, "programme_document", "management_costs") == [(12345678901.015,)]
    # a value that drifts under one version (capture off, as a bug would) is found and repaired
    raw_sql(b, "UPDATE sync_control SET capture = 0",
            "UPDATE programme_document SET management_costs = 0.666666666666667",
            "UPDATE sync_control SET capture = 1")
    assert sync(b, check=True).repaired_offices == ["KEN"]
    assert rows(b, "programme_document", "management_costs") == [(12345678901.015,)]


def test_11_updated_at_is_the_same_on_the_device_and_at_hq(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    pid = add_partner(a)
    sync(a), sync(b)
    # both set the same value: HQ applies nothing of b's op, and b must take HQ's audit values
    raw_sql(a, ("UPDATE partner SET notes = 'same', updated_at = '2026-01-01T00:00:00.000Z', "
                "updated_by = 'Ann'",))
    raw_sql(b, ("UPDATE partner SET notes = 'same', updated_at = '2026-01-02T00:00:00.000Z', "
                "updated_by = 'Ben'",))
    sync(a), sync(b)
    at_hq = hq_rows(hq, "partner")[pid]
    for path in (a, b):
        assert rows(path, "partner", "updated_at, updated_by") == [
            (at_hq["updated_at"], at_hq["updated_by"])]
    assert sync(b, check=True).repaired_offices == []


def test_11_an_edit_of_the_audit_stamp_alone_keeps_the_stamp_hq_has(hq, tmp_path):
    """A form saved unchanged bumps updated_at but sends nothing (not a change): the stamp is
    given back (capture generator 2), or the device would differ from HQ for good."""
    a = device(hq, tmp_path, "a")
    pid = add_partner(a)
    sync(a)
    raw_sql(a, "UPDATE partner SET updated_at = '2030-01-01T00:00:00.000Z', updated_by = 'x'")
    at_hq = hq_rows(hq, "partner")[pid]
    assert rows(a, "partner", "updated_at, updated_by") == [
        (at_hq["updated_at"], at_hq["updated_by"])]
    assert sync(a, check=True).repaired_offices == []


def test_1_the_column_definitions_are_the_synced_schema_and_the_demo_passes(tmp_path):
    """One schema: the definitions (from the models) cover exactly the tables and columns that
    have change capture after the migrations, and every value of a demo database passes them."""
    from sync.server.schema import synced_tables
    defined = columns.columns()
    assert {t: set(c) for t, c in defined.items()} == {
        t: set(c) for t, c in synced_tables().items()}
    from models import checks, demo
    from models.db import close_database, open_database
    open_database(tmp_path / "demo.db")
    try:
        demo.build(partnerships=60, seed=3)
        assert checks.values() == []
    finally:
        close_database()
