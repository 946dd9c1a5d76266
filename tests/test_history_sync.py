"""Status history across devices and HQ's append-only history of every accepted version, with a
real HQ on a loopback port (SQLite and PostgreSQL stores): a PD taken from draft to signed to
active by different people shows each step and its author on a second device after sync and in
the timing report; HQ shows the record as it was at a date and restores a mistaken change as a
new version that reaches the devices."""
from __future__ import annotations

import json

import pytest

from cli import main
from models import agreements as A, history
from models.base import set_current_user
from support.agreements_fixtures import TODAY, make_agreement, make_pd, sign
from support.pg_support import pg_server, pg_url  # noqa: F401 (fixtures)
from support.raw import raw_connect
from support.sync_fixtures import ServerThread, device, edit, hq, hq_rows  # noqa: F401
from sync.client import sync
from sync.server import admin, history as hq_history

STEPS = [(None, "draft", "Amina Drafter"), ("draft", "review", "Brian Reviewer"),
         ("review", "signature", "Brian Reviewer"), ("signature", "signed", "Chloe Signer"),
         ("signed", "active", "Dan Starter")]


def _pd_by_three_people():
    agreement = make_agreement()
    set_current_user("Amina Drafter")
    pd = make_pd(agreement, status="draft")
    set_current_user("Brian Reviewer")
    A.transition(pd, "review", today=TODAY)
    A.transition(pd, "signature", today=TODAY)
    set_current_user("Chloe Signer")
    sign(pd)
    set_current_user("Dan Starter")
    A.transition(pd, "active", today=TODAY)
    return pd.reference, pd.id


def _steps(reference):
    return [(s.from_status, s.to_status, s.changed_by)
            for s in history.of_reference(reference)[1]]


def _story(server, tmp_path, capsys):
    first = device(server, tmp_path, "first")
    second = device(server, tmp_path, "second")
    reference, pd_id = edit(first, _pd_by_three_people)
    sync(first, server.url)
    sync(second, server.url)
    assert edit(second, lambda: _steps(reference)) == STEPS
    figures = edit(second, lambda: history.timing("KEN"))
    ken = figures[0].measures
    assert figures[0].office == "KEN"
    assert ken["submission_to_review"].count == ken["review_to_signature"].count == 1
    assert ken["draft_to_signature"].count == 1  # the PCA, drafted and signed on the first

    # HQ kept every version of the PD, each with its author and device
    versions = hq_history.versions(server.store, reference)
    assert [v.version for v in versions] == list(range(1, len(versions) + 1))
    assert [v.data["status"] for v in versions][-1] == "active"
    assert {v.author for v in versions} >= {"Amina Drafter", "Chloe Signer", "Dan Starter"}
    assert {v.device for v in versions} == {versions[0].device} and versions[0].device

    # a mistaken change on the second device: the PD suspended by mistake
    def mistake():
        set_current_user("Eve Mistaken")
        A.transition(A.get_pd(pd_id), "suspended", today=TODAY)
    edit(second, mistake)
    sync(second, server.url)
    good = versions[-1]
    assert hq_history.as_at(server.store, pd_id, good.accepted_at).data["status"] == "active"
    assert hq_history.as_at(server.store, reference, "2999-01-01").data["status"] == "suspended"
    with pytest.raises(Exception, match="history starts at"):
        hq_history.as_at(server.store, reference, "2000-01-01")

    # the command line shows it as it was, then restores that version: a new one, not a rewrite
    url = str(server.store.url)
    assert main(["hq", "history", reference, "--at", good.accepted_at, "--json",
                 "--hq-db", url]) == 0
    assert json.loads(capsys.readouterr().out)["data"]["status"] == "active"
    count = len(hq_history.versions(server.store, reference))
    assert main(["hq", "restore", reference, "--version", str(good.version), "--by",
                 "Fatima HQ", "--hq-db", url]) == 0
    assert "restored as version" in capsys.readouterr().out
    after = hq_history.versions(server.store, reference)
    assert len(after) == count + 1 and after[-1].author == "Fatima HQ"
    assert after[count - 1].data["status"] == "suspended"  # the mistake stays in the history
    assert hq_rows(server, "programme_document")[pd_id]["status"] == "active"
    assert main(["hq", "restore", reference, "--version", str(good.version),
                 "--hq-db", url]) == 2  # already so: one clear line
    assert "nothing to restore" in capsys.readouterr().err

    # both devices get the restored version, and the timeline says HQ put it back
    for path in (first, second):
        sync(path, server.url)
        pd = edit(path, lambda: A.get_pd(pd_id))
        assert (pd.status, pd.updated_by) == ("active", "Fatima HQ")
        steps = edit(path, lambda: history.of_reference(reference)[1])
        assert [(s.from_status, s.to_status, s.changed_by) for s in steps[-2:]] == [
            ("active", "suspended", "Eve Mistaken"), ("suspended", "active", "Fatima HQ")]
        assert steps[-1].reason == f"Restored at HQ to version {good.version}"


def test_history_syncs_and_hq_restores_on_sqlite(hq, tmp_path, capsys):
    _story(hq, tmp_path, capsys)


def test_history_syncs_and_hq_restores_on_postgresql(pg_url, tmp_path, capsys):  # noqa: F811
    server = ServerThread(pg_url)
    assert server.store.pg
    try:
        admin.add_office(server.store, "KEN", "Kenya Country Office", "KEN")
        _story(server, tmp_path, capsys)
    finally:
        server.stop()


def test_hq_history_refuses_bad_input_in_one_line(hq, capsys):
    url = str(hq.store.url)
    assert main(["hq", "history", "KEN/NOPE", "--hq-db", url]) == 2
    assert main(["hq", "history", "KEN/NOPE", "--at", "yesterday", "--hq-db", url]) == 2
    assert main(["hq", "restore", "KEN/NOPE", "--version", "1", "--hq-db", url]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 3 and "Traceback" not in err
    assert "no record with the reference" in err and "is not a date" in err


def test_hq_history_begins_with_the_versions_the_store_held(tmp_path):
    """A store made before the history step: each row's current version is kept as found when
    history began (author and device unknown), and every later version with who and when."""
    from sync.server import migrations
    from sync.server.merge import Batch, Device
    from sync.server.store import Store
    url = tmp_path / "old-hq.db"
    before = next(n for n, step in migrations.STEPS.items() if step is migrations.STEP_HISTORY) - 1
    old = Store(url, schema=before)
    with old.write() as tx:
        tx.run("INSERT INTO hq_row (tbl, id, office, version, seq, deleted, data, meta) VALUES "
               "('person', 'p1', 'KEN', 3, 1, 0, '{\"name\":\"Old Name\",\"office\":\"KEN\"}', "
               "'{}')")
        tx.run("UPDATE hq_counter SET value = 1 WHERE id = 1")
    old.close()
    store = Store(url)
    try:
        found = hq_history.versions(store, "p1")
        assert [(v.version, v.author, v.device, v.data["name"]) for v in found] == [
            (3, "", "", "Old Name")]
        with store.write() as tx:
            row = __import__("sync.server.merge", fromlist=["_load"])._load(tx, "person", "p1")
            batch = Batch(tx, Device("d9", frozenset({"KEN"}), False))
            batch.write_row("person", "p1", row, {"name": "New Name"}, "Grace")
            batch.finish()
        found = hq_history.versions(store, "p1")
        assert [(v.version, v.author, v.device, v.data["name"]) for v in found] == [
            (3, "", "", "Old Name"), (4, "Grace", "d9", "New Name")]
        assert found[0].accepted_at <= found[1].accepted_at
        assert hq_history.as_at(store, "p1", found[0].accepted_at).data["name"] == "Old Name"
    finally:
        store.close()


def test_hq_refuses_an_edit_of_the_history_and_the_device_sets_it_aside(hq, tmp_path):
    first = device(hq, tmp_path, "first")
    reference, pd_id = edit(first, lambda: (make_pd(status="review").reference, None))
    sync(first, hq.url)
    con = raw_connect(first)
    with con:
        con.execute("UPDATE status_change SET changed_by = 'Someone Else', reason = 'forged' "
                    "WHERE to_status = 'review'")
        con.execute("UPDATE status_change SET deleted = 1 WHERE to_status = 'draft' AND "
                    "record_table = 'programme_document'")
    con.close()
    result = sync(first, hq.url)
    assert result.rejected == 2
    kept = {r["to_status"]: r for r in hq_rows(hq, "status_change").values()
            if r["record_table"] == "programme_document"}
    assert kept["review"]["reason"] == "" and kept["review"]["changed_by"] == "first"
    assert kept["draft"]["deleted"] == 0
    refused = edit(first, lambda: __import__("models.sync_state", fromlist=["refused"]).refused())
    assert sum("never edited or deleted" in r.error for r in refused) == 2
