"""Status history on the device: every status change kept by the database itself (who, when,
why), the timeline of a record, and the time-to-sign figures read from it."""
from __future__ import annotations

import json

import peewee

import pytest

from models import agreements as A
from models import history
from models.base import set_current_user
from models.db import database
from support.agreements_fixtures import TODAY, make_agreement, make_pd, sign


def changes(record_id=None):
    sql = ("SELECT record_table, from_status, to_status, changed_by, reason FROM status_change "
           + ("WHERE record_id = ? " if record_id else "") + "ORDER BY changed_at, id")
    return database.execute_sql(sql, (record_id,) if record_id else ()).fetchall()


def test_a_pd_taken_to_active_by_three_people_keeps_each_step_and_author(db):
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
    assert changes(pd.id) == [
        ("programme_document", None, "draft", "Amina Drafter", ""),
        ("programme_document", "draft", "review", "Brian Reviewer", ""),
        ("programme_document", "review", "signature", "Brian Reviewer", ""),
        ("programme_document", "signature", "signed", "Chloe Signer", ""),
        ("programme_document", "signed", "active", "Dan Starter", "")]
    record, steps = history.of_reference(pd.reference)
    assert (record.table, record.id) == ("programme_document", pd.id)
    assert [(s.from_status, s.to_status, s.changed_by) for s in steps][-1] == (
        "signed", "active", "Dan Starter")
    assert all(s.changed_at.endswith("Z") for s in steps)


def test_a_refused_change_leaves_no_history_and_a_cancellation_keeps_its_reason(db):
    pd = make_pd(status="draft")
    before = changes(pd.id)
    with pytest.raises(Exception):
        A.transition(pd, "signed", today=TODAY)  # not allowed from draft
    assert changes(pd.id) == before
    A.transition(pd, "cancelled", reason="  Partner withdrew  ", today=TODAY)
    assert changes(pd.id)[-1][1:] == ("draft", "cancelled", "Test User", "Partner withdrew")


def test_a_save_that_keeps_the_status_is_not_a_change(db):
    pd = make_pd(status="draft")
    A.save_pd({"title": "Another title"}, pd_id=pd.id)
    assert len(changes(pd.id)) == 1


def test_automatic_transitions_and_raw_edits_are_recorded_too(db):
    pd = make_pd(status="signed")
    A.apply_automatic_transitions(today=TODAY)
    assert changes(pd.id)[-1][1:3] == ("signed", "active")
    database.execute_sql("UPDATE programme_document SET status = 'suspended', "
                         "updated_by = 'shell user' WHERE id = ?", (pd.id,))
    assert changes(pd.id)[-1][1:4] == ("active", "suspended", "shell user")


def test_history_rows_are_captured_for_sync_and_pulled_changes_write_none(db):
    pd = make_pd(status="draft")
    ops = database.execute_sql("SELECT op FROM outbox WHERE table_name = 'status_change'"
                               ).fetchall()
    assert ops == [("insert",)] * len(changes())
    database.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
    try:  # as the sync client applies HQ's changes: the origin's own row arrives by sync
        database.execute_sql("UPDATE programme_document SET status = 'review' WHERE id = ?",
                             (pd.id,))
    finally:
        database.execute_sql("UPDATE sync_control SET capture = 1 WHERE id = 1")
    assert changes(pd.id)[-1][2] == "draft"


def test_partnership_timeline_holds_its_phases_and_agreement_its_amendments(db):
    from support.cycle_fixtures import answers, partner, partnership
    from models.cycle.ops import save_phase
    pid = partnership([partner("Turkana Water Trust")])
    save_phase(pid, "i", status="in_progress", answers=answers("i"))
    ref = database.execute_sql("SELECT reference FROM partnership WHERE id = ?",
                               (pid,)).fetchone()[0]
    steps = history.of_reference(ref)[1]
    # created "proposed" (the default) is not a change; its first phase saved is
    assert [(s.part, s.from_status, s.to_status) for s in steps] == [("i", None, "in_progress")]
    agreement = make_agreement()
    amendment = A.create_amendment(agreement, ["administrative"])
    A.transition(amendment, "cancelled", reason="Started by mistake", today=TODAY)
    steps = history.of_reference(agreement.reference)[1]
    assert [(s.part, s.to_status, s.reason) for s in steps][-2:] == [
        (amendment.reference, "draft", ""), (amendment.reference, "cancelled",
                                             "Started by mistake")]


def test_an_unknown_reference_is_one_clear_message(db):
    with pytest.raises(Exception, match="No partnership, agreement or programme document"):
        history.of_reference("KEN/NOPE")


def test_history_rows_cannot_be_made_without_their_columns(db):
    with pytest.raises(peewee.IntegrityError):
        database.execute_sql("INSERT INTO status_change (id, office, record_table, record_id) "
                             "VALUES ('x', 'KEN', 'agreement', 'y')")


def _change(table, record_id, office, before, after, when, who="Someone"):
    database.execute_sql(
        "INSERT INTO status_change (id, office, record_table, record_id, from_status, to_status,"
        " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (f"{record_id}-{after}", office, table, record_id, before, after, who, when))


def _pd_story(record_id, office, submitted, reviewed, signed):
    _change("programme_document", record_id, office, None, "draft", "2026-01-01T08:00:00.000Z")
    _change("programme_document", record_id, office, "draft", "review", submitted)
    if reviewed:
        _change("programme_document", record_id, office, "review", "signature", reviewed)
    if signed:
        _change("programme_document", record_id, office, "signature", "signed", signed)


def test_time_to_sign_per_office_and_overall(db):
    _pd_story("a", "KEN", "2026-02-01T00:00:00.000Z", "2026-02-11T00:00:00.000Z",
              "2026-02-15T12:00:00.000Z")
    _pd_story("b", "KEN", "2026-03-01T00:00:00.000Z", "2026-03-31T00:00:00.000Z",
              "2026-04-02T00:00:00.000Z")
    _pd_story("c", "NGA", "2026-03-01T00:00:00.000Z", "2026-03-03T00:00:00.000Z", None)
    _pd_story("d", "NGA", "2026-03-01T00:00:00.000Z", "not a time", None)  # left out
    _change("agreement", "g", "NGA", None, "draft", "2026-01-01T00:00:00.000Z")
    _change("agreement", "g", "NGA", "draft", "signed", "2026-01-21T00:00:00.000Z")
    figures = {f.office: f.measures for f in history.timing()}
    assert list(figures) == ["KEN", "NGA", history.ALL_OFFICES]
    ken = figures["KEN"]
    assert (ken["submission_to_review"].count, ken["submission_to_review"].median_days) == (2, 20)
    assert ken["review_to_signature"].median_days == 3.2  # 4.5 and 2 days
    assert (ken["submission_to_signature"].shortest_days,
            ken["submission_to_signature"].longest_days) == (14.5, 32)
    nga = figures["NGA"]
    assert (nga["submission_to_review"].count, nga["review_to_signature"].count) == (1, 0)
    assert nga["review_to_signature"].median_days is None
    assert (nga["draft_to_signature"].count, nga["draft_to_signature"].median_days) == (1, 20)
    overall = figures[history.ALL_OFFICES]
    assert (overall["submission_to_review"].count,
            overall["submission_to_review"].median_days) == (3, 10)
    only = history.timing("NGA")
    assert [f.office for f in only] == ["NGA", history.ALL_OFFICES]


def test_time_to_sign_leaves_out_amendments_and_backwards_clocks(db):
    pd = make_pd(status="draft")
    database.execute_sql("UPDATE programme_document SET amendment_of = 'x' WHERE id = ?",
                         (pd.id,))
    _pd_story(pd.id, "KEN", "2026-02-01T00:00:00.000Z", "2026-02-11T00:00:00.000Z", None)
    _pd_story("z", "KEN", "2026-02-11T00:00:00.000Z", "2026-02-01T00:00:00.000Z", None)
    measures = history.timing()[-1].measures
    assert measures["submission_to_review"].count == 0


def test_the_commands_print_the_timeline_and_the_timing(db, capsys):
    from cli import main
    from models.db import close_database
    set_current_user("Amina Drafter")
    pd = make_pd(status="review")
    close_database()
    assert main(["list", "history", pd.reference, "--db", str(db), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reference"] == pd.reference
    assert [(s["from_status"], s["to_status"], s["changed_by"]) for s in out["steps"]] == [
        (None, "draft", "Amina Drafter"), ("draft", "review", "Amina Drafter")]
    assert main(["list", "history", pd.reference, "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "(created)" in text and "Amina Drafter" in text
    assert main(["list", "timing", "--db", str(db), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures[-1]["office"] == "*"
    assert figures[-1]["measures"]["draft_to_signature"]["count"] == 1  # the signed PCA
    assert main(["list", "timing", "--db", str(db), "--office", "ZZZ"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["list", "history", "KEN/NONE", "--db", str(db)]) == 2


@pytest.mark.parametrize("lang, heading", [("en", "Time to sign"), ("fr", "Délais de signature"),
                                           ("ar", None)])
def test_the_printed_hq_summary_ends_with_the_time_to_sign(db, tmp_path, capsys, lang, heading):
    import subprocess
    from cli import main
    from models.db import close_database
    _pd_story("a", "KEN", "2026-02-01T00:00:00.000Z", "2026-02-11T00:00:00.000Z",
              "2026-02-15T12:00:00.000Z")
    close_database()
    out = tmp_path / f"summary-{lang}.pdf"
    assert main(["print", "benchmarks-summary", "--year", "2026", "--db", str(db), "--lang",
                 lang, "--out", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    if heading:
        assert heading in text
        assert "10 (1)" in text and "14.5 (1)" in text  # median (count) of the one document
    else:  # right to left: the cell reads "(1) 10" from the left, with direction marks
        line = next(x for x in text.splitlines() if "14.5" in x)
        assert "KEN" in line and "10" in line.replace("14.5", "")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))
