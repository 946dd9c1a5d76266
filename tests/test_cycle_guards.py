"""Every rule that guards the cycle, allowed and refused, through the real save functions."""
from __future__ import annotations

import datetime as dt

import pytest

from support.cycle_fixtures import (TODAY, answers, clear, clear_company, complete, partner,
    partnership, person)
from models.cycle import (DueDiligence, PartnershipCycle, PartnershipReview, exit as cycle_exit,
                          ops as cycle_ops)
from models.db import database
from models.directory import Partner, partnerships
from models.errors import ValidationError


@pytest.fixture
def setup(db):
    a, b = partner("Girls Education Network"), partner("Safaricom", "private_sector")
    pid = partnership([a, b], focal=person())
    return pid, a, b


def test_partnering_agreement_refused_until_due_diligence_cleared_then_allowed(setup):
    pid, a, b = setup
    complete(pid, "i")
    with pytest.raises(ValidationError) as exc:
        complete(pid, "ii")
    assert "Girls Education Network" in exc.value.errors["status"]
    clear(pid, a)
    clear_company(pid, b)
    complete(pid, "ii")
    assert Partner.get_by_id(a).due_diligence_status == "cleared"
    assert DueDiligence.select().where(DueDiligence.partner == b).count() == 1
    complete(pid, "iii")
    assert cycle_ops.state(pid).current_phase == "iv"


def test_agreement_refused_while_a_partner_is_only_in_progress(setup):
    pid, a, b = setup
    complete(pid, "i")
    clear(pid, a)
    database.execute_sql("UPDATE partner SET due_diligence_status = 'in_progress' WHERE id = ?",
                         (b,))
    cycle_ops.save_phase(pid, "ii", status="not_started", answers={})
    with pytest.raises(ValidationError) as exc:
        complete(pid, "ii")
    assert "Safaricom" in exc.value.errors["status"]
    database.execute_sql("UPDATE partner SET due_diligence_status = 'cleared' WHERE id = ?", (b,))
    cycle_ops.save_phase(pid, "ii", status="done", answers=answers("ii"))
    database.execute_sql("UPDATE partner SET due_diligence_status = 'in_progress' WHERE id = ?",
                         (b,))
    with pytest.raises(ValidationError) as exc:
        complete(pid, "iii")
    assert "not cleared for Safaricom" in exc.value.errors["status"]


def test_company_cannot_be_cleared_without_corporate_screening(setup):
    pid, _a, b = setup
    with pytest.raises(ValidationError) as exc:
        clear(pid, b)
    assert "child labour" in exc.value.errors["dd_outcome"]
    assert Partner.get_by_id(b).due_diligence_status == "not_started"


def test_phases_complete_in_order_or_marked_not_applicable(setup):
    pid, _a, _b = setup
    with pytest.raises(ValidationError) as exc:
        complete(pid, "v")
    assert "Complete phase i (Scoping) first" in exc.value.errors["status"]
    cycle_ops.save_phase(pid, "v", status="in_progress", answers={})  # drafting is allowed
    complete(pid, "i")
    with pytest.raises(ValidationError):
        cycle_ops.save_phase(pid, "ii", status="not_applicable", answers={}, na_reason="skip")


def test_no_active_partnership_without_agreement_then_allowed(setup):
    pid, a, b = setup
    with pytest.raises(ValidationError) as exc:
        partnerships.save({**partnerships.as_form(partnerships.get(pid)), "status": "active"},
                          office="KEN", partnership_id=pid)
    assert "agreement" in exc.value.errors["status"]
    complete(pid, "i")
    clear(pid, a)
    clear_company(pid, b)
    complete(pid, "ii", "iii")
    row = partnerships.save({**partnerships.as_form(partnerships.get(pid)), "status": "active"},
                            office="KEN", partnership_id=pid)
    assert row.status == "active"


def test_no_active_partnership_without_focal_point(db):
    pid = partnership([partner("Mothers Union")])
    with pytest.raises(ValidationError) as exc:
        partnerships.save({**partnerships.as_form(partnerships.get(pid)), "status": "active"},
                          office="KEN", partnership_id=pid)
    assert "focal point" in exc.value.errors["focal_point"]


def test_a_new_partnership_cannot_start_active(db):
    with pytest.raises(ValidationError) as exc:
        partnerships.save({"title": "T", "contribution_types": ["programme"], "status": "active",
                           "focal_point": person(), "start_date": TODAY.isoformat()},
                          office="KEN", members=[{"partner": partner("P"), "role": "lead"}])
    assert "save it as proposed" in exc.value.errors["status"]


def test_signed_agreement_record_with_a_partner_counts_as_agreement(setup):
    from models.cycle.guards import has_agreement
    pid, a, _b = setup
    assert not has_agreement(pid)
    columns = database.execute_sql('PRAGMA table_info("agreement")').fetchall()
    assert columns, "the agreements migration (m003) makes the agreement table"
    values = {c[1]: "" for c in columns if c[3] and c[4] is None}  # NOT NULL without default
    values.update(id="agr1", office="KEN", reference="KEN/PCA2026001", agreement_type="pca",
                  partner_id=a, status="draft")
    names = ", ".join(values)
    database.execute_sql(f"INSERT INTO agreement ({names}) VALUES "
                         f"({', '.join('?' for _ in values)})", list(values.values()))
    assert not has_agreement(pid)  # a draft is not an agreement yet
    database.execute_sql("UPDATE agreement SET status = 'signed' WHERE id = 'agr1'")
    assert has_agreement(pid)
    database.execute_sql("UPDATE agreement SET deleted = 1 WHERE id = 'agr1'")
    assert not has_agreement(pid)


def test_rejected_due_diligence_blocks_the_partner(setup):
    pid, a, b = setup
    clear(pid, a, outcome="rejected")
    clear_company(pid, b)
    assert Partner.get_by_id(a).due_diligence_status == "rejected"
    with pytest.raises(ValidationError) as exc:  # no new partnership with it
        partnership([a], focal=person("Other"))
    assert "failed due diligence" in exc.value.errors["members"]
    complete(pid, "i")
    complete(pid, "ii")  # screening is done: one cleared, one rejected
    with pytest.raises(ValidationError) as exc:  # no partnering agreement with it
        complete(pid, "iii")
    assert "rejected Girls Education Network" in exc.value.errors["status"]
    from models.cycle.guards import partnership_status_guard
    database.execute_sql("INSERT INTO cycle_phase (id, office, partnership_id, phase, status) "
                         "VALUES ('f3', 'KEN', ?, 'iii', 'done')", (pid,))
    message = partnership_status_guard(partnerships.get(pid), "active")
    assert "Girls Education Network failed due diligence" in message
    assert partnership_status_guard(partnerships.get(pid), "closed") is None


def _to_phase_xii(pid, a, b):
    complete(pid, "i")
    clear(pid, a)
    clear_company(pid, b)
    complete(pid, "ii", "iii", "iv", "v", "vi", "vii", "viii")


def test_continue_refused_without_review_in_last_12_months_then_allowed(setup):
    pid, a, b = setup
    _to_phase_xii(pid, a, b)
    old = (TODAY - dt.timedelta(days=400)).isoformat()
    complete(pid, "ix", reviewed_on=old)
    complete(pid, "x", "xi")
    with pytest.raises(ValidationError) as exc:
        complete(pid, "xii", decision="continue")
    assert f"the last one was on {old}" in exc.value.errors["decision"]
    complete(pid, "xii", decision="close")  # closing needs no recent review
    complete(pid, "ix", reviewed_on=(TODAY - dt.timedelta(days=20)).isoformat())
    complete(pid, "xii", decision="continue")
    summary = PartnershipCycle.get(PartnershipCycle.partnership == pid)
    assert summary.decision == "continue" and summary.current_phase == "done"
    assert PartnershipReview.select().where(PartnershipReview.partnership == pid).count() == 2
    assert str(summary.last_review_on) == (TODAY - dt.timedelta(days=20)).isoformat()


def test_exit_strategy_required_parts_and_dates(setup):
    pid, _a, _b = setup
    with pytest.raises(ValidationError) as exc:
        cycle_exit.save(pid, {"lifespan_months": "0", "evaluation_due": "soon",
                              "exit_conditions": ""})
    assert set(exc.value.errors) == {"lifespan_months", "evaluation_due", "exit_conditions"}
    start = partnerships.get(pid).start_date
    with pytest.raises(ValidationError) as exc:
        cycle_exit.save(pid, {"lifespan_months": "12", "exit_conditions": "Hand over",
                              "evaluation_due": (start + dt.timedelta(days=500)).isoformat()})
    assert "before the end of the planned lifespan" in exc.value.errors["evaluation_due"]
    saved = cycle_exit.save(pid, {"lifespan_months": "36", "exit_conditions": "Hand over",
                                  "evaluation_due": (start + dt.timedelta(days=900)).isoformat()})
    assert saved["lifespan_end"] == start.replace(year=start.year + 3)
    assert cycle_ops.state(pid).exit["exit_conditions"] == "Hand over"
