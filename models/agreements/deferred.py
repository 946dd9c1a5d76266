"""Closing what an emergency launch deferred, with its evidence (DOMAIN.md section 5).

A deferred item is done only when its evidence is recorded: the signed original (a scan, which
becomes the record's signed document), the full assessment (type, date and risk rating, which
replace the "high risk assumed" rating on the partner), the due diligence (outcome, date and the
documents, which update the partner), or the full programme document (a file).
"""
from __future__ import annotations

import datetime as dt

from ..base import atomic
from ..directory import partners, vocab as directory_vocab
from ..errors import DomainError, ValidationError
from ..messages import Message, msg, term
from ..validation import to_date
from . import files
from .entities import Agreement, DeferredItem, ProgrammeDocument
from .vocab import DEFERRED_KINDS

ASSESSMENTS = ("micro", "simplified", "hact_macro", "un_assessed")
DUE_DILIGENCE = ("cleared", "cleared_with_conditions", "rejected")
NEEDS_FILE = {"signed_original", "due_diligence", "full_pd"}


def describe(kind: str, reference: str) -> Message:
    """What a deferred item is, e.g. "Full assessment for KEN/HPD2026001"."""
    return msg("{kind} for {reference}", kind=term(DEFERRED_KINDS.get(kind, kind)),
               reference=reference)


def deferred_description(item) -> Message | str:
    """The item's description, translatable: rebuilt from its kind and its record's reference
    when it reads as `describe` made it (the stored text is English)."""
    label = DEFERRED_KINDS.get(item.kind)
    prefix = f"{label} for "
    if label and (item.description or "").startswith(prefix):
        return describe(item.kind, item.description[len(prefix):])
    return item.description or ""


def _owner(item: DeferredItem):
    model = Agreement if item.owner_table == "agreement" else ProgrammeDocument
    return model.get_by_id(item.owner_id)


def _date(value, key: str, today: dt.date, errors: dict) -> dt.date | None:
    try:
        day = to_date(value)
    except ValueError as exc:
        errors[key] = exc.args[0] if exc.args else str(exc)
        return None
    if day is None:
        errors[key] = msg("Give the date.")
    elif day > today:
        errors[key] = msg("That date is in the future; give the date it happened.")
    return day


def _update_partner(item: DeferredItem, values: dict) -> None:
    partner = item.partner
    partners.save({**partners.as_form(partner), **values}, office=partner.office,
                  partner_id=partner.id)


def complete_deferred(item_id: str, evidence: dict | None = None,
                      today: dt.date | None = None) -> DeferredItem:
    """Close a deferred item with its evidence; ValidationError says what is missing.

    evidence: "path" or "data" + "filename" (the document); for a full assessment
    "assessment_type", "risk_rating", "assessed_on"; for due diligence "outcome", "done_on".
    """
    today = today or dt.date.today()
    evidence = dict(evidence or {})
    item = DeferredItem.get_or_none(DeferredItem.id == item_id)
    if item is None or item.deleted:
        raise DomainError(msg("That deferred item no longer exists."))
    if item.done_on:
        raise DomainError(msg("'{item}' was already done on {day}.",
                              item=deferred_description(item), day=item.done_on))
    errors: dict[str, str] = {}
    has_file = evidence.get("path") or evidence.get("data")
    if item.kind in NEEDS_FILE and not has_file:
        errors["file"] = {"signed_original": msg("Attach the scan of the signed original."),
                          "due_diligence": msg("Attach the due diligence documents."),
                          "full_pd": msg("Attach the full programme document.")}[item.kind]
    done_on = _date(evidence.get("done_on") or today.isoformat(), "done_on", today, errors)
    if item.kind == "full_assessment":
        if evidence.get("assessment_type") not in ASSESSMENTS:
            errors["assessment_type"] = msg("Say which assessment was done: {kinds}.", kinds=[
                term(directory_vocab.ASSESSMENT_TYPES[a], lower=True) for a in ASSESSMENTS])
        if evidence.get("risk_rating") not in directory_vocab.RISK_RATINGS:
            errors["risk_rating"] = msg("Give the risk rating the assessment concluded.")
        assessed = _date(evidence.get("assessed_on"), "assessed_on", today, errors)
    if item.kind == "due_diligence" and evidence.get("outcome") not in DUE_DILIGENCE:
        errors["outcome"] = msg("Give the outcome of the due diligence: cleared, cleared with "
                                "conditions, or rejected.")
    if errors:
        raise ValidationError(errors)
    owner = _owner(item)
    with atomic():
        kept = {}
        if has_file:
            kind = "signed_document" if item.kind == "signed_original" else "other"
            attachment = files.attach(owner, kind, path=evidence.get("path"),
                                      data=evidence.get("data"),
                                      filename=evidence.get("filename"))
            kept = {"sha256": attachment.sha256, "filename": attachment.filename}
        if item.kind == "full_assessment":
            _update_partner(item, {"risk_rating": evidence["risk_rating"],
                                   "risk_assessment_type": evidence["assessment_type"],
                                   "risk_assessed_on": assessed.isoformat()})
            kept.update({k: evidence[k] for k in ("assessment_type", "risk_rating")},
                        assessed_on=assessed.isoformat())
        if item.kind == "due_diligence":
            _update_partner(item, {"due_diligence_status": evidence["outcome"],
                                   "due_diligence_on": done_on.isoformat()})
            kept["outcome"] = evidence["outcome"]
        item.done_on = done_on
        item.evidence = kept
        item.save()
    return item
