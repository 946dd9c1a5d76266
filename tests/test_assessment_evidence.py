"""Each evidence rule computed on a known small database (figures worked out by hand)."""
from __future__ import annotations

import pytest

from models.assessment import evidence
from support.assessment_helpers import TODAY, known_office, rows
from models.assessment.benchmarks import (DEFAULT_THRESHOLDS, benchmarks_of, rating_from_share,
    set_in_force)
from models.db import database

EXPECTED = {  # code: (numerator, denominator, suggested rating)
    "B1": (3, 4, "partly_met"),  # p2 lacks one partner's comparative advantage
    "B2": (1, 3, "not_met"),  # p2 cleared after its start, p4's partner still in progress
    "B3": (1, 4, "not_met"),  # p2 informal, p3 no focal point, p4 no results
    "B4": (1, 4, "not_met"),  # p2's review is too old, p3's has no partner feedback
    "B5": (2, 4, "partly_met"),  # p3 still measuring, p4 measured 500 days ago
    "B6": (3, 4, "partly_met"),  # p4 has no exit conditions
}


def _by_code(found):
    benches = {b.id: b.code for b in benchmarks_of(set_in_force(TODAY.year).id)}
    return {benches[k]: v for k, v in found.items()}


def test_every_rule_on_a_known_office(db):
    known_office()
    found = _by_code(evidence.compute("KEN", benchmarks_of(set_in_force(2026).id), TODAY))
    got = {code: (e.numerator, e.denominator, e.suggested) for code, e in found.items()}
    assert got == EXPECTED
    alone = {b.code: evidence.compute_rule(b.rule, "KEN", TODAY, b.thresholds)
             for b in benchmarks_of(set_in_force(2026).id)}
    assert {c: (e.numerator, e.denominator, e.suggested) for c, e in alone.items()} == EXPECTED
    assert found["B3"].text == ("1 of 4 active partnerships have a focal point and a written "
                                "agreement with defined results (25 %).")
    assert found["B5"].percent == 50 and found["B5"].share == 0.5


def test_other_offices_and_deleted_records_do_not_count(db):
    known_office()
    nga = _by_code(evidence.compute("NGA", benchmarks_of(set_in_force(2026).id), TODAY))
    assert nga["B3"].denominator == 1  # only NGA's one active partnership
    database.execute_sql("UPDATE partnership SET deleted = 1 WHERE office = 'NGA'")
    nga = _by_code(evidence.compute("NGA", benchmarks_of(set_in_force(2026).id), TODAY))
    assert nga["B3"].denominator == 0 and nga["B3"].suggested == ""
    assert nga["B3"].text == "No active partnerships to measure."


def test_the_window_of_twelve_months_moves_with_the_day(db):
    known_office()
    later = TODAY.replace(year=TODAY.year + 1)
    found = evidence.compute_rule("reviewed_last_year", "KEN", later, DEFAULT_THRESHOLDS)
    assert (found.numerator, found.denominator) == (0, 4)


def test_an_unknown_rule_from_a_newer_set_is_reported_not_guessed(db):
    found = evidence.compute_rule("gender_balance", "KEN", TODAY, DEFAULT_THRESHOLDS)
    assert not found.recorded and "gender_balance" in found.text


@pytest.mark.parametrize("share, rating", [(None, ""), (1.0, "met"), (0.9, "met"),
                                           (0.89, "partly_met"), (0.5, "partly_met"),
                                           (0.49, "not_met"), (0.0, "not_met")])
def test_thresholds(share, rating):
    assert rating_from_share(share, {"met": 0.9, "partly_met": 0.5}) == rating


def test_evidence_queries_are_indexed(db):
    known_office()
    for rule in evidence.RULES.values():
        plan = rows("EXPLAIN QUERY PLAN " + rule.query(), {"office": "KEN",
                                                               "today": TODAY.isoformat()})
        details = " ".join(r[3] for r in plan)
        assert "SCAN p" not in details.replace("SCAN p USING", ""), (rule.key, details)
