"""Every allowed and every refused status change of agreements and programme documents."""
from __future__ import annotations

import datetime as dt

import pytest

from support.agreements_fixtures import (SIGNATURES, TODAY, agreement_data,
    make_agreement, make_partner, make_pd, pd_data, sign)
from models.agreements import AGREEMENT_STATUSES, PD_STATUSES, records as A, rules as R
from models.agreements import transitions as T
from models.errors import DomainError, ValidationError


def refused(record, action, words, today=TODAY, **details):
    with pytest.raises(DomainError) as info:
        A.transition(record, action, today=today, **details)
    assert words in str(info.value), str(info.value)
    return str(info.value)


# Agreements -----------------------------------------------------------------------------------

def test_agreement_signing_guards_one_by_one(db):
    agreement = make_agreement(signed=False)
    assert A.allowed_actions(agreement, TODAY) == [("signed", False, T.guard(agreement, "signed",
                                                                            TODAY))]
    refused(agreement, "signed", "Signing needs the partner's signatory")
    future = dt.date.today() + dt.timedelta(days=3)
    refused(agreement, "signed", "in the future", **{**SIGNATURES, "unicef_signed_on": future})
    refused(agreement, "signed", "is not one of the partner's authorised officers",
            **{**SIGNATURES, "partner_signatory": "Somebody Else"})
    refused(agreement, "signed", "attach the scan", **SIGNATURES)
    assert agreement.partner_signatory == ""  # a refused change leaves the record as it was
    assert A.get_agreement(agreement.id).status == "draft"
    sign(agreement)
    assert A.get_agreement(agreement.id).status == "signed"
    assert A.allowed_actions(agreement, TODAY)[0] == ("suspended", True, "")


def test_agreement_guards_need_officers_dates_and_cso(db):
    agreement = make_agreement(signed=False)
    A.save_agreement({"authorised_officers": []}, agreement_id=agreement.id)
    agreement = A.get_agreement(agreement.id)
    A.attach(agreement, "signed_document", data=b"scan", filename="s.pdf")
    refused(agreement, "signed", "authorised officers", **SIGNATURES)
    undated = make_agreement(make_partner("Other NGO"), signed=False, start_date="",
                             end_date="")
    refused(undated, "signed", "Set the start and end dates")
    partner = make_partner("Later Government")
    later = make_agreement(partner, signed=False, country_programme="2028-2032")
    partner.partner_type = "government"
    partner.save()
    refused(later, "signed", "only with a civil society organisation")


def test_pca_and_ssfa_only_with_cso_and_one_pca_per_programme(db):
    ministry = make_partner("Ministry of Health", kind="government")
    with pytest.raises(ValidationError) as info:
        A.save_agreement(agreement_data(ministry, "ssfa"), office="KEN")
    assert "only with a civil society organisation" in info.value.errors["partner"]
    assert A.save_agreement(agreement_data(ministry, "mou"), office="KEN").agreement_type == "mou"
    first = make_agreement()
    with pytest.raises(ValidationError) as info:
        A.save_agreement(agreement_data(first.partner), office="KEN")
    assert first.reference in info.value.errors["partner"]
    other_cp = A.save_agreement(agreement_data(first.partner, country_programme="2028-2032"),
                                office="KEN")
    assert other_cp.reference.endswith("002")
    with pytest.raises(ValidationError) as info:
        A.save_agreement(agreement_data(first.partner, kind="pca", country_programme=""),
                         office="KEN")
    assert "country programme" in info.value.errors["country_programme"]
    with pytest.raises(ValidationError) as info:
        A.save_agreement(agreement_data(ministry, "mou", start_date="2026-01-01",
                                        end_date="2025-01-01"), office="KEN")
    assert "before the start date" in info.value.errors["end_date"]


def test_agreement_suspend_resume_end_terminate(db):
    agreement = make_agreement()
    A.transition(agreement, "suspended", today=TODAY, reason="Audit")
    assert agreement.status_reason == "Audit"
    refused(agreement, "ended", "cannot become ended")
    refused(agreement, "signed", "has passed", today=dt.date(2028, 1, 1))
    A.transition(agreement, "signed", today=TODAY)
    refused(agreement, "ended", "to stop it earlier, terminate it")
    pd = make_pd(agreement, "active")
    refused(agreement, "ended", f"{pd.reference} is still active", today=dt.date(2028, 1, 2))
    refused(agreement, "terminated", "termination document")
    A.attach(agreement, "termination_document", data=b"letter", filename="end.pdf")
    A.transition(agreement, "terminated", today=TODAY, reason="Partner dissolved")
    assert A.allowed_actions(agreement) == []
    refused(agreement, "signed", "cannot become signed (possible: none)")


def test_agreement_ends_after_its_end_date(db):
    agreement = make_agreement()
    A.transition(agreement, "ended", today=dt.date(2028, 1, 1))
    assert A.get_agreement(agreement.id).status == "ended"


@pytest.mark.parametrize("status", list(AGREEMENT_STATUSES))
def test_agreement_every_status_refuses_what_its_flow_lacks(db, status):
    agreement = make_agreement(signed=False)
    agreement.status = status
    for action in AGREEMENT_STATUSES:
        if action not in R.AGREEMENT_FLOW.get(status, ()):
            refused(agreement, action, f"cannot become {action}")


# Programme documents -------------------------------------------------------------------------

def test_pd_review_needs_results_budget_and_dates(db):
    agreement = make_agreement()
    pd = A.save_pd(pd_data(agreement, results=[], budget_lines=[]))
    refused(pd, "review", "results framework")
    pd = A.save_pd({"results": pd_data(agreement)["results"]}, pd_id=pd.id)
    refused(pd, "review", "Add the budget")
    pd = A.save_pd({"budget_lines": pd_data(agreement)["budget_lines"], "end_date": ""},
                   pd_id=pd.id)
    refused(pd, "review", "start and end dates")
    pd = A.save_pd({"end_date": "2026-12-31"}, pd_id=pd.id)
    A.transition(pd, "review", today=TODAY)
    A.transition(pd, "draft", today=TODAY)
    A.transition(pd, "review", today=TODAY)
    assert pd.status == "review"


def test_pd_signature_and_signing_guards(db):
    agreement = make_agreement(signed=False)
    pd = make_pd(agreement, "review", cash_transfer_modalities=[])
    refused(pd, "signature", "cash-transfer modality")
    pd = A.save_pd({"cash_transfer_modalities": ["reimbursement"]}, pd_id=pd.id)
    A.transition(pd, "signature", today=TODAY)
    A.transition(pd, "review", today=TODAY)
    A.transition(pd, "signature", today=TODAY)
    refused(pd, "signed", "must be signed before its programme documents", **SIGNATURES)
    sign(agreement)
    pd = A.get_pd(pd.id)
    refused(pd, "signed", "Signing needs the partner's signatory")
    refused(pd, "signed", "attach the scan", **SIGNATURES)
    sign(pd)
    assert A.get_pd(pd.id).status == "signed"


def test_pd_active_ended_closed_by_dates_and_closeout(db):
    pd = make_pd(status="signed", start_date="2026-09-01")
    refused(pd, "active", "it becomes active on that date")
    A.transition(pd, "active", today=dt.date(2026, 9, 1))
    refused(pd, "ended", "to stop it earlier, terminate it", today=dt.date(2026, 9, 2))
    A.transition(pd, "ended", today=dt.date(2027, 1, 1))
    refused(pd, "closed", "final review")
    pd = A.save_pd({"final_review_on": "2025-12-01", "outstanding_amount": "1,250"},
                   pd_id=pd.id)
    refused(pd, "closed", "1,250.00 USD is still outstanding")
    pd = A.save_pd({"outstanding_amount": 0}, pd_id=pd.id)
    A.transition(pd, "closed", today=TODAY)
    assert A.allowed_actions(pd) == []


def test_pd_suspend_resume_terminate_cancel(db):
    pd = make_pd(status="active")
    A.transition(pd, "suspended", today=TODAY)
    refused(pd, "active", "has passed", today=dt.date(2027, 2, 1))
    A.transition(pd, "active", today=TODAY)
    refused(pd, "terminated", "termination document")
    A.attach(pd, "termination_document", data=b"letter", filename="t.pdf")
    A.transition(pd, "terminated", today=TODAY)
    signed = make_pd(status="signed", agreement=pd.agreement)
    A.transition(signed, "suspended", today=TODAY)
    draft = make_pd(agreement=pd.agreement)
    refused(draft, "cancelled", "needs a justification")
    A.transition(draft, "cancelled", reason="Merged into another PD", today=TODAY)
    assert A.get_pd(draft.id).status_reason == "Merged into another PD"
    for status in ("review", "signature"):
        A.transition(make_pd(pd.agreement, status), "cancelled", reason="No funds", today=TODAY)


@pytest.mark.parametrize("status", list(PD_STATUSES))
def test_pd_every_status_refuses_what_its_flow_lacks(db, status):
    pd = make_pd()
    pd.status = status
    for action in PD_STATUSES:
        if action not in R.PD_FLOW[status]:
            refused(pd, action, f"cannot become {action}")


@pytest.mark.parametrize("status", ["draft", "review", "signature", "signed", "active",
                                    "ended", "closed", "suspended", "terminated", "cancelled"])
def test_pd_reaches_every_status_through_real_transitions(db, status):
    assert A.get_pd(make_pd(status=status).id).status == status


def test_emergency_pd_may_be_signed_from_draft(db):
    agreement = make_agreement()
    pd = A.save_pd(pd_data(agreement, pd_type="humanitarian", end_date="2025-07-01",
                           is_emergency=True))
    assert ("signed", False) == A.allowed_actions(pd, TODAY)[0][:2]
    sign(pd)
    assert A.get_pd(pd.id).status == "signed"
    standard = A.save_pd(pd_data(agreement))
    refused(standard, "signed", "cannot become signed")


def test_signed_content_is_locked_and_amendable_only(db):
    pd = make_pd(status="active")
    with pytest.raises(ValidationError) as info:
        A.save_pd({"title": "Another title"}, pd_id=pd.id)
    assert "Amend it instead" in info.value.errors["title"]
    agreement = pd.agreement
    with pytest.raises(ValidationError) as info:
        A.save_agreement({"end_date": "2029-01-01"}, agreement_id=agreement.id)
    assert "only through an amendment" in info.value.errors["end_date"]
    with pytest.raises(DomainError):
        A.delete_draft(agreement)


def test_automatic_transitions_start_and_end(db):
    agreement = make_agreement()
    starting = make_pd(agreement, "signed", start_date="2026-06-15")
    later = make_pd(agreement, "signed", start_date="2026-07-01")
    messages = A.apply_automatic_transitions(TODAY)
    assert messages == [f"{starting.reference} became active on its start date (2026-06-15)."]
    assert A.get_pd(later.id).status == "signed"
    messages = A.apply_automatic_transitions(dt.date(2028, 1, 1))
    assert {A.get_pd(starting.id).status, A.get_pd(later.id).status} == {"ended"}
    assert messages[-1] == f"Agreement {agreement.reference} ended after its end date (2027-12-31)."
    assert A.apply_automatic_transitions(dt.date(2028, 1, 1)) == []


def test_automatic_end_waits_for_suspended_pd(db):
    agreement = make_agreement()
    make_pd(agreement, "suspended")
    A.apply_automatic_transitions(dt.date(2028, 1, 1))
    assert A.get_agreement(agreement.id).status == "signed"


def test_cli_transition_refusal_is_one_line(db, capsys):
    from cli import main
    from models.db import close_database, open_database
    agreement = make_agreement(signed=False)
    close_database()
    code = main(["agreements", "transition", agreement.reference, "signed", "--db", str(db)])
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.count("\n") == 0 and "Signing needs" in err
    code = main(["agreements", "actions", agreement.reference, "--db", str(db)])
    assert code == 0 and "signed: refused - Signing needs" in capsys.readouterr().out
    open_database(db)
    stored = A.get_agreement(agreement.id)  # the refusal left the record as it was
    assert (stored.status, stored.updated_at) == ("draft", agreement.updated_at)


def test_hq_checks_status_changes_on_plain_rows():
    check = R.status_change_refusal
    assert check("agreement", {"status": "draft"}, {"status": "signed"}) is None
    assert "cannot go from draft to ended" in check("agreement", {"status": "draft",
                                                                  "reference": "X"},
                                                    {"status": "ended"})
    assert check("programme_document", {"status": "draft", "is_emergency": 1},
                 {"status": "signed"}) is None
    assert check("programme_document", {"status": "draft"}, {"status": "signed"})
    assert check("programme_document", {"status": "draft", "amendment_of": "a"},
                 {"status": "active"})
    assert check("partner", {"status": "x"}, {"status": "y"}) is None
