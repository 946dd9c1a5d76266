"""Partners: validation, saving, look-ups and the partner list (DOMAIN.md section 1)."""
from __future__ import annotations

import datetime as dt

from .. import listing
from ..base import assign, atomic, get_or_not_found
from ..db import database
from ..errors import NotFound, ValidationError
from ..validation import date_field, email, not_future, required
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
    if msg := required(data.get("legal_name"), "The legal name"):
        errors["legal_name"] = msg
    ptype = data.get("partner_type")
    if msg := (required(ptype, "The partner type") or vocab.check(vocab.PARTNER_TYPES, ptype,
                                                                  "partner type")):
        errors["partner_type"] = msg
    if ptype == "cso":
        cso = data.get("cso_type")
        if msg := (required(cso, "For a civil society organisation, the CSO type")
                   or vocab.check(vocab.CSO_TYPES, cso, "CSO type")):
            errors["cso_type"] = msg
    for tag in data.get("tags") or []:
        if tag not in vocab.PARTNER_TYPES:
            errors["tags"] = f"Unknown category '{tag}'."
    if msg := email(data.get("email")):
        errors["email"] = msg
    risk = data.get("risk_rating")
    if risk and (msg := vocab.check(vocab.RISK_RATINGS, risk, "risk rating")):
        errors["risk_rating"] = msg
    atype = data.get("risk_assessment_type")
    if atype and (msg := vocab.check(vocab.ASSESSMENT_TYPES, atype, "assessment type")):
        errors["risk_assessment_type"] = msg
    for key, what in (("risk_assessed_on", "The risk assessment date"),
                      ("core_values_assessed_on", "The core values assessment date"),
                      ("psea_assessed_on", "The PSEA assessment date"),
                      ("due_diligence_on", "The due diligence date")):
        value = date_field(data, key, errors)
        if msg := not_future(value, what):
            errors[key] = msg
    if risk and risk != "not_required" and not data.get("risk_assessed_on") \
            and "risk_assessed_on" not in errors:
        errors["risk_assessed_on"] = ("A risk rating needs the date of the assessment that "
                                      "justifies it.")
    if clash := duplicates.same_vendor(data.get("vendor_number"), exclude_id=partner_id):
        errors["vendor_number"] = (f"Vendor number {data['vendor_number'].strip()} is already "
                                   f"{clash[1]}'s; a vendor number is one partner. Open that "
                                   "partner instead of adding it again.")
    dd = data.get("due_diligence_status") or "not_started"
    if msg := vocab.check(vocab.DUE_DILIGENCE_STATUSES, dd, "due diligence status"):
        errors["due_diligence_status"] = msg
    for i, officer in enumerate(data.get("authorised_officers") or []):
        if not (officer.get("name") or "").strip() or not (officer.get("title") or "").strip():
            errors["authorised_officers"] = (f"Authorised officer {i + 1} needs a name and a "
                                             "title.")
        elif msg := email(officer.get("email")):
            errors["authorised_officers"] = f"Authorised officer {i + 1}: {msg}"
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
    return get_or_not_found(Partner, partner_id, "That partner no longer exists; it may have been deleted.")


def by_reference(reference: str) -> Partner:
    partner = Partner.get_or_none((Partner.reference == reference) & (Partner.deleted == False))  # noqa: E712
    if partner is None:
        raise NotFound(f"No partner with reference {reference}.")
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
