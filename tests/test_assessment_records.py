"""Self-assessment records: schema, the set an assessment is tied to, disagreement, locking,
frozen figures, last year's rating, actions, attachments, alerts, invariants, change capture."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from models import alerts, assessment, checks
from models.alerts import AlertQuery
from models.assessment import (MODELS as ASSESSMENT_MODELS, Benchmark, BenchmarkSet, benchmarks,
                               evidence as benchmarks_evidence)
from models.assessment.benchmarks import MODELS as BENCHMARK_MODELS
from models.db import database
from models.errors import DomainError, ValidationError
from models.files import read_verified
from support.assessment_helpers import TODAY, days, known_office, partnership, rows


def _rate_all(a_id, ratings, evidence="Checked against the partnership files."):
    for item in assessment.overview_by_id(a_id, TODAY).items:
        assessment.save_rating(a_id, item.benchmark.id, ratings[item.benchmark.code], evidence)


def test_models_and_migration_agree(db):
    for model in BENCHMARK_MODELS + ASSESSMENT_MODELS:
        table = model._meta.table_name
        columns = {r[1]: r for r in rows(f'PRAGMA table_info("{table}")')}
        fields = {f.column_name: f for f in model._meta.sorted_fields}
        assert set(columns) == set(fields), table
        for name, field in fields.items():
            _cid, _name, _type, notnull, default, _pk = columns[name]
            assert bool(notnull) == (not field.null), (table, name)
            if field.default is not None and name not in ("id", "updated_at"):
                value = field.default() if callable(field.default) else field.default
                expected = field.db_value(value)
                expected = int(expected) if isinstance(expected, bool) else expected
                assert str(default).strip("'") == str(expected), (table, name, default)
        indexes = {r[1] for r in rows(f'PRAGMA index_list("{table}")')}
        for index in model._meta.fields_to_index():
            assert index._name in indexes, (table, index._name)


def test_default_set_has_the_six_benchmarks(db):
    chosen = benchmarks.set_in_force(2026)
    found = benchmarks.benchmarks_of(chosen.id)
    assert [b.code for b in found] == ["B1", "B2", "B3", "B4", "B5", "B6"]
    assert all(b.rule in benchmarks_evidence.RULES for b in found)
    assert found[0].scale == ("met", "partly_met", "not_met")


def test_an_assessment_stays_tied_to_its_set_when_hq_issues_a_new_one(db):
    first = assessment.start("KEN", 2026, TODAY)
    new = BenchmarkSet.create(office="HQ", identifier="PB-DEFAULT", edition=2, year=2026,
                              issuer="HQ", title="Revised")
    Benchmark.create(office="HQ", benchmark_set=new, code="B1", position=1, title="Mapped",
                     rule="landscape_mapped")
    with pytest.raises(peewee.IntegrityError):  # identifier + edition is unique
        BenchmarkSet.create(office="HQ", identifier="PB-DEFAULT", edition=2, year=2027)
    database.rollback() if database.in_transaction() else None
    assert assessment.find("KEN", 2026).set_id == first.set_id != new.id
    assert len(assessment.overview("KEN", 2026, today=TODAY).items) == 6
    from support.assessment_helpers import office
    office("NGA", "WCARO")
    assert assessment.start("NGA", 2026, TODAY).set_id == new.id
    assert [i.benchmark.code for i in assessment.overview("NGA", 2026, today=TODAY)
            .items] == ["B1"]
    assert assessment.start("NGA", 2025, TODAY).set_id == first.set_id  # older year, older set


def test_disagreement_between_rating_and_data(db):
    known_office()
    a = assessment.start("KEN", 2026, TODAY)
    b1 = assessment.overview_by_id(a.id, TODAY).items[0]
    assessment.save_rating(a.id, b1.benchmark.id, "met", "")
    item = assessment.overview_by_id(a.id, TODAY).items[0]
    assert item.data_rating == "partly_met" and item.disagrees
    assessment.save_rating(a.id, b1.benchmark.id, "partly_met", "")
    assert not assessment.overview_by_id(a.id, TODAY).items[0].disagrees


def test_submit_needs_every_rating_and_an_explanation_where_data_disagrees(db):
    known_office()
    a = assessment.start("KEN", 2026, TODAY)
    with pytest.raises(ValidationError) as refused:
        assessment.submit(a.id, TODAY)
    assert set(refused.value.errors) == {"B1", "B2", "B3", "B4", "B5", "B6"}
    _rate_all(a.id, {"B1": "met", "B2": "not_met", "B3": "not_met", "B4": "not_met",
                     "B5": "partly_met", "B6": "partly_met"}, evidence="")
    with pytest.raises(ValidationError) as refused:
        assessment.submit(a.id, TODAY)
    assert list(refused.value.errors) == ["B1"] and "explain why" in refused.value.errors["B1"]
    b1 = assessment.overview_by_id(a.id, TODAY).items[0].benchmark.id
    assessment.save_rating(a.id, b1, "met", "The landscape map of 2026 covers all partners.")
    assert assessment.submit(a.id, TODAY).status == "submitted"


def test_submit_locks_and_freezes_the_figures(db):
    parts = known_office()
    a = assessment.start("KEN", 2026, TODAY)
    _rate_all(a.id, dict.fromkeys(["B1", "B2", "B3", "B4", "B5", "B6"], "met"))
    assessment.save_action(a.id, {"action": "Sign MoUs", "owner": "Amina", "due_date": days(-30)})
    assessment.submit(a.id, TODAY)
    first = assessment.overview_by_id(a.id, TODAY).items
    with pytest.raises(DomainError, match="locked"):
        assessment.save_rating(a.id, first[0].benchmark.id, "not_met", "")
    with pytest.raises(DomainError, match="locked"):
        assessment.save_action(a.id, {"action": "More", "owner": "X", "due_date": days(-5)})
    action = assessment.actions(a.id)[0]
    assessment.save_action(a.id, {"action": "changed", "owner": "Y", "due_date": days(1),
                                  "done": True}, action.id)
    after = assessment.actions(a.id)[0]
    assert after.done and after.action == "Sign MoUs"  # only progress changes once locked
    database.execute_sql("UPDATE partnership SET formality = 'legal', results = 'x', "
                         "focal_point_id = (SELECT id FROM person LIMIT 1)")
    frozen = assessment.overview_by_id(a.id, TODAY).items
    assert frozen[2].data_text == first[2].data_text == (
        "1 of 4 active partnerships have a focal point and a written agreement with defined "
        "results (25 %).")
    assert frozen[2].disagrees  # met, while the data showed not met
    assert parts["p1"].id
    assessment.acknowledge(a.id)
    with pytest.raises(DomainError):
        assessment.acknowledge(a.id)
    assert assessment.reopen(a.id).status == "draft"


def test_last_years_rating_beside_this_years(db):
    last = assessment.start("KEN", 2025, TODAY)
    _rate_all(last.id, {"B1": "not_met", "B2": "met", "B3": "met", "B4": "partly_met",
                        "B5": "met", "B6": "met"})
    assessment.submit(last.id, TODAY)
    now = assessment.overview("KEN", 2026, today=TODAY)
    assert [i.last_year_rating for i in now.items][:2] == ["not_met", "met"]
    assert now.last_year_status == "submitted" and all(i.rating == "" for i in now.items)


def test_actions_are_validated_and_come_back_as_alerts(db):
    a = assessment.start("KEN", 2026, TODAY)
    with pytest.raises(ValidationError) as refused:
        assessment.save_action(a.id, {"action": " ", "owner": "", "due_date": "30/06/2026"})
    assert set(refused.value.errors) == {"action", "owner", "due_date"}
    with pytest.raises(ValidationError, match="benchmark of this assessment"):
        assessment.save_action(a.id, {"action": "x", "owner": "y", "due_date": days(1),
                                      "benchmark": "another-set"})
    b1 = assessment.overview_by_id(a.id, TODAY).items[0].benchmark.id
    late = assessment.save_action(a.id, {"action": "Map partners", "owner": "Amina",
                                         "due_date": days(3), "benchmark": b1})
    soon = assessment.save_action(a.id, {"action": "Sign MoUs", "owner": "John",
                                         "due_date": days(-10)})
    assessment.save_action(a.id, {"action": "Far away", "owner": "John", "due_date": days(-90)})
    found = {x.record_id: x for x in alerts.collect(AlertQuery(today=TODAY))
             if x.kind == "assessment_action_due"}
    assert set(found) == {late.id, soon.id}
    assert found[late.id].severity == "overdue" and found[soon.id].severity == "due"
    assert found[late.id].reference == "KEN 2026 B1"
    assessment.save_action(a.id, {"action": "Map partners", "owner": "Amina",
                                  "due_date": days(3), "done": True}, late.id)
    assert late.id not in {x.record_id for x in alerts.collect(AlertQuery(today=TODAY))}
    assert assessment.locate("assessment_action", late.id) == ("KEN", 2026, b1)


def test_not_done_this_year_alert(db):
    october = dt.date(2026, 10, 2)
    found = [x for x in alerts.collect(AlertQuery(today=october))
             if x.kind == "self_assessment_not_done"]
    assert [(x.office, x.severity, x.record_id) for x in found] == [("KEN", "due", "KEN/2026")]
    assert assessment.locate("assessment", "KEN/2026") == ("KEN", 2026, "")
    a = assessment.start("KEN", 2026, october)
    found = [x for x in alerts.collect(AlertQuery(today=october, office="KEN"))
             if x.kind == "self_assessment_not_done"]
    assert [x.record_id for x in found] == [a.id]
    _rate_all(a.id, dict.fromkeys(["B1", "B2", "B3", "B4", "B5", "B6"], "met"))
    assessment.submit(a.id, october)
    assert not [x for x in alerts.collect(AlertQuery(today=october))
                if x.kind == "self_assessment_not_done"]


def test_invariants_find_planted_problems(db):
    a = assessment.start("KEN", 2026, TODAY)
    assert checks.invariants() == []
    database.execute_sql("UPDATE assessment_rating SET rating = 'excellent' WHERE id IN "
                         "(SELECT id FROM assessment_rating LIMIT 1)")
    database.execute_sql("UPDATE assessment SET status = 'submitted' WHERE id = ?", (a.id,))
    found = " | ".join(checks.invariants())
    assert "rating outside the scale: KEN 2026" in found
    assert "benchmark not rated: KEN 2026" in found
    assert "without a submission time: KEN 2026" in found


def test_edits_are_captured_for_sync_and_attachments_kept_by_hash(db, tmp_path):
    a = assessment.start("KEN", 2026, TODAY)
    b1 = assessment.overview_by_id(a.id, TODAY).items[0].benchmark.id
    before = rows("SELECT count(*) FROM outbox WHERE table_name = 'assessment_rating'")[0][0]
    assessment.save_rating(a.id, b1, "met", "Map of 2026")
    ops = rows("SELECT op, fields FROM outbox WHERE table_name = 'assessment_rating' "
               "ORDER BY seq")
    assert len(ops) == before + 1 and ops[-1][0] == "update" and '"rating":"met"' in ops[-1][1]
    assert rows("SELECT count(*) FROM outbox WHERE table_name = 'benchmark'")[0][0] == 0
    doc = tmp_path / "landscape map.pdf"
    doc.write_bytes(b"%PDF-1.4 map")
    item = assessment.attach(a.id, b1, doc)
    sha = item["sha256"]  # kept like every attachment: <db>.files/ab/abcdef... (models/files.py)
    assert read_verified(sha, db) == b"%PDF-1.4 map"
    assert b"%PDF-1.4 map" not in (db.parent / f"{db.name}.files" / sha[:2] / sha).read_bytes()
    assert assessment.attachments_of(a.id, b1) == [item]
    with pytest.raises(DomainError, match="not a file"):
        assessment.attach(a.id, b1, tmp_path / "missing.pdf")


def test_refusals_speak_to_the_user(db):
    with pytest.raises(DomainError, match="not set up"):
        assessment.start("XXX", 2026, TODAY)
    with pytest.raises(DomainError, match="out of range"):
        assessment.start("KEN", 1990, TODAY)
    partnership("KEN")
    a = assessment.start("KEN", 2026, TODAY)
    assert assessment.start("KEN", 2026, TODAY).id == a.id  # one per office and year
    with pytest.raises(ValidationError):
        assessment.save_rating(a.id, "nope", "great", "")


def test_texts_from_models_are_listed_for_translation():
    from models.assessment.migrations import DEFAULT_BENCHMARKS
    from ui.assessment.strings import STRINGS
    wanted = set(benchmarks.RATINGS.values())
    for rule in benchmarks_evidence.RULES.values():
        wanted |= {rule.template, rule.empty}
    for _code, title, guidance, _rule in DEFAULT_BENCHMARKS:
        wanted |= {title, guidance}
    assert wanted <= set(STRINGS)


def test_a_set_arriving_from_headquarters_is_used_and_not_echoed(db):
    """The sync client applies HQ's rows with capture paused; the new edition then applies."""
    database.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
    database.execute_sql("INSERT INTO benchmark_set (id, office, version, identifier, edition, "
                         "year, issuer, title) VALUES ('s2', 'HQ', 7, 'PB-DEFAULT', 2, 2027, "
                         "'HQ Partnerships Unit', 'Benchmarks 2027')")
    database.execute_sql("INSERT INTO benchmark (id, office, version, set_id, code, position, "
                         "title, rule, thresholds) VALUES ('s2b1', 'HQ', 7, 's2', 'B1', 1, "
                         "'Mapped', 'landscape_mapped', '{\"met\":0.8,\"partly_met\":0.4}')")
    database.execute_sql("UPDATE sync_control SET capture = 1 WHERE id = 1")
    assert rows("SELECT count(*) FROM outbox WHERE table_name LIKE 'benchmark%'")[0][0] == 0
    assert benchmarks.set_in_force(2026).edition == 1
    chosen = benchmarks.set_in_force(2027)
    assert (chosen.id, chosen.title) == ("s2", "Benchmarks 2027")
    assert benchmarks.benchmarks_of("s2")[0].thresholds == {"met": 0.8, "partly_met": 0.4}
