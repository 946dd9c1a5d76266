"""Amendments: drafted as a copy of the signed record and compared field by field with it.

Whether a record may be amended is `rules.amend_refusal`; signing merges the amendment
(`amendment_rows.merge`, run by `rules.transition`).
"""
from __future__ import annotations

import datetime as dt

from ..base import atomic
from ..errors import DomainError
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
    "unicef_total": "UNICEF contribution (total)",
}
NOT_COPIED = {"id", "version", "updated_at", "updated_by", "deleted", "status", "status_reason",
              "signed_document", "termination_document", "amendment_of", "amendment_number",
              "amendment_types", "amendment_summary", "reference", "final_review_on",
              "partner_signatory", "partner_signatory_title", "partner_signed_on",
              "unicef_signatory", "unicef_signatory_title", "unicef_signed_on"}


def create_amendment(record, kinds: list[str], summary: str = ""):
    """A draft copy of a signed record, numbered; edit it, then sign it to merge."""
    model = type(record)
    if refusal := amend_refusal(record):
        raise DomainError(refusal)
    if not kinds:
        raise DomainError("Say what the amendment changes: budget, results, a no-cost "
                          "extension, an administrative change or other.")
    unknown = [k for k in kinds if k not in AMENDMENT_TYPES]
    if unknown:
        raise DomainError(f"Unknown amendment type {unknown[0]}; choose from "
                          f"{', '.join(AMENDMENT_TYPES)}.")
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
    if value in (None, "", []):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
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
    if name == "locations":
        return ", ".join(value)
    if name == "management_costs":
        return f"{pds.amount(value):,.2f}"
    return str(value)


def amendment_diff(amendment) -> list[tuple[str, str, str]]:
    """(field label, before, after) for each field the amendment changes, as text."""
    if not amendment.amendment_of:
        raise DomainError(f"{amendment.reference} is not an amendment.")
    original = original_of(amendment)
    rows = []
    for name in fields_of(amendment):
        before, after = _text(name, getattr(original, name)), _text(name, getattr(amendment,
                                                                                   name))
        if before != after:
            rows.append((LABELS.get(name, name), before, after))
    if isinstance(amendment, ProgrammeDocument):
        before = pds.pd_totals(original).unicef_total
        after = pds.pd_totals(amendment).unicef_total
        if before != after:
            rows.append((LABELS["unicef_total"], f"{before:,.2f}", f"{after:,.2f}"))
    return rows
