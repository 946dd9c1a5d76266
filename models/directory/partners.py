"""Partners: validation, saving, look-ups and the partner list (DOMAIN.md section 1)."""
from __future__ import annotations

import datetime as dt

from .. import listing
from ..base import assign, atomic, get_or_not_found
from ..db import database
from ..errors import NotFound, ValidationError
from ..messages import msg
from ..validation import check_officers, date_field, email, not_future, required
from . import duplicates, vocab
from .entities import Partner

EXPIRY_YEARS = 4  # an assessment older than this is "expiring" (DOMAIN.md section 1)

EDITABLE = ("legal_name", "short_name", "partner_type", "cso_type", "tags", "vendor_number",
            "country", "address", "email", "phone", "contacts", "authorised_officers",
            "bank_details", "risk_rating", "risk_assessment_type", "risk_assessed_on",
            "core_values_assessed_on", "psea_assessed_on", "due_diligence_status",
            "due_diligence_on", "notes")

LIST = listing.ListSpec(
    table="partner", fts="partner_fts",
    columns=(
        listing.Column("legal_name", "Name", "t.legal_name", index="partner_list_legal_name"),
        listing.Column("short_name", "Acronym", "t.short_name", index="partner_list_short_name"),
        listing.Column("partner_type", "Type", "t.partner_type",
                       index="partner_list_partner_type"),
        listing.Column("country", "Country", "t.country", index="partner_list_country"),
        listing.Column("risk_rating", "Risk", "t.risk_rating", index="partner_list_risk_rating"),
        listing.Column("due_diligence_status", "Due diligence", "t.due_diligence_status",
                       index="partner_list_due_diligence_status"),
        listing.Column("office", "Office", "t.office", index="partner_list_office"),
    ),
    filters={"partner_type": "t.partner_type = ?", "office": "t.office = ?",
             "risk_rating": "t.risk_rating = ?"},
)


def validate(data: dict, partner_id: str | None = None) -> dict[str, str]:
    """Every problem with `data`, keyed by field, in words the user can act on (`partner_id`:
    the partner being edited, which may keep its own vendor number)."""
    errors: dict[str, str] = {}
    if problem := required(data.get("legal_name"), msg("The legal name")):
        errors["legal_name"] = problem
    ptype = data.get("partner_type")
    if problem := (required(ptype, msg("The partner type"))
                   or vocab.check(vocab.PARTNER_TYPES, ptype, msg("partner type"))):
        errors["partner_type"] = problem
    if ptype == "cso":
        cso = data.get("cso_type")
        if problem := (required(cso, msg("For a civil society organisation, the CSO type"))
                       or vocab.check(vocab.CSO_TYPES, cso, msg("CSO type"))):
            errors["cso_type"] = problem
    for tag in data.get("tags") or []:
        if tag not in vocab.PARTNER_TYPES:
            errors["tags"] = msg("Unknown category '{code}'.", code=str(tag))
    if problem := email(data.get("email")):
        errors["email"] = problem
    risk = data.get("risk_rating")
    if risk and (problem := vocab.check(vocab.RISK_RATINGS, risk, msg("risk rating"))):
        errors["risk_rating"] = problem
    atype = data.get("risk_assessment_type")
    if atype and (problem := vocab.check(vocab.ASSESSMENT_TYPES, atype,
                                         msg("assessment type"))):
        errors["risk_assessment_type"] = problem
    for key, what in (("risk_assessed_on", msg("The risk assessment date")),
                      ("core_values_assessed_on", msg("The core values assessment date")),
                      ("psea_assessed_on", msg("The PSEA assessment date")),
                      ("due_diligence_on", msg("The due diligence date"))):
        value = date_field(data, key, errors)
        if problem := not_future(value, what):
            errors[key] = problem
    if risk and risk != "not_required" and not data.get("risk_assessed_on") \
            and "risk_assessed_on" not in errors:
        errors["risk_assessed_on"] = msg("A risk rating needs the date of the assessment that "
                                         "justifies it.")
    if clash := duplicates.same_vendor(data.get("vendor_number"), exclude_id=partner_id):
        errors["vendor_number"] = msg("Vendor number {number} is already {partner}'s; a vendor "
                                      "number is one partner. Open that partner instead of "
                                      "adding it again.",
                                      number=data["vendor_number"].strip(), partner=clash[1])
    dd = data.get("due_diligence_status") or "not_started"
    if problem := vocab.check(vocab.DUE_DILIGENCE_STATUSES, dd, msg("due diligence status")):
        errors["due_diligence_status"] = problem
    check_officers(data.get("authorised_officers"), errors)
    return errors


def next_reference(office: str) -> str:
    prefix = f"{office}/PT/"
    row = database.execute_sql(
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM partner WHERE reference LIKE ?",
        (len(prefix) + 1, prefix + "%")).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:05d}"


def save(data: dict, *, office: str, partner_id: str | None = None) -> Partner:
    """Create or update a partner from form data; raise ValidationError listing every problem."""
    errors = validate(data, partner_id)
    if errors:
        raise ValidationError(errors)
    clean = {k: data.get(k) for k in EDITABLE if k in data}
    if isinstance(clean.get("vendor_number"), str):
        clean["vendor_number"] = clean["vendor_number"].strip()
    for key in ("risk_assessed_on", "core_values_assessed_on", "psea_assessed_on",
                "due_diligence_on"):
        if key in clean:
            clean[key] = date_field(clean, key, {})
    if clean.get("partner_type") != "cso":
        clean["cso_type"] = None
    with atomic():
        if partner_id:
            partner = get(partner_id)
        else:
            partner = Partner(office=office, reference=next_reference(office))
        assign(partner, clean)
        partner.save(force_insert=partner_id is None)
    return partner


def get(partner_id: str) -> Partner:
    return get_or_not_found(Partner, partner_id, msg(
        "That partner no longer exists; it may have been deleted."))


def by_reference(reference: str) -> Partner:
    partner = Partner.get_or_none((Partner.reference == reference) & (Partner.deleted == False))  # noqa: E712
    if partner is None:
        raise NotFound(msg("No partner with reference {reference}.", reference=reference))
    return partner


def as_form(partner: Partner) -> dict:
    """The editable fields of a partner, as the editor shows them."""
    data = {k: getattr(partner, k) for k in EDITABLE}
    for key, value in data.items():
        if isinstance(value, dt.date):
            data[key] = value.isoformat()
    return data


def choices(office: str | None = None, limit: int = 500) -> list[tuple[str, str]]:
    """(id, display name) of live partners for pickers, by name."""
    query = Partner.live().order_by(Partner.legal_name).limit(limit)
    return [(p.id, f"{p.legal_name} ({p.short_name})" if p.short_name else p.legal_name)
            for p in query]


def assessment_expired(partner: Partner, on: dt.date | None = None) -> bool:
    on = on or dt.date.today()
    assessed = partner.risk_assessed_on
    if not assessed:
        return False
    if isinstance(assessed, str):
        assessed = dt.date.fromisoformat(assessed)
    try:
        limit = assessed.replace(year=assessed.year + EXPIRY_YEARS)
    except ValueError:  # 29 February
        limit = assessed.replace(year=assessed.year + EXPIRY_YEARS, day=28)
    return on >= limit


def delete(partner_id: str) -> None:
    get(partner_id).soft_delete()
