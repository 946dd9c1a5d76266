"""The phase specification: twelve phases in four stages, each with a form whose required fields
are enforced; the schema of the cycle tables matches the models."""
from __future__ import annotations

import sqlite3

import pytest

from models.cycle import MODELS, rules as cycle_rules, spec
from models.db import database
from support.cycle_fixtures import answers

KINDS = {"text", "multiline", "choice", "multi", "date", "check", "landscape", "partner"}


def test_twelve_phases_in_four_stages_in_order():
    assert [p.code for p in spec.PHASES] == ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
                                             "ix", "x", "xi", "xii"]
    assert [p.number for p in spec.PHASES] == list(range(1, 13))
    assert {s: [p.code for p in spec.stage_phases(s)] for s in spec.STAGES} == {
        "scoping": ["i", "ii", "iii", "iv"], "managing": ["v", "vi", "vii"],
        "reviewing": ["viii", "ix", "x"], "sustaining": ["xi", "xii"]}
    assert spec.CURRENT.version == spec.SPEC_VERSION


@pytest.mark.parametrize("phase", spec.PHASES, ids=lambda p: p.code)
def test_every_phase_has_a_form_with_required_fields(phase):
    assert phase.fields and phase.next_step and phase.purpose
    assert any(f.required for f in phase.fields)
    keys = [f.key for f in phase.fields]
    assert len(keys) == len(set(keys))
    for field in phase.fields:
        assert field.kind in KINDS, field
        if field.kind in ("choice", "multi"):
            assert field.choices, field


@pytest.mark.parametrize("phase", spec.PHASES, ids=lambda p: p.code)
def test_required_fields_enforced_when_done_only(phase):
    required = {f.key for f in phase.fields if f.required}
    problems = cycle_rules.form_problems(phase.code, "done", {})
    assert set(problems) == required
    assert all("required" in problems[k] for k in required)
    assert cycle_rules.form_problems(phase.code, "in_progress", {}) == {}
    assert cycle_rules.form_problems(phase.code, "done", answers(phase.code)) == {}


def test_content_of_the_phases_follows_the_domain():
    assert spec.phase("i").field("landscape").kind == "landscape"
    assert set(spec.phase("ii").field("dd_outcome").choices) == {
        "cleared", "cleared_with_conditions", "rejected"}
    assert set(spec.phase("iii").field("principles").choices) == {
        "equity", "transparency", "mutual_benefit"}
    ix = {f.key for f in spec.phase("ix").fields}
    assert {"rating_contribution", "rating_partners", "rating_value_added", "rating_quality",
            "partner_feedback", "health"} <= ix
    assert set(spec.phase("xii").field("decision").choices) == {
        "continue", "expand", "hand_over", "close"}


def test_not_applicable_needs_a_reason_and_never_for_due_diligence_or_review():
    assert "na_reason" in cycle_rules.form_problems("x", "not_applicable", {})
    assert cycle_rules.form_problems("x", "not_applicable", {}, na_reason="No change") == {}
    for code in ("ii", "ix"):
        problems = cycle_rules.form_problems(code, "not_applicable", {}, na_reason="skip")
        assert "cannot be skipped" in problems["status"]


def test_dates_numbers_landscape_and_choices_checked_while_typing():
    problems = cycle_rules.form_problems("iv", "in_progress", {"budget": "a lot",
                                                               "agreement_type": "handshake"})
    assert "not an amount" in problems["budget"]
    assert "agreement type" in problems["agreement_type"]
    problems = cycle_rules.form_problems("iii", "in_progress", {"agreed_on": "31/12/2026"})
    assert "YYYY-MM-DD" in problems["agreed_on"]
    bad = [{"who": "Ministry", "interest": 7, "influence": 2}]
    assert "1 to 5" in cycle_rules.form_problems("i", "in_progress", {"landscape": bad})[
        "landscape"]
    assert "name" in cycle_rules.form_problems("i", "in_progress", {"landscape": [
        {"who": " ", "interest": 1, "influence": 1}]})["landscape"]


def test_due_diligence_block_needs_its_details_and_every_check_to_clear():
    problems = cycle_rules.form_problems("ii", "in_progress", {"dd_outcome": "cleared"})
    assert {"dd_partner", "dd_on", "dd_reviewer", "dd_outcome"} <= set(problems)
    base = {"dd_partner": "x", "dd_on": "2026-01-05", "dd_reviewer": "Sara",
            **{k: True for k in spec.DD_CHECKS}}
    assert cycle_rules.form_problems("ii", "in_progress", {**base, "dd_outcome": "cleared"}) == {}
    company = cycle_rules.form_problems("ii", "in_progress", {**base, "dd_outcome": "cleared"},
                                        partner_type="private_sector")
    assert "child labour" in company["dd_outcome"]
    conditions = cycle_rules.form_problems("ii", "in_progress",
                                           {**base, "dd_outcome": "cleared_with_conditions"})
    assert "conditions" in conditions["dd_conditions"]
    assert cycle_rules.form_problems("ii", "in_progress", {"dd_partner": "x", "dd_on": "2026-01-05",
                                                           "dd_reviewer": "S",
                                                           "dd_outcome": "rejected"}) == {}


def test_cycle_tables_and_indexes_match_the_models(db):
    memory = sqlite3.connect(":memory:")
    for model in MODELS:
        table = model._meta.table_name
        migrated = database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        assert [r[1] for r in migrated] == [f.column_name for f in model._meta.sorted_fields]
        memory.execute(database.get_sql_context().sql(
            model._schema._create_table(safe=False)).query()[0])
        for index in model._schema._create_indexes(safe=False):
            memory.execute(database.get_sql_context().sql(index).query()[0])

        def index_shape(run):
            return {(r[1], r[2], tuple(c[2] for c in run(f'PRAGMA index_info("{r[1]}")')))
                    for r in run(f'PRAGMA index_list("{table}")')
                    if not r[1].startswith("sqlite_")}
        assert index_shape(lambda q: database.execute_sql(q).fetchall()) == index_shape(
            lambda q: memory.execute(q).fetchall()), table
    for table in ("cycle_phase", "partnership_cycle", "partnership_review", "due_diligence"):
        triggers = {r[0] for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))}
        assert f"{table}_capture_update" in triggers


def test_demo_keeps_change_capture_on_the_cycle_tables(demo_db):
    before = database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0]
    for table in ("cycle_phase", "partnership_review", "partnership_cycle", "due_diligence"):
        row = database.execute_sql(f"SELECT id FROM {table} LIMIT 1").fetchone()
        assert row, f"the demo fills {table}"
        database.execute_sql(f"UPDATE {table} SET updated_by = 'x', office = office || '' "
                             "WHERE id = ?", row)
        database.execute_sql(f"UPDATE {table} SET deleted = 1 WHERE id = ?", row)
    after = database.execute_sql("SELECT count(*) FROM outbox").fetchone()[0]
    assert after - before == 4
