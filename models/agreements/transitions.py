"""Status transitions of agreements and programme documents, their guards, and the automatic ones.

An action is named by the status it leads to. Every refusal is a sentence that says what is
missing and how to fix it; `allowed_actions` gives the same sentences before the user clicks.
The flows and the rules every layer asks (reasons, amendments, new PDs) are in `rules`.
"""
from __future__ import annotations

import datetime as dt

from ..base import atomic
from ..errors import DomainError
from ..validation import to_date
from . import amend, evidence, signatories
from .amendment_rows import merge, original_of
from .entities import Agreement, DeferredItem, ProgrammeDocument
from .forms import agreement_form, validate_agreement
from .rules import LIVE_PD, amendable_status_refusal, flow, reason_required

DETAIL_FIELDS = ("partner_signatory", "partner_signatory_title", "partner_signed_on",
                 "unicef_signatory", "unicef_signatory_title", "unicef_signed_on",
                 "termination_document")


def _d(value) -> dt.date | None:
    return to_date(value) if not isinstance(value, dt.date) or isinstance(value, dt.datetime) \
        else value


def _signature_problem(obj, today: dt.date, officers: list[dict]) -> str | None:
    what = "agreement" if isinstance(obj, Agreement) else "programme document"
    missing = [label for label, value in (
        ("the partner's signatory", obj.partner_signatory),
        ("the date the partner signed", obj.partner_signed_on),
        ("UNICEF's signatory", obj.unicef_signatory),
        ("the date UNICEF signed", obj.unicef_signed_on)) if not value]
    if missing:
        return f"Signing needs {', '.join(missing)}; fill them in on the signatures tab."
    for label, value in (("The partner's signature date", obj.partner_signed_on),
                         ("UNICEF's signature date", obj.unicef_signed_on)):
        if _d(value) > today:
            return f"{label} ({_d(value)}) is in the future; a signature date cannot be."
    if problem := _in_force_before_signature(obj):
        return problem
    if problem := signatories.unicef_signatory_problem(obj):
        return problem
    if not officers:
        return (f"Signing needs the partner's authorised officers; add them to the {what} "
                "(or to the partner) first.")
    names = {(o.get("name") or "").strip().casefold() for o in officers}
    if obj.partner_signatory.strip().casefold() not in names:
        return (f"{obj.partner_signatory} is not one of the partner's authorised officers "
                f"({', '.join(o.get('name', '') for o in officers)}); the partner's signatory "
                "must be.")
    if not obj.signed_document:
        return f"Signing needs the signed {what}: attach the scan (kind: signed document)."
    return None


def _in_force_before_signature(obj) -> str | None:
    """A record cannot take effect before both parties sign it (eTools: the start is no earlier
    than the later signature); an amendment keeps the start of what it amends."""
    if obj.amendment_of or not obj.start_date:
        return None
    signed = max(_d(obj.partner_signed_on), _d(obj.unicef_signed_on))
    if _d(obj.start_date) < signed:
        return (f"It would be in force from {obj.start_date}, before it is signed on {signed}; "
                "set the start date to the date of the later signature or after it.")
    return None


def _dates_problem(obj) -> str | None:
    if not obj.start_date or not obj.end_date:
        return "Set the start and end dates first."
    if _d(obj.end_date) < _d(obj.start_date):
        return f"It ends ({obj.end_date}) before it starts ({obj.start_date}); fix the dates."
    return None


def _agreement_guard(a: Agreement, action: str, today: dt.date) -> str | None:
    if action == "signed" and a.amendment_of:
        if problem := amendable_status_refusal(original_of(a)):
            return problem
        return (amend.sign_problem(a) or _dates_problem(a)
                or _signature_problem(a, today, a.authorised_officers))
    if action == "signed" and a.status == "draft":
        errors = validate_agreement({**agreement_form(a), "partner": a.partner_id},
                                    agreement_id=a.id)
        if errors:
            return next(iter(errors.values()))
        return _dates_problem(a) or _signature_problem(a, today, a.authorised_officers)
    if action == "signed":  # resume a suspended agreement
        if a.end_date and _d(a.end_date) < today:
            return f"Its end date ({a.end_date}) has passed; end it instead of resuming it."
    if action == "ended":
        if not a.end_date or _d(a.end_date) >= today:
            return (f"It ends after its end date ({a.end_date or 'not set'}); to stop it "
                    "earlier, terminate it.")
        if live := _live_pds(a):
            return (f"Programme document {live[0].reference} is still {live[0].status}; end or "
                    "terminate it first.")
    if action == "terminated" and not a.termination_document:
        return "Terminating needs the termination document: attach it (kind: termination document)."
    return None


def _pd_guard(pd: ProgrammeDocument, action: str, today: dt.date) -> str | None:
    agreement = pd.agreement
    if pd.amendment_of and action == "signed":
        if problem := amendable_status_refusal(original_of(pd)):
            return problem
        if agreement.end_date and pd.end_date and _d(pd.end_date) > _d(agreement.end_date):
            return (f"The amended end date ({pd.end_date}) is after the agreement's "
                    f"({agreement.end_date}); amend the agreement first.")
        return (amend.sign_problem(pd) or _dates_problem(pd)
                or _signature_problem(pd, today, agreement.authorised_officers))
    if action in ("review", "signature") or (action == "signed" and pd.status in ("draft",
                                                                                 "signature")):
        if problem := _dates_problem(pd):
            return problem
        if not pd.results or not any(o.get("indicators") for o in pd.results):
            return "Add at least one output with an indicator to the results framework."
        if not pd.budget_lines:
            return "Add the budget: at least one activity with its amounts."
    if action == "signature" and not pd.cash_transfer_modalities:
        return "Choose the cash-transfer modality (direct cash transfer, reimbursement or direct payment)."
    if action == "signed" and not pd.amendment_of:
        if agreement.status != "signed":
            return (f"Its agreement {agreement.reference} is {agreement.status}; the agreement "
                    "must be signed before its programme documents.")
        return _signature_problem(pd, today, agreement.authorised_officers)
    if action == "active":
        if pd.start_date and _d(pd.start_date) > today:
            return (f"It starts on {pd.start_date}; it becomes active on that date "
                    "(automatically).")
        if pd.end_date and _d(pd.end_date) < today:
            return f"Its end date ({pd.end_date}) has passed; end it instead."
        if agreement.status != "signed":
            return f"Its agreement {agreement.reference} is {agreement.status}."
    if action == "ended" and (not pd.end_date or _d(pd.end_date) >= today):
        return (f"It ends after its end date ({pd.end_date}); to stop it earlier, terminate "
                "it.")
    if action == "closed":
        if not pd.final_review_on:
            return "Closing needs the final review: record its date first."
        if pd.outstanding_amount:
            return (f"{pd.outstanding_amount:,.2f} {pd.currency} is still outstanding; it must "
                    "be reported or returned before closing.")
        if open_items := deferred_open(pd):
            return (f"Deferred item '{open_items[0].description}' is not done (due "
                    f"{open_items[0].due_date}); complete it before closing.")
    if action == "terminated" and not pd.termination_document:
        return "Terminating needs the termination document: attach it (kind: termination document)."
    return None


def deferred_open(record) -> list[DeferredItem]:
    return list(DeferredItem.live().where((DeferredItem.owner_id == record.id)
                                          & DeferredItem.done_on.is_null()))


def _live_pds(a: Agreement) -> list[ProgrammeDocument]:
    return list(ProgrammeDocument.live().where(
        (ProgrammeDocument.agreement == a) & ProgrammeDocument.amendment_of.is_null()
        & ProgrammeDocument.status.in_(LIVE_PD)))


def guard(obj, action: str, today: dt.date | None = None) -> str | None:
    """Why `action` is refused for `obj` now, or None when it is allowed."""
    today = today or dt.date.today()
    allowed = flow(obj).get(obj.status, ())
    if action not in allowed:
        options = ", ".join(allowed) or "none"
        return (f"{obj.reference} is {obj.status}; it cannot become {action} (possible: "
                f"{options}).")
    if action == "cancelled":
        return None
    if isinstance(obj, Agreement):
        return _agreement_guard(obj, action, today)
    return _pd_guard(obj, action, today)


def allowed_actions(obj, today: dt.date | None = None) -> list[tuple[str, bool, str]]:
    """[(action, enabled, reason it is refused)] for every action the current status offers."""
    result = []
    for action in flow(obj).get(obj.status, ()):
        reason = guard(obj, action, today)
        result.append((action, reason is None, reason or ""))
    return result


def transition(obj, action: str, *, today: dt.date | None = None, reason: str = "",
               lang: str = "en", **details):
    """Move `obj` to status `action`, or raise DomainError saying why not.

    Signing seals the text signed in `lang` (its template editions and SHA-256, evidence.py).
    """
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise DomainError(f"Unknown detail {sorted(unknown)[0]} for a status change.")
    before = {k: getattr(obj, k) for k in details}
    for key, value in details.items():
        setattr(obj, key, _d(value) if key.endswith("_on") else value)
    problem = guard(obj, action, today)
    if problem is None and reason_required(action) and not reason.strip():
        problem = "Cancelling needs a justification: say why in a sentence."
    if problem is not None:
        for key, value in before.items():
            setattr(obj, key, value)
        raise DomainError(problem)
    sealing = action == "signed" and obj.status != "suspended"
    with atomic():
        if sealing:
            evidence.seal(obj, lang)
        if obj.amendment_of and action == "signed":  # what it changed, kept for reprints
            obj.amendment_difference = amend.live_difference(obj)
        obj.status = action
        if reason:
            obj.status_reason = reason.strip()
        obj.save()
        if obj.amendment_of and action == "signed":
            original = merge(obj)
            if original.text_sha256:  # the consolidated text now in force
                original.text_sha256 = evidence.fingerprint(original)
                original.save()
    return obj


def apply_automatic_transitions(today: dt.date | None = None) -> list[str]:
    """Start and end what the calendar says; return one sentence per change, for the user."""
    today = today or dt.date.today()
    messages = []
    with atomic():
        live = ProgrammeDocument.live().where(ProgrammeDocument.amendment_of.is_null())
        for pd in live.where((ProgrammeDocument.status == "signed")
                             & (ProgrammeDocument.start_date <= today)).join(Agreement).where(
                                 Agreement.status == "signed"):
            pd.status = "active"
            pd.save()
            messages.append(f"{pd.reference} became active on its start date ({pd.start_date}).")
        for pd in live.where(ProgrammeDocument.status.in_(("signed", "active"))
                             & (ProgrammeDocument.end_date < today)):
            pd.status = "ended"
            pd.save()
            messages.append(f"{pd.reference} ended after its end date ({pd.end_date}).")
        for a in Agreement.live().where(Agreement.amendment_of.is_null()
                                        & (Agreement.status == "signed")
                                        & (Agreement.end_date < today)):
            if _live_pds(a):
                continue
            a.status = "ended"
            a.save()
            messages.append(f"Agreement {a.reference} ended after its end date ({a.end_date}).")
    return messages
