"""The agreement rules every layer asks (models/agreements/rules.py), each allowed and refused in
the models: which status changes need a justification, what may be amended, under which
agreements a new programme document may go; and HQ's check of synced rows with the same rules.
The window's use of them is tested in test_ui_agreements_rules.py."""
from __future__ import annotations

import datetime as dt

import pytest

from support.agreements_fixtures import TODAY, make_agreement, make_partner, make_pd, pd_data, sign
from models import agreements as A
from models.errors import DomainError, ValidationError


def test_only_cancelling_needs_a_justification(db):
    agreement = make_agreement()
    # suspending and terminating go through without a sentence (the termination document is
    # what terminating needs); cancelling does not
    assert not A.reason_required("suspended") and not A.reason_required("terminated")
    A.transition(agreement, "suspended", today=TODAY)
    A.transition(agreement, "signed", today=TODAY)
    pd = make_pd(agreement, "active")
    A.transition(pd, "suspended", today=TODAY)
    A.attach(pd, "termination_document", data=b"letter", filename="t.pdf")
    A.transition(pd, "terminated", today=TODAY)
    assert A.get_pd(pd.id).status == "terminated" and A.get_pd(pd.id).status_reason == ""

    assert A.reason_required("cancelled")
    draft = make_pd(agreement)
    for blank in ("", "   "):
        with pytest.raises(DomainError, match="needs a justification"):
            A.transition(draft, "cancelled", today=TODAY, reason=blank)
    assert A.get_pd(draft.id).status == "draft"
    A.transition(draft, "cancelled", today=TODAY, reason="Funds moved to another PD")
    assert A.get_pd(draft.id).status_reason == "Funds moved to another PD"


def test_hq_refuses_a_synced_cancellation_without_its_justification():
    check = A.status_change_refusal
    row = {"status": "review", "reference": "KEN/PD2026001"}
    assert "without a justification" in check("programme_document", row,
                                              {**row, "status": "cancelled"})
    assert "without a justification" in check("programme_document", row,
                                              {**row, "status": "cancelled",
                                               "status_reason": "  "})
    assert check("programme_document", row, {**row, "status": "cancelled",
                                              "status_reason": "Duplicate"}) is None
    assert check("agreement", {"status": "signed"}, {"status": "suspended"}) is None


def test_an_agreement_is_amended_only_while_signed_one_draft_at_a_time(db):
    draft = make_agreement(signed=False)
    assert not A.can_amend(draft)
    assert "only a signed record is amended" in A.amend_refusal(draft)
    with pytest.raises(DomainError, match="only a signed record is amended"):
        A.create_amendment(draft, ["other"])

    signed = make_agreement(make_partner("Turkana Youth Network"))
    assert A.can_amend(signed) and A.amend_refusal(signed) is None
    amendment = A.create_amendment(signed, ["administrative"])
    assert not A.can_amend(signed)
    assert f"Amendment {amendment.reference} is still a draft" in A.amend_refusal(signed)
    assert "already an amendment" in A.amend_refusal(amendment)
    A.transition(amendment, "cancelled", today=TODAY, reason="Not needed")
    assert A.can_amend(signed)

    A.transition(signed, "suspended", today=TODAY)
    assert "resume it before amending it" in A.amend_refusal(signed)
    with pytest.raises(DomainError, match="resume it before amending it"):
        A.create_amendment(signed, ["other"])


def test_a_pd_is_amended_while_signed_or_active_not_suspended_or_after(db):
    agreement = make_agreement()
    for status in ("signed", "active"):
        pd = make_pd(agreement, status)
        assert A.can_amend(pd), status
        assert A.create_amendment(pd, ["budget_change"]).status == "draft"
    for status, words in (("draft", "only a signed record"), ("review", "only a signed record"),
                          ("suspended", "resume it before amending it"),
                          ("ended", "can no longer be amended"),
                          ("terminated", "can no longer be amended"),
                          ("cancelled", "can no longer be amended")):
        pd = make_pd(agreement, status)
        assert not A.can_amend(pd), status
        assert words in A.amend_refusal(pd), (status, A.amend_refusal(pd))
        with pytest.raises(DomainError):
            A.create_amendment(pd, ["budget_change"])


def test_an_amendment_drafted_before_a_suspension_waits_for_the_resumption(db):
    pd = make_pd(status="active")
    amendment = A.create_amendment(pd, ["no_cost_extension"])
    amendment = A.save_pd({"end_date": "2027-06-30"}, pd_id=amendment.id)  # it must change
    A.transition(pd, "suspended", today=TODAY)
    with pytest.raises(DomainError, match="resume it before amending it"):
        sign(amendment)
    A.transition(pd, "active", today=TODAY)
    sign(A.get_pd(amendment.id))
    assert A.get_pd(pd.id).reference.endswith("-01")


def test_a_new_pd_goes_under_a_draft_or_signed_pca_or_ssfa(db):
    draft = make_agreement(signed=False)
    signed = make_agreement(make_partner("Garissa Water Trust"))
    for agreement in (draft, signed):
        assert A.can_add_pd(agreement) and A.add_pd_refusal(agreement) is None
        assert A.save_pd(pd_data(agreement)).agreement_id == agreement.id

    ministry = make_partner("Ministry of Water", kind="government")
    mou = A.save_agreement({"agreement_type": "mou", "partner": ministry.id, "title": "Intent",
                            "start_date": "2025-01-01", "end_date": "2027-12-31"}, office="KEN")
    amendment = A.create_amendment(signed, ["other"])
    A.transition(signed, "suspended", today=TODAY)
    ended = make_agreement(make_partner("Mandera Relief"))
    A.transition(ended, "ended", today=dt.date(2028, 1, 1))
    terminated = make_agreement(make_partner("Marsabit Aid"))
    A.attach(terminated, "termination_document", data=b"letter", filename="t.pdf")
    A.transition(terminated, "terminated", today=TODAY)
    for agreement, words in ((mou, "An MoU is non-financial"),
                             (amendment, "is an amendment"),
                             (A.get_agreement(signed.id), "resume it before adding"),
                             (ended, "needs an agreement in force"),
                             (terminated, "needs an agreement in force")):
        refusal = A.add_pd_refusal(agreement)
        assert not A.can_add_pd(agreement) and words in refusal, (agreement.status, refusal)
        with pytest.raises(ValidationError) as info:
            A.save_pd(pd_data(agreement))
        assert info.value.errors["agreement"] == refusal


def test_the_command_line_asks_for_reason_only_where_the_rule_does(db, capsys):
    from cli import main
    from models.db import close_database
    agreement = make_agreement()
    active, draft = make_pd(agreement, "active"), make_pd(agreement)
    close_database()
    run = lambda *words: main(["agreements", "transition", *words, "--db", str(db)])  # noqa: E731
    assert run(draft.reference, "cancelled") == 2
    assert "--reason" in capsys.readouterr().err
    assert run(active.reference, "cancelled") == 2  # not possible at all: say that instead
    err = capsys.readouterr().err
    assert "cannot become cancelled" in err and "--reason" not in err
    assert run(active.reference, "suspended", "--today", TODAY.isoformat()) == 0
    assert run(draft.reference, "cancelled", "--reason", "Duplicate of another PD") == 0
    assert "is now cancelled" in capsys.readouterr().out
