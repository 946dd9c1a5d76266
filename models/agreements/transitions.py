"""Status transitions of agreements and programme documents, their guards, and the automatic ones.

An action is named by the status it leads to. Every refusal is a sentence that says what is
missing and how to fix it; `allowed_actions` gives the same sentences before the user clicks.
The flows and the rules every layer asks (reasons, amendments, new PDs) are in `rules`.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..base import atomic
from ..errors import DomainError
from ..messages import Message, msg, status
from ..validation import to_date
from . import amend, evidence, signatories
from .deferred import deferred_description
from .amendment_rows import merge, original_of
from .entities import Agreement, DeferredItem, ProgrammeDocument
from .forms import agreement_form, validate_agreement
from .rules import LIVE_PD, amendable_status_refusal, flow, reason_required
from .vocab import AGREEMENT_STATUSES, PD_STATUSES

DETAIL_FIELDS = ("partner_signatory", "partner_signatory_title", "partner_signed_on",
                 "unicef_signatory", "unicef_signatory_title", "unicef_signed_on",
                 "termination_document")


def _d(value) -> dt.date | None:
    return to_date(value) if not isinstance(value, dt.date) or isinstance(value, dt.datetime) \
        else value


def _signature_problem(obj, today: dt.date, officers: list[dict]) -> Message | None:
    agreement = isinstance(obj, Agreement)
    missing = [label for label, value in (
        (msg("the partner's signatory"), obj.partner_signatory),
        (msg("the date the partner signed"), obj.partner_signed_on),
        (msg("UNICEF's signatory"), obj.unicef_signatory),
        (msg("the date UNICEF signed"), obj.unicef_signed_on)) if not value]
    if missing:
        return msg("Signing needs {missing}; fill them in on the signatures tab.",
                   missing=missing)
    if _d(obj.partner_signed_on) > today:
        return msg("The partner's signature date ({day}) is in the future; a signature date "
                   "cannot be.", day=_d(obj.partner_signed_on))
    if _d(obj.unicef_signed_on) > today:
        return msg("UNICEF's signature date ({day}) is in the future; a signature date cannot "
                   "be.", day=_d(obj.unicef_signed_on))
    if problem := _in_force_before_signature(obj):
        return problem
    if problem := signatories.unicef_signatory_problem(obj):
        return problem
    if not officers:
        return (msg("Signing needs the partner's authorised officers; add them to the "
                    "agreement (or to the partner) first.") if agreement else
                msg("Signing needs the partner's authorised officers; add them to the "
                    "programme document (or to the partner) first."))
    names = {(o.get("name") or "").strip().casefold() for o in officers}
    if obj.partner_signatory.strip().casefold() not in names:
        return msg("{signatory} is not one of the partner's authorised officers ({officers}); "
                   "the partner's signatory must be.", signatory=obj.partner_signatory,
                   officers=[o.get("name", "") for o in officers])
    if not obj.signed_document:
        return (msg("Signing needs the signed agreement: attach the scan (kind: signed "
                    "document).") if agreement else
                msg("Signing needs the signed programme document: attach the scan (kind: "
                    "signed document)."))
    return None


def _in_force_before_signature(obj) -> Message | None:
    """A record cannot take effect before both parties sign it (eTools: the start is no earlier
    than the later signature); an amendment keeps the start of what it amends."""
    if obj.amendment_of or not obj.start_date:
        return None
    signed = max(_d(obj.partner_signed_on), _d(obj.unicef_signed_on))
    if _d(obj.start_date) < signed:
        return msg("It would be in force from {start}, before it is signed on {signed}; set the "
                   "start date to the date of the later signature or after it.",
                   start=_d(obj.start_date), signed=signed)
    return None


def _dates_problem(obj) -> Message | None:
    if not obj.start_date or not obj.end_date:
        return msg("Set the start and end dates first.")
    if _d(obj.end_date) < _d(obj.start_date):
        return msg("It ends ({end}) before it starts ({start}); fix the dates.",
                   end=_d(obj.end_date), start=_d(obj.start_date))
    return None


def _no_termination_document() -> Message:
    return msg("Terminating needs the termination document: attach it (kind: termination "
               "document).")


def _not_ended_yet(end: dt.date) -> Message:
    return msg("It ends after its end date ({end}); to stop it earlier, terminate it.", end=end)


def _agreement_guard(a: Agreement, action: str, today: dt.date) -> Message | None:
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
            return msg("Its end date ({end}) has passed; end it instead of resuming it.",
                       end=_d(a.end_date))
    if action == "ended":
        if not a.end_date:
            return msg("It has no end date; to stop it, terminate it.")
        if _d(a.end_date) >= today:
            return _not_ended_yet(_d(a.end_date))
        if live := _live_pds(a):
            return msg("Programme document {reference} is still {status}; end or terminate it "
                       "first.", reference=live[0].reference,
                       status=status(PD_STATUSES, live[0].status))
    if action == "terminated" and not a.termination_document:
        return _no_termination_document()
    return None


def _pd_guard(pd: ProgrammeDocument, action: str, today: dt.date) -> Message | None:
    agreement = pd.agreement
    if pd.amendment_of and action == "signed":
        if problem := amendable_status_refusal(original_of(pd)):
            return problem
        if agreement.end_date and pd.end_date and _d(pd.end_date) > _d(agreement.end_date):
            return msg("The amended end date ({end}) is after the agreement's ({agreement_end}); "
                       "amend the agreement first.", end=_d(pd.end_date),
                       agreement_end=_d(agreement.end_date))
        return (amend.sign_problem(pd) or _dates_problem(pd)
                or _signature_problem(pd, today, agreement.authorised_officers))
    if action in ("review", "signature") or (action == "signed" and pd.status in ("draft",
                                                                                 "signature")):
        if problem := _dates_problem(pd):
            return problem
        if not pd.results or not any(o.get("indicators") for o in pd.results):
            return msg("Add at least one output with an indicator to the results framework.")
        if not pd.budget_lines:
            return msg("Add the budget: at least one activity with its amounts.")
    if action == "signature" and not pd.cash_transfer_modalities:
        return msg("Choose the cash-transfer modality (direct cash transfer, reimbursement or "
                   "direct payment).")
    if action == "signed" and not pd.amendment_of:
        if agreement.status != "signed":
            return msg("Its agreement {reference} is {status}; the agreement must be signed "
                       "before its programme documents.", reference=agreement.reference,
                       status=status(AGREEMENT_STATUSES, agreement.status))
        return _signature_problem(pd, today, agreement.authorised_officers)
    if action == "active":
        if pd.start_date and _d(pd.start_date) > today:
            return msg("It starts on {start}; it becomes active on that date (automatically).",
                       start=_d(pd.start_date))
        if pd.end_date and _d(pd.end_date) < today:
            return msg("Its end date ({end}) has passed; end it instead.", end=_d(pd.end_date))
        if agreement.status != "signed":
            return msg("Its agreement {reference} is {status}.", reference=agreement.reference,
                       status=status(AGREEMENT_STATUSES, agreement.status))
    if action == "ended" and not pd.end_date:
        return msg("It has no end date; to stop it, terminate it.")
    if action == "ended" and _d(pd.end_date) >= today:
        return _not_ended_yet(_d(pd.end_date))
    if action == "closed":
        if not pd.final_review_on:
            return msg("Closing needs the final review: record its date first.")
        if pd.outstanding_amount:
            return msg("{amount} {currency} is still outstanding; it must be reported or "
                       "returned before closing.", amount=Decimal(str(pd.outstanding_amount)),
                       currency=pd.currency)
        if open_items := deferred_open(pd):
            return msg("Deferred item '{item}' is not done (due {due}); complete it before "
                       "closing.", item=deferred_description(open_items[0]),
                       due=_d(open_items[0].due_date))
    if action == "terminated" and not pd.termination_document:
        return _no_termination_document()
    return None


def deferred_open(record) -> list[DeferredItem]:
    return list(DeferredItem.live().where((DeferredItem.owner_id == record.id)
                                          & DeferredItem.done_on.is_null()))


def _live_pds(a: Agreement) -> list[ProgrammeDocument]:
    return list(ProgrammeDocument.live().where(
        (ProgrammeDocument.agreement == a) & ProgrammeDocument.amendment_of.is_null()
        & ProgrammeDocument.status.in_(LIVE_PD)))


def guard(obj, action: str, today: dt.date | None = None) -> Message | None:
    """Why `action` is refused for `obj` now, or None when it is allowed."""
    today = today or dt.date.today()
    allowed = flow(obj).get(obj.status, ())
    if action not in allowed:
        statuses = AGREEMENT_STATUSES if isinstance(obj, Agreement) else PD_STATUSES
        return msg("{reference} is {status}; it cannot become {target} (possible: {options}).",
                   reference=obj.reference, status=status(statuses, obj.status),
                   target=status(statuses, action),
                   options=[status(statuses, a) for a in allowed] or msg("none"))
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
        raise DomainError(msg("Unknown detail {name} for a status change.",
                              name=sorted(unknown)[0]))
    before = {k: getattr(obj, k) for k in details}
    for key, value in details.items():
        setattr(obj, key, _d(value) if key.endswith("_on") else value)
    problem = guard(obj, action, today)
    if problem is None and reason_required(action) and not reason.strip():
        problem = msg("Cancelling needs a justification: say why in a sentence.")
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


def apply_automatic_transitions(today: dt.date | None = None) -> list[Message]:
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
            messages.append(msg("{reference} became active on its start date ({start}).",
                                reference=pd.reference, start=_d(pd.start_date)))
        for pd in live.where(ProgrammeDocument.status.in_(("signed", "active"))
                             & (ProgrammeDocument.end_date < today)):
            pd.status = "ended"
            pd.save()
            messages.append(msg("{reference} ended after its end date ({end}).",
                                reference=pd.reference, end=_d(pd.end_date)))
        for a in Agreement.live().where(Agreement.amendment_of.is_null()
                                        & (Agreement.status == "signed")
                                        & (Agreement.end_date < today)):
            if _live_pds(a):
                continue
            a.status = "ended"
            a.save()
            messages.append(msg("Agreement {reference} ended after its end date ({end}).",
                                reference=a.reference, end=_d(a.end_date)))
    return messages
