"""Amendments: drafted as a copy of the signed record and compared field by field with it.

Whether a record may be amended is `rules.amend_refusal`; signing merges the amendment
(`amendment_rows.merge`, run by `rules.transition`).
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from ..base import atomic
from ..errors import DomainError
from ..messages import Message, msg, status, term
from . import pds, refs
from .amendment_rows import fields_of, original_of
from .entities import ProgrammeDocument
from .rules import amend_refusal, amendments
from .vocab import AMENDMENT_TYPES, CASH_MODALITIES

LABELS = {
    "title": "Title", "country_programme": "Country programme", "start_date": "Start date",
    "end_date": "End date", "authorised_officers": "Authorised officers",
    "special_conditions": "Special conditions", "pd_type": "Document type",
    "currency": "Currency", "locations": "Locations", "results": "Results",
    "budget_lines": "Budget lines", "management_costs": "Management costs",
    "cash_transfer_modalities": "Cash-transfer modality", "planned_visits": "Planned visits",
    "reporting_requirements": "Reporting requirements", "risks": "Risks and mitigation",
    "unicef_total": "UNICEF contribution (total)", "context": "Context",
    "strategy": "Implementation strategy", "cp_outputs": "Country programme outputs",
    "ratings": "Gender, equity and sustainability", "focal_points": "Focal points",
    "transfers_cash": "Transfer of cash",
}
NOT_COPIED = {"id", "version", "updated_at", "updated_by", "deleted", "status", "status_reason",
              "signed_document", "termination_document", "amendment_of", "amendment_number",
              "amendment_types", "amendment_summary", "reference", "final_review_on",
              "partner_signatory", "partner_signatory_title", "partner_signed_on",
              "unicef_signatory", "unicef_signatory_title", "unicef_signed_on",
              "template_editions", "signed_lang", "text_sha256", "amendment_difference"}


def create_amendment(record, kinds: list[str], summary: str = ""):
    """A draft copy of a signed record, numbered; edit it, then sign it to merge."""
    model = type(record)
    if refusal := amend_refusal(record):
        raise DomainError(refusal)
    if not kinds:
        raise DomainError(msg("Say what the amendment changes: budget, results, a no-cost "
                              "extension, an administrative change or other."))
    unknown = [k for k in kinds if k not in AMENDMENT_TYPES]
    if unknown:
        raise DomainError(msg("Unknown amendment type {code}; choose from {codes}.",
                              code=str(unknown[0]), codes=list(AMENDMENT_TYPES)))
    number = 1 + sum(1 for a in amendments(record) if a.status == "signed")
    values = {name: getattr(record, name) for name in record._meta.fields
              if name not in NOT_COPIED}
    if isinstance(record, ProgrammeDocument):
        values["agreement"] = record.agreement_id
    else:
        values["partner"] = record.partner_id
    with atomic():
        copy = model(**values)
        copy.reference = refs.amended_reference(record.reference, number)
        copy.amendment_of, copy.amendment_number = record.id, number
        copy.amendment_types, copy.amendment_summary = list(kinds), summary
        copy.status = "draft"
        copy.save(force_insert=True)
    return copy


def _text(name: str, value) -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if name == "unicef_total":
        return f"{pds.amount(value):,.2f}"
    if name == "results":
        return "\n".join(
            f"{o.get('title', '')}: " + "; ".join(
                f"{i.get('name', '')} ({i.get('baseline', '')} -> {i.get('target', '')})"
                for i in o.get("indicators") or [])
            for o in value)
    if name == "budget_lines":
        return "\n".join(
            f"{line.get('activity', '')}: " + " / ".join(
                f"{pds.amount(line.get(k)):,.2f}" for k in pds.AMOUNT_KEYS) for line in value)
    if name == "authorised_officers":
        return "\n".join(f"{o.get('name', '')}, {o.get('title', '')}" for o in value)
    if name == "cash_transfer_modalities":
        return ", ".join(CASH_MODALITIES.get(v, v) for v in value)
    if name in ("planned_visits", "reporting_requirements", "risks"):
        return "\n".join(" - ".join(str(v) for v in item.values() if v) for item in value)
    if name in ("locations", "cp_outputs"):
        return ", ".join(str(v) for v in value)
    if name in ("ratings", "focal_points"):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if name == "management_costs":
        return f"{pds.amount(value):,.2f}"
    return str(value)


def previous_reference(amendment) -> str:
    """The reference of the version an amendment changes: the base reference for the first,
    `-NN` of the amendment before it otherwise (eTools numbering; never its own reference)."""
    base = refs.base_reference(original_of(amendment).reference)
    number = amendment.amendment_number
    return base if number <= 1 else refs.amended_reference(base, number - 1)


def _same(before, after) -> bool:
    return json.dumps(_plain(before), sort_keys=True) == json.dumps(_plain(after), sort_keys=True)


def _plain(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    if value in (None, "", [], {}):
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return str(pds.amount(value))
    return value


def live_difference(amendment) -> list[list]:
    """[field, before, after] (plain JSON values) for each field the draft changes."""
    if not amendment.amendment_of:
        raise DomainError(msg("{reference} is not an amendment.", reference=amendment.reference))
    original = original_of(amendment)
    rows = []
    for name in fields_of(amendment):
        before, after = getattr(original, name), getattr(amendment, name)
        if not _same(before, after):
            rows.append([name, _plain(before), _plain(after)])
    if isinstance(amendment, ProgrammeDocument):
        before = pds.pd_totals(original).unicef_total
        after = pds.pd_totals(amendment).unicef_total
        if before != after:
            rows.append(["unicef_total", str(before), str(after)])
    return rows


def difference(amendment) -> list[list]:
    """What the amendment changes: frozen when it was signed, else against the signed record."""
    if amendment.status != "draft" and amendment.amendment_difference:
        return [list(row) for row in amendment.amendment_difference]
    return live_difference(amendment)


def amendment_diff(amendment) -> list[tuple[str, str, str]]:
    """(field label, before, after) as text for the window; the label is a vocabulary term."""
    return [(term(LABELS.get(name, name)), _text(name, before), _text(name, after))
            for name, before, after in difference(amendment)]


# What each type of amendment must change (a typed amendment that changes nothing is refused).
TYPE_FIELDS = {"budget_change": {"budget_lines", "management_costs", "unicef_total"},
               "results_change": {"results", "cp_outputs"},
               "no_cost_extension": {"end_date"}}


def sign_problem(amendment) -> Message | None:
    """Why an amendment cannot be signed as it stands, or None (its difference is real)."""
    rows = live_difference(amendment)
    if not rows:
        return msg("This amendment changes nothing yet: edit the draft so that it makes the "
                   "change it is for, or cancel it.")
    changed = {row[0] for row in rows}
    for kind in amendment.amendment_types or []:
        needed = TYPE_FIELDS.get(kind)
        if needed and not changed & needed:
            return msg("It is typed as a {kind} but does not change {fields}; make that change or "
                       "correct the type of amendment.", kind=status(AMENDMENT_TYPES, kind),
                       fields=[term(LABELS.get(n, n), lower=True) for n in sorted(needed)])
    if "no_cost_extension" in (amendment.amendment_types or []):
        if "unicef_total" in changed:
            return msg("A no-cost extension cannot change UNICEF's contribution; type it as a "
                       "budget change too.")
        end = next(row for row in rows if row[0] == "end_date")
        if end[1] and end[2] and end[2] <= end[1]:
            return msg("A no-cost extension moves the end date later; check the new end date.")
    return None
