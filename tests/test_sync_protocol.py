"""Sync through a real HQ server on loopback: enrollment, round trips, merge, conflicts, repair."""
from __future__ import annotations

import json

from models import sync_state
from models.directory import Person
from sync import protocol
from sync.client import sync

from support.sync_fixtures import device, edit, hq, hq_rows, rows  # noqa: F401
from support.raw import raw_connect


def _add_person(path, name="Amina Otieno", **extra):
    return edit(path, lambda: Person.create(office="KEN", name=name, **extra).id)


def _set(path, person_id, **values):
    """Change a person on the device at `path`, as that device's user."""
    def run():
        person = Person.get_by_id(person_id)
        for key, value in values.items():
            setattr(person, key, value)
        person.save()
    edit(path, run)


def test_noop_sync_is_one_small_round_trip(hq, tmp_path):
    path = device(hq, tmp_path, "a")
    result = sync(path, check=False)
    assert result.round_trips == 1
    assert result.bytes_sent + result.bytes_received < 2048
    assert (result.pushed, result.pulled) == (0, 0)


def test_insert_reaches_other_device_and_status_keys(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    pid = _add_person(a, email="amina@unicef.org")
    assert sync(a).pushed == 1
    assert sync(b).pulled >= 1
    assert [r[1:] for r in rows(b, "person", "id, name, email, version") if r[0] == pid] == [
        ("Amina Otieno", "amina@unicef.org", 1)]
    assert hq_rows(hq, "person")[pid]["email"] == "amina@unicef.org"
    con = raw_connect(a)
    keys = dict(con.execute("SELECT key, value FROM setting WHERE key LIKE 'sync.%'").fetchall())
    assert keys["sync.server"] == hq.url and keys["sync.last_success"] and \
        keys.get("sync.last_error") is None
    assert con.execute("SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0] == 0


def test_one_side_change_merges_without_conflict(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    pid = _add_person(a)
    sync(a), sync(b)
    _set(a, pid, title="WASH Specialist")
    _set(b, pid, email="amina@unicef.org")
    sync(a), sync(b), sync(a)
    for path in (a, b):
        got = [r for r in rows(path, "person", "id, title, email") if r[0] == pid]
        assert got == [(pid, "WASH Specialist", "amina@unicef.org")]
        assert edit(path, sync_state.conflicts) == []


def test_same_field_conflict_reaches_user_and_resolves(hq, tmp_path):
    a, b = device(hq, tmp_path, "a", user="Ann"), device(hq, tmp_path, "b", user="Ben")
    # Carol's device adds the person (a second edit by the record's last author carries its
    # author too since capture generator 2: tests/test_sync_flow_hostile.py)
    c = device(hq, tmp_path, "c", user="Carol")
    pid = _add_person(c)
    sync(c), sync(a), sync(b)
    _set(a, pid, title="Chief of WASH")
    _set(b, pid, title="Health Officer")
    sync(a)
    result = sync(b)
    assert result.conflicts == 1
    found = edit(b, sync_state.conflicts)
    assert len(found) == 1
    c = found[0]
    assert (c.field, c.mine, c.theirs, c.their_author) == ("title", "Health Officer",
                                                           "Chief of WASH", "Ann")
    assert c.label == "Amina Otieno"
    # HQ kept its value, and so does b until a person decides
    assert hq_rows(hq, "person")[pid]["title"] == "Chief of WASH"
    assert [r[1] for r in rows(b, "person", "id, title") if r[0] == pid] == ["Chief of WASH"]
    with hq.store.read() as tx:
        assert tx.one("SELECT field, device_author, hq_author FROM hq_conflict") == (
            "title", "Ben", "Ann")
    edit(b, lambda: sync_state.resolve(c.id, "mine"))
    sync(b), sync(a)
    assert hq_rows(hq, "person")[pid]["title"] == "Health Officer"
    assert [r[1] for r in rows(a, "person", "id, title") if r[0] == pid] == ["Health Officer"]
    assert edit(b, sync_state.conflicts) == []


def test_update_racing_delete_is_a_conflict_not_a_resurrection(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    pid = _add_person(a)
    sync(a), sync(b)
    edit(a, lambda: Person.get_by_id(pid).soft_delete())
    _set(b, pid, title="Late edit")
    sync(a)
    assert sync(b).conflicts >= 1
    assert hq_rows(hq, "person")[pid]["deleted"] == 1
    assert [r[1] for r in rows(b, "person", "id, deleted") if r[0] == pid] == [1]
    kinds = {c.kind for c in edit(b, sync_state.conflicts)}
    assert kinds == {"deleted"}


def test_resent_batch_is_applied_once(hq, tmp_path):
    import httpx
    a = device(hq, tmp_path, "a")
    pid = _add_person(a)
    con = raw_connect(a)
    token, dev = (con.execute("SELECT value FROM setting WHERE key = ?", (k,)).fetchone()[0]
                  for k in ("sync.token", "sync.device"))
    seq, fields = con.execute("SELECT seq, fields FROM outbox WHERE status = 'pending' AND "
                              "row_id = ?", (pid,)).fetchone()
    body = protocol.encode({"device": dev, "schema": 5, "cursor": 0,
                            "ops": [[seq, "person", pid, "insert", 0, "KEN", json.loads(fields)]]})
    headers = {"Authorization": f"Bearer {token}", "Content-Encoding": "zstd"}
    first = httpx.post(hq.url + protocol.API_SYNC, content=body, headers=headers).json()
    second = httpx.post(hq.url + protocol.API_SYNC, content=body, headers=headers).json()
    assert first["acks"] == second["acks"] == [{"s": seq, "v": 1}]
    sync(a)
    assert hq_rows(hq, "person")[pid]["version"] == 1


def test_checksum_mismatch_is_repaired(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    ids = [_add_person(a, name=f"Person {i}") for i in range(5)]
    sync(a), sync(b)
    con = raw_connect(b)  # lose a row behind the sync's back (capture off)
    con.execute("UPDATE sync_control SET capture = 0")
    con.execute("DELETE FROM person WHERE id = ?", (ids[2],))
    con.execute("UPDATE person SET version = 0 WHERE id = ?", (ids[3],))
    con.execute("UPDATE sync_control SET capture = 1")
    con.commit()
    result = sync(b, check=True)
    assert result.checked and result.repaired_offices == ["KEN"]
    assert {r[0] for r in rows(b, "person", "id")} >= set(ids)
    assert sync(b, check=True).repaired_offices == []


def test_delete_racing_an_edit_keeps_the_edited_record(hq, tmp_path):
    a, b = device(hq, tmp_path, "a", user="Ann"), device(hq, tmp_path, "b", user="Ben")
    pid = _add_person(a)
    sync(a), sync(b)
    _set(a, pid, title="Edited at the same time")
    edit(b, lambda: Person.get_by_id(pid).soft_delete())
    sync(a)
    assert sync(b).conflicts == 1
    assert hq_rows(hq, "person")[pid]["deleted"] == 0
    assert [r[1:] for r in rows(b, "person", "id, deleted, title") if r[0] == pid] == [
        (0, "Edited at the same time")]
    (c,) = edit(b, sync_state.conflicts)
    assert (c.kind, c.field, c.mine, c.theirs) == ("edited", "deleted", "1", "0")
    edit(b, lambda: sync_state.resolve(c.id, "mine"))  # delete it after all
    sync(b), sync(a)
    assert hq_rows(hq, "person")[pid]["deleted"] == 1
    assert [r[1] for r in rows(a, "person", "id, deleted") if r[0] == pid] == [1]


def test_same_reference_from_two_devices_is_renamed_not_lost(hq, tmp_path):
    from models.directory import Partner
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")

    def partner(name):
        return lambda: Partner.create(office="KEN", reference="KEN/PT/00013", legal_name=name,
                                      partner_type="cso").id
    first, second = edit(a, partner("Save the Children")), edit(b, partner("Plan International"))
    sync(a)
    assert sync(b).conflicts == 1
    sync(a)
    at_hq = hq_rows(hq, "partner")
    assert (at_hq[first]["reference"], at_hq[second]["reference"]) == ("KEN/PT/00013",
                                                                       "KEN/PT/00013-2")
    for path in (a, b):
        assert sorted(rows(path, "partner", "reference, legal_name")) == [
            ("KEN/PT/00013", "Save the Children"), ("KEN/PT/00013-2", "Plan International")]
    (c,) = edit(b, sync_state.conflicts)
    assert (c.kind, c.mine, c.theirs) == ("renamed", "KEN/PT/00013", "KEN/PT/00013-2")
    import pytest
    from models.errors import DomainError
    with pytest.raises(DomainError, match="used by another record"):
        edit(b, lambda: sync_state.resolve(c.id, "mine"))


def test_child_without_its_parent_is_stored_and_reported_by_check(hq, tmp_path):
    """Pulled rows are applied with foreign keys off (a parent may come later or belong to an
    office this device does not receive); `check` lists what still dangles."""
    from models import checks
    from models.directory import Partner, Partnership, PartnershipPartner
    h = device(hq, tmp_path, "h", offices=(), all_offices=True)
    k = device(hq, tmp_path, "k")

    def make():
        partner = Partner.create(office="NGA", reference="NGA/PT/1", legal_name="Mothers Union",
                                 partner_type="cso")
        ship = Partnership.create(office="KEN", reference="KEN/PS/1", title="Cross-border")
        PartnershipPartner.create(office="KEN", partnership=ship, partner=partner, role="lead")
    edit(h, make)
    sync(h)
    sync(k)
    assert len(rows(k, "partnership_partner")) == 1 and rows(k, "partner") == []
    problems = edit(k, checks.integrity)
    assert any("partnership_partner" in p and "partner" in p for p in problems)


def test_a_record_moved_to_another_office_is_not_left_stale(hq, tmp_path):
    h = device(hq, tmp_path, "h", offices=(), all_offices=True)
    k = device(hq, tmp_path, "k")
    pid = _add_person(h)
    sync(h), sync(k)
    _set(h, pid, office="NGA", title="Moved to Nigeria")
    sync(h)
    sync(k)
    assert [r[1] for r in rows(k, "person", "id, office") if r[0] == pid] == ["NGA"]
    assert sync(k, check=True).repaired_offices == []


def test_each_request_body_is_compressed_once(hq, tmp_path, monkeypatch):
    """The client sizes its next slice from the body it sent; it must not compress it again."""
    import threading
    a = device(hq, tmp_path, "a")
    for n in range(40):
        _add_person(a, name=f"Person {n}", title="Programme officer " * 8)
    mine, calls, real = threading.get_ident(), [], protocol.compress

    def counting(raw, encoding="zstd"):
        if threading.get_ident() == mine:  # the in-process HQ compresses its answers too
            calls.append((len(raw), encoding))
        return real(raw, encoding)

    monkeypatch.setattr(protocol, "compress", counting)
    result = sync(a, check=False)
    assert result.pushed == 40
    assert any(encoding == "zstd" and size > 2000 for size, encoding in calls), calls
    assert len(calls) == result.round_trips, calls


def test_an_op_is_named_and_digested_as_the_array_it_travels_as():
    """HQ keeps the digest of every applied op to spot a reused (device, seq): the named tuple
    must digest exactly as the wire array always did, or every resend after an upgrade would be
    refused as a reused number."""
    from sync.server.merge import digest
    from sync.server.validate import op
    raw = [3, "person", "01900000-0000-7000-8000-000000000001", "update", 1, "KEN",
           {"name": "Amina", "email": ""}]
    change = op(raw, 0)
    assert (change.seq, change.table, change.kind, change.base, change.office) == (
        3, "person", "update", 1, "KEN")
    assert change.fields == {"name": "Amina", "email": ""}
    assert json.loads(protocol.dumps(change)) == raw
    assert digest(change) == "5d83ac44ed832117"  # as HQ stored it before ops were named
