"""Programme documents: the shape of their parts, validation, saving and budget totals.

Parts are plain lists of dicts (what the PD builder edits):
- results: [{"title", "indicators": [{"name", "baseline", "target", "means_of_verification"}]}]
- budget_lines: [{"activity", "start", "end", "unicef_cash", "partner_contribution",
  "supplies"}] -- activities with their time frame (ISO dates, optional) and budget
- cash_transfer_modalities: ["direct_cash_transfer" | "reimbursement" | "direct_payment"]
- planned_visits: [{"kind", "when", "location"}]; reporting_requirements: [{"kind", "due"}]
- risks: [{"risk", "mitigation"}]; locations: [text]
- budget lines may name the output they serve: "output": its number (1-based) in `results`
- context, strategy: text; cp_outputs: [text] (country programme outputs the PD serves)
- ratings: {"gender"|"equity"|"sustainability": {"rating": RATINGS code, "narrative"}}
- focal_points: {"unicef": [{"name", "email"}], "partner": [{"name", "email"}]}
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..base import assign, atomic, get_or_not_found
from ..errors import ValidationError
from ..messages import message_of, msg, status, term
from ..validation import date_field, required, start_before_end
from . import refs
from .entities import Agreement, ProgrammeDocument
from .rules import add_pd_refusal
from .vocab import CASH_MODALITIES, PD_STATUSES, PD_TYPES, RATINGS, REPORTING_KINDS, \
    SSFA_CEILING, VISIT_KINDS

RATING_AREAS = ("gender", "equity", "sustainability")

AMOUNT_KEYS = ("unicef_cash", "partner_contribution", "supplies")
CONTENT = ("pd_type", "title", "start_date", "end_date", "currency", "locations", "results",
           "budget_lines", "management_costs", "cash_transfer_modalities", "planned_visits",
           "reporting_requirements", "risks", "context", "strategy", "cp_outputs", "ratings",
           "focal_points")
SIGNATURE = ("partner_signatory", "partner_signatory_title", "partner_signed_on",
             "unicef_signatory", "unicef_signatory_title", "unicef_signed_on")
CLOSEOUT = ("final_review_on", "outstanding_amount")
EDITABLE = CONTENT + SIGNATURE + CLOSEOUT + ("amendment_types", "amendment_summary")
HUMANITARIAN_MAX_DAYS = 184  # a simplified humanitarian PD covers the first months only
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Totals:
    unicef_cash: Decimal
    partner_contribution: Decimal
    supplies: Decimal
    management_costs: Decimal
    unicef_total: Decimal  # cash + supplies + management costs
    total: Decimal  # UNICEF and partner together
    partner_share: Decimal  # percent of the total the partner brings


def amount(value) -> Decimal:
    """A money amount from a number or typed text; ValueError with a readable message."""
    if value in (None, ""):
        return Decimal(0)
    if isinstance(value, str):
        value = value.replace(",", "").replace(" ", "").replace("\u00a0", "")
    try:
        result = Decimal(str(value))
    except InvalidOperation:
        result = None
    if result is None or not result.is_finite():
        raise ValueError(msg("'{value}' is not an amount; write digits, e.g. 12500.00.",
                             value=str(value)))
    return result.quantize(CENT)


def totals(lines: list[dict], management_costs=0) -> Totals:
    sums = {k: sum((amount(line.get(k)) for line in lines or []), Decimal(0)) for k in AMOUNT_KEYS}
    mgmt = amount(management_costs)
    unicef = sums["unicef_cash"] + sums["supplies"] + mgmt
    total = unicef + sums["partner_contribution"]
    share = (sums["partner_contribution"] * 100 / total).quantize(Decimal("0.1")) if total \
        else Decimal(0)
    return Totals(sums["unicef_cash"], sums["partner_contribution"], sums["supplies"], mgmt,
                  unicef, total, share)


def pd_totals(pd: ProgrammeDocument) -> Totals:
    return totals(pd.budget_lines, pd.management_costs)


def _check_results(results, errors: dict) -> None:
    for i, output in enumerate(results or [], 1):
        if not (output.get("title") or "").strip():
            errors["results"] = msg("Output {i} needs a title.", i=i)
            return
        for j, ind in enumerate(output.get("indicators") or [], 1):
            if not (ind.get("name") or "").strip():
                errors["results"] = msg("Output {i}, indicator {j} needs a name.", i=i, j=j)
                return
            if not str(ind.get("target") or "").strip():
                errors["results"] = msg("Output {i}, indicator {j} ({name}) needs a target.",
                                        i=i, j=j, name=ind["name"])
                return


def _check_lines(lines, errors: dict) -> None:
    for i, line in enumerate(lines or [], 1):
        if not (line.get("activity") or "").strip():
            errors["budget_lines"] = msg("Budget line {i} needs an activity.", i=i)
            return
        for key in AMOUNT_KEYS:
            try:
                if amount(line.get(key)) < 0:
                    errors["budget_lines"] = msg("Budget line {i}: amounts cannot be negative.",
                                                 i=i)
                    return
            except ValueError as exc:
                errors["budget_lines"] = msg("Budget line {i}: {problem}", i=i,
                                             problem=message_of(exc))
                return
        start, end = date_field(line, "start", {}), date_field(line, "end", {})
        if start and end and end < start:
            errors["budget_lines"] = msg("Budget line {i}: the activity ends before it starts.",
                                         i=i)
            return


def validate(data: dict, agreement: Agreement | None, *, new: bool = True) -> dict[str, str]:
    errors: dict[str, str] = {}
    if agreement is None:
        errors["agreement"] = msg("Choose the agreement this programme document falls under.")
    elif new and (refusal := add_pd_refusal(agreement)):
        errors["agreement"] = refusal
    if data.get("pd_type", "standard") not in PD_TYPES:
        errors["pd_type"] = msg("Choose a standard or a humanitarian programme document.")
    if problem := required(data.get("title"), msg("The title")):
        errors["title"] = problem
    start = date_field(data, "start_date", errors)
    end = date_field(data, "end_date", errors)
    if problem := start_before_end(start, end, msg("The end date")):
        errors["end_date"] = problem
    elif agreement is not None and end and agreement.end_date and end > agreement.end_date:
        errors["end_date"] = msg("The programme document ends after its agreement ({end}); end "
                                 "it by then or amend the agreement.", end=agreement.end_date)
    if (data.get("pd_type") == "humanitarian" and start and end
            and (end - start).days > HUMANITARIAN_MAX_DAYS):
        errors["end_date"] = msg("A simplified humanitarian PD covers at most six months; "
                                 "shorten it or use a standard PD.")
    currency = (data.get("currency") or "USD").strip()
    if not (len(currency) == 3 and currency.isalpha()):
        errors["currency"] = msg("Write the currency as its three-letter code, e.g. USD.")
    _check_results(data.get("results"), errors)
    _check_lines(data.get("budget_lines"), errors)
    try:
        if amount(data.get("management_costs")) < 0:
            errors["management_costs"] = msg("Management costs cannot be negative.")
    except ValueError as exc:
        errors["management_costs"] = message_of(exc)
    for code in data.get("cash_transfer_modalities") or []:
        if code not in CASH_MODALITIES:
            errors["cash_transfer_modalities"] = msg(
                "Unknown cash-transfer modality '{code}'; choose from {codes}.", code=code,
                codes=list(CASH_MODALITIES))
    for visit in data.get("planned_visits") or []:
        if visit.get("kind", "programmatic") not in VISIT_KINDS:
            errors["planned_visits"] = msg("Unknown visit kind '{code}'.",
                                           code=str(visit.get("kind")))
    for req in data.get("reporting_requirements") or []:
        if req.get("kind") not in REPORTING_KINDS:
            errors["reporting_requirements"] = msg("Unknown report kind '{code}'.",
                                                   code=str(req.get("kind")))
    _check_extras(data, errors)
    for i, risk in enumerate(data.get("risks") or [], 1):
        if not (risk.get("risk") or "").strip() or not (risk.get("mitigation") or "").strip():
            errors["risks"] = msg("Risk {i} needs both the risk and its mitigation.", i=i)
    if agreement is not None and agreement.agreement_type == "ssfa" and "budget_lines" not in \
            errors and "management_costs" not in errors:
        unicef = totals(data.get("budget_lines"), data.get("management_costs")).unicef_total
        if unicef > SSFA_CEILING:
            errors["budget_lines"] = msg("An SSFA funds at most {ceiling} USD from UNICEF (this "
                                         "budget asks {amount}); use a PCA instead.",
                                         ceiling=SSFA_CEILING, amount=unicef)
    return errors


def _check_extras(data: dict, errors: dict) -> None:
    outputs = len(data.get("results") or [])
    for i, line in enumerate(data.get("budget_lines") or [], 1):
        link = line.get("output")
        if link not in (None, "") and not (str(link).isdigit() and 1 <= int(link) <= outputs):
            errors.setdefault("budget_lines", msg(
                "Budget line {i} is linked to output {link}, which does not exist (outputs 1 to "
                "{outputs}).", i=i, link=str(link), outputs=outputs))
    for area, value in (data.get("ratings") or {}).items():
        if area not in RATING_AREAS or not isinstance(value, dict) or \
                (value.get("rating") or "none") not in RATINGS:
            errors["ratings"] = msg("Rate {area} as one of: {ratings} (gender, equity and "
                                    "sustainability only).", area=str(area),
                                    ratings=[term(r, lower=True) for r in RATINGS.values()])
    for side, people in (data.get("focal_points") or {}).items():
        if side not in ("unicef", "partner") or any(
                not (p.get("name") or "").strip() for p in people or []):
            errors["focal_points"] = msg("Every focal point needs a name (UNICEF or partner "
                                         "side).")


def editable_fields(pd: ProgrammeDocument) -> tuple[str, ...]:
    if pd.amendment_of and pd.status == "draft":
        return CONTENT + SIGNATURE + ("amendment_types", "amendment_summary")
    if pd.status in ("draft", "review"):
        return CONTENT + SIGNATURE
    if pd.status == "signature":
        return SIGNATURE
    if pd.status in ("active", "ended"):
        return CLOSEOUT
    return ()


def _clean(data: dict) -> dict:
    clean = {k: data[k] for k in EDITABLE if k in data}
    for key in ("start_date", "end_date", "partner_signed_on", "unicef_signed_on",
                "final_review_on"):
        if key in clean:
            clean[key] = date_field(clean, key, {})
    for key in ("management_costs", "outstanding_amount"):
        if key in clean:
            clean[key] = float(amount(clean[key]))
    if "budget_lines" in clean:
        clean["budget_lines"] = [
            {**line, **{k: float(amount(line.get(k))) for k in AMOUNT_KEYS}}
            for line in clean["budget_lines"] or []]
    return clean


def as_form(pd: ProgrammeDocument) -> dict:
    data = {k: getattr(pd, k) for k in EDITABLE}
    data["agreement"] = pd.agreement_id
    for key, value in data.items():
        if isinstance(value, dt.date):
            data[key] = value.isoformat()
    return data


def save(data: dict, *, pd_id: str | None = None) -> ProgrammeDocument:
    """Create or update a programme document from form data; ValidationError lists problems.

    A new PD needs `agreement` (id). Fields a status has locked (a signed PD's content) are
    refused with the way to change them (an amendment).
    """
    existing = get(pd_id) if pd_id else None
    agreement_id = existing.agreement_id if existing else data.get("agreement")
    agreement = Agreement.get_or_none(Agreement.id == agreement_id) if agreement_id else None
    merged = as_form(existing) if existing else {}
    merged.update(data)
    errors = validate(merged, agreement, new=existing is None)
    if existing is not None:
        allowed = editable_fields(existing)
        current = as_form(existing)
        for key in data:
            if key in EDITABLE and key not in allowed and _differs(current.get(key), data[key]):
                errors[key] = msg("This programme document is {status}; this can no longer "
                                  "change here. Amend it instead.",
                                  status=status(PD_STATUSES, existing.status))
    if errors:
        raise ValidationError(errors)
    clean = _clean(data)
    with atomic():
        if existing is None:
            start = clean.get("start_date") or dt.date.today()
            existing = ProgrammeDocument(
                office=agreement.office, agreement=agreement,
                reference=refs.next_pd_reference(agreement.reference,
                                                 data.get("pd_type", "standard"), start.year),
                is_emergency=bool(data.get("is_emergency")), template=data.get("template"))
        assign(existing, clean)
        existing.unicef_cash_total = float(pd_totals(existing).unicef_total)
        existing.save(force_insert=pd_id is None)
    return existing


def _differs(before, after) -> bool:
    if isinstance(after, dt.date):
        after = after.isoformat()
    if before in (None, "") and after in (None, ""):
        return False
    if isinstance(before, (int, float)) or isinstance(after, (int, float)):
        try:
            return amount(before) != amount(after)
        except ValueError:
            return True
    return before != after


def get(pd_id: str) -> ProgrammeDocument:
    return get_or_not_found(ProgrammeDocument, pd_id, msg(
        "That programme document no longer exists; it may have been deleted."))


def by_reference(reference: str) -> ProgrammeDocument:
    """The PD with this reference (with or without its amendment suffix), not an amendment."""
    return refs.find_current(ProgrammeDocument, reference, msg(
        "No programme document with reference {reference}. 'list agreements' shows the "
        "references.", reference=reference))


def of_agreement(agreement: Agreement) -> list[ProgrammeDocument]:
    """Live PDs of an agreement (not amendment drafts), oldest first."""
    return list(ProgrammeDocument.live()
                .where((ProgrammeDocument.agreement == agreement)
                       & ProgrammeDocument.amendment_of.is_null())
                .order_by(ProgrammeDocument.reference))
