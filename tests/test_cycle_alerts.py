"""Cycle alerts: each kind raised on the right records and not on the others; filters by office
and focal point; the risk-assessment alert agrees with models.partners.assessment_expired."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models import alerts
from models.cycle import CyclePhase, PartnershipReview, alerts as alerts_cycle, ops as cycle_ops
from models.db import database
from models.directory import Partner, partners, partnerships
from support.cycle_fixtures import TODAY, partner, partnership, person


def days(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def sql(statement: str, *params) -> None:
    database.execute_sql(statement, params)


def reviewed(pid: str, ago: int) -> None:
    PartnershipReview.create(office="KEN", partnership=pid, reviewed_on=days(ago))
    cycle_ops.refresh_summary(partnerships.get(pid))


def active(pid: str) -> str:
    sql("UPDATE partnership SET status = 'active' WHERE id = ?", pid)
    return pid


@pytest.fixture
def world(db):
    w = {"focal": person(), "other": person("Peter Otieno")}
    w["cleared"] = partner("Cleared NGO")
    sql("UPDATE partner SET due_diligence_status = 'cleared' WHERE id = ?", w["cleared"])
    make = lambda title, **kw: partnership([w["cleared"]], focal=w["focal"], title=title, **kw)  # noqa: E731
    w["overdue"] = active(make("Overdue review"))
    reviewed(w["overdue"], 400)
    w["due"] = active(make("Review due soon"))
    reviewed(w["due"], 350)
    w["fresh"] = active(make("Reviewed lately"))
    reviewed(w["fresh"], 30)
    w["no_summary"] = active(make("Never reviewed, old", start=TODAY - dt.timedelta(days=800)))
    w["no_focal"] = partnership([w["cleared"]], title="Without focal point")
    w["closed_no_focal"] = partnership([w["cleared"]], title="Closed without focal point")
    sql("UPDATE partnership SET status = 'closed' WHERE id = ?", w["closed_no_focal"])
    for key, end, evaluated in (("lifespan", 10, None), ("evaluated", 10, days(5)),
                                ("running", -100, None)):
        w[key] = make(f"Lifespan {key}")
        cycle_ops.refresh_summary(partnerships.get(w[key]))
        sql("UPDATE partnership_cycle SET lifespan_end = ?, evaluated_on = ? WHERE "
            "partnership_id = ?", days(end), evaluated, w[key])
    w["dd_missing"] = partner("Unscreened NGO")
    w["dd_closed_only"] = partner("Only in closed")
    partnership([w["dd_missing"]], focal=w["focal"], title="With an unscreened partner")
    closed = partnership([w["dd_closed_only"]], focal=w["focal"], title="Closed one")
    sql("UPDATE partnership SET status = 'closed' WHERE id = ?", closed)
    for key, ago in (("expired", 365 * 5), ("expiring", 365 * 4 - 30), ("recent", 365)):
        w[key] = partner(f"Assessed {key}")
        sql("UPDATE partner SET risk_assessed_on = ?, due_diligence_status = 'cleared' "
            "WHERE id = ?", days(ago), w[key])
        partnership([w[key]], focal=w["focal"], title=f"With {key}")
    for key, ago, status in (("stalled", 120, "open"), ("moving", 10, "open"),
                             ("stalled_closed", 120, "closed")):
        w[key] = make(f"Phase {key}")
        cycle_ops.save_phase(w[key], "i", status="in_progress", answers={})
        sql("UPDATE cycle_phase SET started_on = ? WHERE partnership_id = ?", days(ago), w[key])
        if status == "closed":
            sql("UPDATE partnership SET status = 'closed' WHERE id = ?", w[key])
    return w


def found(kind: str, query: alerts.AlertQuery | None = None) -> set[str]:
    query = query or alerts.AlertQuery(today=TODAY)
    return {a.record_id for a in alerts_cycle.alerts(query) if a.kind == kind}


def test_review_overdue_and_due_on_the_right_partnerships(world):
    assert found("review_overdue") == {world["overdue"], world["no_summary"]}
    assert found("review_due") == {world["due"]}
    review = next(a for a in alerts_cycle.alerts(alerts.AlertQuery(today=TODAY))
                  if a.record_id == world["overdue"])
    assert review.table == "cycle" and review.severity == "overdue"


def test_lifespan_passed_without_evaluation(world):
    assert found("lifespan_passed") == {world["lifespan"]}


def test_due_diligence_missing_only_for_partners_of_open_partnerships(world):
    got = found("due_diligence_missing")
    assert world["dd_missing"] in got
    assert world["dd_closed_only"] not in got and world["cleared"] not in got


def test_risk_assessment_expired_and_expiring(world):
    assert found("assessment_expired") == {world["expired"]}
    assert found("assessment_expiring") == {world["expiring"]}


def test_phase_stalled(world):
    assert found("phase_stalled") == {world["stalled"]}


def test_focal_point_missing(world):
    got = found("focal_point_missing")
    assert world["no_focal"] in got and world["closed_no_focal"] not in got
    assert world["overdue"] not in got


def test_filters_by_focal_point_and_office(world):
    mine = alerts.AlertQuery(today=TODAY, person_id=world["other"])
    assert alerts_cycle.alerts(mine) == []
    sql("UPDATE partnership SET focal_point_id = ? WHERE id = ?", world["other"], world["overdue"])
    mine = alerts.AlertQuery(today=TODAY, person_id=world["other"])
    assert {a.record_id for a in alerts_cycle.alerts(mine)} == {world["overdue"]}
    assert alerts_cycle.alerts(alerts.AlertQuery(today=TODAY, office="NGA")) == []


def test_counts_match_the_lists_and_collect_includes_the_cycle(world):
    query = alerts.AlertQuery(today=TODAY)
    counts = alerts_cycle.counts(query)
    listed = alerts_cycle.alerts(dataclasses.replace(query, limit=10_000))
    assert counts == {kind: sum(a.kind == kind for a in listed) for kind in counts}
    assert counts["review_overdue"] == 2 and counts["review_due"] == 1
    assert counts["phase_stalled"] == 1
    assert counts["lifespan_passed"] == 1 and counts["focal_point_missing"] >= 1
    kinds = {a.kind for a in alerts.collect(query)}
    assert {"review_overdue", "phase_stalled", "lifespan_passed"} <= kinds


def test_limit_keeps_the_most_urgent(world):
    limited = alerts_cycle.alerts(alerts.AlertQuery(today=TODAY, limit=2))
    assert len(limited) == 2 and {a.severity for a in limited} == {"overdue"}


@pytest.mark.parametrize("today", [dt.date(2024, 2, 28), dt.date(2024, 2, 29),
                                   dt.date(2024, 3, 1), dt.date(2026, 11, 25)])
def test_expiry_cutoff_agrees_with_assessment_expired(today):
    cutoff = alerts_cycle.expiry_cutoff(today)
    make = lambda d: Partner(risk_assessed_on=d)  # noqa: E731
    assert partners.assessment_expired(make(cutoff), today)
    assert not partners.assessment_expired(make(cutoff + dt.timedelta(days=1)), today)


def test_demo_alerts_match_the_rule_record_by_record(demo_db):
    query = alerts.AlertQuery(today=dt.date.today(), limit=100_000)
    flagged = {a.record_id for a in alerts_cycle.alerts(query) if a.kind == "assessment_expired"}
    in_open = {r[0] for r in database.execute_sql(
        "SELECT DISTINCT m.partner_id FROM partnership_partner m JOIN partnership p ON "
        "p.id = m.partnership_id WHERE m.deleted = 0 AND p.deleted = 0 AND p.status != 'closed'")}
    expected = {p.id for p in Partner.select() if p.id in in_open
                and partners.assessment_expired(p)}
    assert flagged == expected and expected
    stalled = {a.record_id for a in alerts_cycle.alerts(query) if a.kind == "phase_stalled"}
    assert stalled and all(
        CyclePhase.select().where((CyclePhase.partnership == pid)
                                  & (CyclePhase.status == "in_progress")).exists()
        for pid in stalled)
