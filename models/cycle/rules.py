"""Rules of the partnering cycle: what a phase form needs, and what must come first.

`form_problems` checks one phase's answers against the specification (no database; the form
calls it as the user types). `rule_problems` adds the rules that need the records: phases in
order, due diligence before the partnering agreement, a recent review before "continue".
Every message says what is wrong and how to fix it.
"""
from __future__ import annotations

import datetime as dt

from ..messages import Message, message_of, msg, term
from ..validation import to_date
from . import spec

CLEARED = ("cleared", "cleared_with_conditions")
DECIDED = CLEARED + ("rejected",)
NEVER_SKIPPED = ("ii", "ix")
REVIEW_MONTHS = 12


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)


def _empty(value) -> bool:
    return value is None or value == [] or value is False or (
        isinstance(value, str) and not value.strip())


def _label(text: str) -> Message:
    """A label of the cycle's forms inside a sentence (translated with context "cycle")."""
    return term(text, context="cycle")


def landscape_problem(rows) -> Message | None:
    for n, row in enumerate(rows or [], start=1):
        if _empty(row.get("who")):
            return msg("Row {n} of the landscape needs a name (who).", n=n)
        if str(row.get("interest")) not in spec.LEVEL_1_5:
            return msg("Row {n} ({who}): interest must be a number from 1 to 5.", n=n,
                       who=row["who"])
        if str(row.get("influence")) not in spec.LEVEL_1_5:
            return msg("Row {n} ({who}): influence must be a number from 1 to 5.", n=n,
                       who=row["who"])
        if row.get("relation") and row["relation"] not in spec.RELATIONS:
            return msg("Row {n} ({who}): choose a relation from the list.", n=n, who=row["who"])
    return None


def form_problems(code: str, status: str, answers: dict, *, na_reason: str = "",
                  partner_type: str | None = None) -> dict[str, str]:
    """Problems of one phase form, keyed by field ("status" and "na_reason" for the status).

    Required fields are enforced when the phase is marked done; dates, numbers and the
    due-diligence block are checked whatever the status. `partner_type` is the type of the
    partner chosen in `dd_partner` (phase ii), for the corporate screening criteria.
    """
    phase = spec.phase(code)
    errors: dict[str, str] = {}
    if status not in spec.PHASE_STATUSES:
        return {"status": msg("Unknown phase status '{status}'.", status=str(status))}
    if status == "not_applicable":
        if code == "ii":
            errors["status"] = msg("Due diligence cannot be skipped: every partner must be "
                                   "screened.")
        elif code == "ix":
            errors["status"] = msg("The partnership review cannot be skipped; record it, even "
                                   "briefly.")
        elif _empty(na_reason):
            errors["na_reason"] = msg("Say why this phase does not apply to this partnership.")
        return errors
    for field in phase.fields:
        value = answers.get(field.key)
        if field.kind == "date" and not _empty(value):
            try:
                to_date(value)
            except ValueError as exc:
                errors[field.key] = message_of(exc)
                continue
        if field.kind == "choice" and not _empty(value) and value not in field.choices:
            errors[field.key] = msg("Choose one of the listed values for {field}.",
                                    field=term(field.label, context="cycle", lower=True))
        if field.kind == "landscape" and (problem := landscape_problem(value)):
            errors[field.key] = problem
        if status == "done" and field.required and _empty(value) and field.key not in errors:
            errors[field.key] = msg("{field} is required to complete this phase.",
                                    field=_label(field.label))
    budget = answers.get("budget")
    if code == "iv" and not _empty(budget) and "budget" not in errors:
        try:
            if float(str(budget).replace(",", "")) < 0:
                raise ValueError
        except ValueError:
            errors["budget"] = msg("'{budget}' is not an amount; write digits only, e.g. "
                                   "250000.", budget=str(budget))
    if code == "ii":
        errors.update(_due_diligence_problems(answers, partner_type))
    return errors


def _due_diligence_problems(answers: dict, partner_type: str | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    outcome = answers.get("dd_outcome")
    if _empty(outcome):
        return errors
    if _empty(answers.get("dd_partner")):
        errors["dd_partner"] = msg("Choose the partner this due-diligence outcome is about.")
    if _empty(answers.get("dd_on")):
        errors["dd_on"] = msg("Give the date of the screening.")
    if _empty(answers.get("dd_reviewer")):
        errors["dd_reviewer"] = msg("Name who reviewed the due diligence.")
    if outcome == "cleared_with_conditions" and _empty(answers.get("dd_conditions")):
        errors["dd_conditions"] = msg("Write the conditions attached to the clearance.")
    if outcome in CLEARED:
        missing = [_label(label) for key, label in spec.DD_CHECKS.items()
                   if not answers.get(key)]
        if partner_type == "private_sector":
            missing += [_label(label) for key, label in spec.CORPORATE_CRITERIA.items()
                        if not answers.get(key)]
        if missing:
            errors["dd_outcome"] = msg("A partner can only be cleared when every check is "
                                       "verified; not yet: {missing}. Tick them or record the "
                                       "outcome as rejected.", missing=missing)
    return errors


def order_problem(code: str, statuses: dict[str, str]) -> Message | None:
    """A phase is completed only after every earlier phase is done or not applicable."""
    for earlier in spec.PHASES:
        if earlier.code == code:
            return None
        if statuses.get(earlier.code, "not_started") not in ("done", "not_applicable"):
            return msg("Complete phase {earlier} ({title}) first, or mark it not applicable with "
                       "a reason; phase {code} comes after it.", earlier=earlier.code,
                       title=_label(earlier.title), code=code)
    return None


def agreement_problem(members: list[tuple[str, str]]) -> Message | None:
    """No partnering agreement before due diligence is cleared. members: (name, dd status)."""
    if not members:
        return msg("Add the partners to this partnership before agreeing on a partnering "
                   "agreement.")
    rejected = [name for name, status in members if status == "rejected"]
    if rejected:
        return msg("Due diligence rejected {names} (unacceptable risk); remove them from the "
                   "partnership before the partnering agreement.", names=rejected)
    pending = [name for name, status in members if status not in CLEARED]
    if pending:
        return msg("Due diligence is not cleared for {names}; record a cleared outcome in phase "
                   "ii (Identifying) before the partnering agreement.", names=pending)
    return None


def screening_problem(members: list[tuple[str, str]]) -> Message | None:
    """Phase ii is done only when every partner has a due-diligence outcome."""
    pending = [name for name, status in members if status not in DECIDED]
    if pending:
        return msg("Record a due-diligence outcome for {names} before completing phase ii.",
                   names=pending)
    return None


def continue_problem(decision: str | None, decided_on: dt.date | None,
                     last_review: dt.date | None) -> Message | None:
    """No "continue" (or "expand") decision without a review in the 12 months before it."""
    if decision not in ("continue", "expand") or decided_on is None:
        return None
    since = add_months(decided_on, -REVIEW_MONTHS)
    if last_review is None or not (since <= last_review <= decided_on):
        when = (msg("the last one was on {day}", day=last_review) if last_review
                else msg("there is none"))
        return (msg("To continue the partnership it needs a review in the 12 months before the "
                    "decision ({since} to {decided}); {when}. Record a review in phase ix "
                    "first.", since=since, decided=decided_on, when=when)
                if decision == "continue" else
                msg("To expand the partnership it needs a review in the 12 months before the "
                    "decision ({since} to {decided}); {when}. Record a review in phase ix "
                    "first.", since=since, decided=decided_on, when=when))
    return None
