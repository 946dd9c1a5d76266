"""Who may sign: UNICEF's authorised officers per office, and the partner's authorised officers.

UNICEF signs through officers its office has delegated authority to (synced office data, one
row per officer with the period of the delegation); a signature by anyone else, or by whoever
happens to use the laptop, is refused. The partner signs through the authorised officers listed
on the agreement (copied from the partner when the agreement is made).
"""
from __future__ import annotations

import datetime as dt

from ..base import assign, atomic
from ..errors import DomainError, ValidationError
from ..messages import Message, msg
from ..validation import date_field, email, required, start_before_end
from .entities import Agreement, ProgrammeDocument, UnicefOfficer

FIELDS = ("name", "title", "email", "valid_from", "valid_until")


def unicef_officers(office: str, on: dt.date | None = None) -> list[UnicefOfficer]:
    """The office's officers authorised to sign for UNICEF (on a date, when given), by name."""
    rows = UnicefOfficer.live().where(UnicefOfficer.office == office) \
        .order_by(UnicefOfficer.name)
    if on is None:
        return list(rows)
    return [o for o in rows if (not o.valid_from or o.valid_from <= on)
            and (not o.valid_until or o.valid_until >= on)]


def validate(data: dict) -> dict[str, str]:
    errors: dict[str, str] = {}
    if problem := required((data.get("name") or "").strip(), msg("The officer's name")):
        errors["name"] = problem
    if problem := required((data.get("title") or "").strip(), msg("The officer's title")):
        errors["title"] = problem
    if problem := email(data.get("email")):
        errors["email"] = problem
    start = date_field(data, "valid_from", errors)
    end = date_field(data, "valid_until", errors)
    if problem := start_before_end(start, end, msg("The end of the delegation")):
        errors["valid_until"] = problem
    return errors


def save_unicef_officer(data: dict, *, office: str | None = None,
                        officer_id: str | None = None) -> UnicefOfficer:
    """Add (office needed) or change an officer authorised to sign for UNICEF."""
    existing = UnicefOfficer.get_or_none(UnicefOfficer.id == officer_id) if officer_id else None
    merged = {k: getattr(existing, k) for k in FIELDS} if existing else {}
    merged.update({k: v for k, v in data.items() if k in FIELDS})
    errors = validate(merged)
    if errors:
        raise ValidationError(errors)
    if existing is None and not office:
        raise DomainError(msg("Say which office the officer signs for."))
    clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in merged.items()}
    for key in ("valid_from", "valid_until"):
        clean[key] = date_field(clean, key, {})
    with atomic():
        record = existing or UnicefOfficer(office=office)
        assign(record, clean)
        record.save(force_insert=existing is None)
    return record


def remove_unicef_officer(officer_id: str) -> None:
    officer = UnicefOfficer.get_or_none(UnicefOfficer.id == officer_id)
    if officer is None:
        raise DomainError(msg("That officer is no longer on the list."))
    officer.soft_delete()


def unicef_signatory_problem(record) -> Message | None:
    """Why the UNICEF signatory of a record may not sign it, or None."""
    name = (record.unicef_signatory or "").strip()
    on = record.unicef_signed_on
    if isinstance(on, str):
        on = dt.date.fromisoformat(on)
    allowed = unicef_officers(record.office, on)
    if not allowed:
        return msg("No UNICEF officer of office {office} is authorised to sign on {day}; add the "
                   "office's authorised officers first (Signatures tab > UNICEF signatories, or "
                   "'officers add').", office=record.office, day=on)
    if name.casefold() not in {o.name.casefold() for o in allowed}:
        return msg("{name} is not authorised to sign for UNICEF in office {office} on {day} "
                   "(authorised: {names}).", name=name, office=record.office, day=on,
                   names=[o.name for o in allowed])
    return None


def partner_officers(record) -> list[dict]:
    """The partner's authorised officers for a record (an agreement's list, or its PD's)."""
    agreement = record.agreement if isinstance(record, ProgrammeDocument) else record
    return list(agreement.authorised_officers or [])


__all__ = ["unicef_officers", "save_unicef_officer", "remove_unicef_officer",
           "unicef_signatory_problem", "partner_officers", "Agreement"]
