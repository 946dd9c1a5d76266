"""Partnerships and their partners: rules, saving, look-ups and the list (DOMAIN.md section 2)."""
from __future__ import annotations

import datetime as dt

from .. import listing
from ..base import assign, atomic, get_or_not_found
from ..db import database
from ..errors import DomainError, NotFound, ValidationError
from ..messages import msg, status as state
from ..validation import date_field, required, start_before_end
from . import vocab
from .entities import Office, Partner, Partnership, PartnershipPartner, Person

EDITABLE = ("title", "level", "contribution_types", "engagement_type", "formality",
            "geographic_reach", "objectives", "results", "focal_point", "start_date",
            "planned_end", "status")

# Allowed status changes; anything else is refused with the reason.
TRANSITIONS = {
    "proposed": {"active", "closed"},
    "active": {"suspended", "closed"},
    "suspended": {"active", "closed"},
    "closed": set(),
}

LIST = listing.ListSpec(
    table="partnership", fts="partnership_fts",
    columns=(
        listing.Column("reference", "Reference", "t.reference",
                       index="partnership_list_reference"),
        listing.Column("title", "Title", "t.title", index="partnership_list_title"),
        listing.Column("status", "Status", "t.status", index="partnership_list_status"),
        listing.Column("level", "Level", "t.level", index="partnership_list_level"),
        listing.Column("office", "Office", "t.office", index="partnership_list_office"),
        listing.Column("focal_point", "Focal point",
                       "(SELECT name FROM person WHERE id = t.focal_point_id)", sortable=False),
        listing.Column("start_date", "Start", "t.start_date", index="partnership_list_start_date"),
        listing.Column("planned_end", "Planned end", "t.planned_end",
                       index="partnership_list_planned_end"),
    ),
    filters={"status": "t.status = ?", "office": "t.office = ?", "level": "t.level = ?",
             "contribution": "EXISTS (SELECT 1 FROM json_each(t.contribution_types) "
                             "WHERE value = ?)"},
)


def validate(data: dict, *, members: list[dict] | None = None,
             current_status: str | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    if problem := required(data.get("title"), msg("The title")):
        errors["title"] = problem
    for key, table, what in (("level", vocab.LEVELS, msg("level")),
                             ("engagement_type", vocab.ENGAGEMENT_TYPES, msg("engagement type")),
                             ("formality", vocab.FORMALITY, msg("formality"))):
        if data.get(key) and (problem := vocab.check(table, data[key], what)):
            errors[key] = problem
    kinds = data.get("contribution_types") or []
    if not kinds:
        errors["contribution_types"] = msg("Choose at least one contribution to results "
                                           "(programme, knowledge, advocacy or resources).")
    for kind in kinds:
        if problem := vocab.check(vocab.CONTRIBUTION_TYPES, kind, msg("contribution type")):
            errors["contribution_types"] = problem
    start = date_field(data, "start_date", errors)
    end = date_field(data, "planned_end", errors)
    if problem := start_before_end(start, end, msg("The planned end")):
        errors["planned_end"] = problem
    status = data.get("status") or "proposed"
    if problem := vocab.check(vocab.PARTNERSHIP_STATUSES, status, msg("status")):
        errors["status"] = problem
    elif current_status and status != current_status and status not in TRANSITIONS[current_status]:
        allowed = sorted(TRANSITIONS[current_status])
        errors["status"] = msg(
            "A {current} partnership cannot become {status}; allowed: {allowed}.",
            current=state(vocab.PARTNERSHIP_STATUSES, current_status),
            status=state(vocab.PARTNERSHIP_STATUSES, status),
            allowed=[state(vocab.PARTNERSHIP_STATUSES, s) for s in allowed]
            or msg("none (closed)"))
    elif status == "active":
        if not data.get("focal_point"):
            errors["focal_point"] = msg("An active partnership needs a designated focal point; "
                                        "choose one before activating.")
        if members is not None and not any(m.get("role") == "lead" for m in members):
            errors["status"] = msg("An active partnership needs a lead partner; add one on the "
                                   "Partners tab before activating.")
        if not start:
            errors["start_date"] = msg("An active partnership needs a start date.")
    return errors


def next_reference(office: str, year: int | None = None) -> str:
    year = year or dt.date.today().year
    prefix = f"{office}/PS/{year}/"
    row = database.execute_sql(
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM partnership "
        "WHERE reference LIKE ?", (len(prefix) + 1, prefix + "%")).fetchone()
    return f"{prefix}{(row[0] or 0) + 1:04d}"


def save(data: dict, *, office: str, members: list[dict] | None = None,
         partnership_id: str | None = None) -> Partnership:
    """Create or update a partnership and (when given) its members in one transaction.

    `members` is a list of {partner (id), role, comparative_advantage}; None leaves them as they
    are. Raises ValidationError listing every problem.
    """
    existing = get(partnership_id) if partnership_id else None
    if members is None and existing is not None:
        current_members = [{"partner": m.partner_id, "role": m.role} for m in live_members(existing)]
    else:
        current_members = members
    errors = validate(data, members=current_members,
                      current_status=existing.status if existing else None)
    if members is not None:
        errors.update(_check_members(members))
    current = existing.status if existing is not None else "proposed"
    if not errors and data.get("status") not in (None, current):
        for guard in status_guards():
            if problem := guard(existing, data["status"]):
                errors["status"] = problem
                break
    if errors:
        raise ValidationError(errors)
    clean = {k: data.get(k) for k in EDITABLE if k in data}
    for key in ("start_date", "planned_end"):
        if key in clean:
            clean[key] = date_field(clean, key, {})
    with atomic():
        if existing is None:
            if not Office.select().where(Office.code == office).exists():
                raise DomainError(msg("Office {office} is not set up on this computer.",
                                      office=office))
            existing = Partnership(office=office, reference=next_reference(office))
        assign(existing, clean)
        existing.save(force_insert=partnership_id is None)
        if members is not None:
            _replace_members(existing, members)
    return existing


def status_guards() -> list:
    """Feature rules on status changes (the `partnership_guards` hook of models/feature.py):
    `guard(partnership, new_status) -> str | None` (a refusal message); `partnership` is None
    when a new partnership is created with that status."""
    from ..features import FEATURES
    return [guard for feature in FEATURES for guard in feature.partnership_guards]


def _check_members(members: list[dict]) -> dict[str, str]:
    seen = set()
    for member in members:
        partner = Partner.get_or_none(Partner.id == member.get("partner"))
        if partner is None or partner.deleted:
            return {"members": msg("A partner in the list no longer exists; remove it.")}
        if partner.id in seen:
            return {"members": msg("{partner} is listed twice; keep one row.",
                                   partner=partner.legal_name)}
        seen.add(partner.id)
        if member.get("role") not in vocab.PARTNER_ROLES:
            return {"members": msg("Choose a role for {partner}.", partner=partner.legal_name)}
        if partner.due_diligence_status == "rejected":
            return {"members": msg("{partner} failed due diligence (unacceptable risk) and "
                                   "cannot join a partnership.", partner=partner.legal_name)}
    return {}


def _replace_members(partnership: Partnership, members: list[dict]) -> None:
    current = {m.partner_id: m for m in live_members(partnership)}
    wanted = {m["partner"]: m for m in members}
    for partner_id, row in current.items():
        if partner_id not in wanted:
            row.soft_delete()
    for partner_id, member in wanted.items():
        row = current.get(partner_id) or PartnershipPartner(
            office=partnership.office, partnership=partnership, partner=partner_id)
        changed = (row.role, row.comparative_advantage) != (
            member.get("role"), member.get("comparative_advantage", ""))
        if partner_id not in current or changed:
            row.role = member.get("role")
            row.comparative_advantage = member.get("comparative_advantage", "")
            row.save(force_insert=partner_id not in current)


def live_members(partnership: Partnership) -> list[PartnershipPartner]:
    return list(PartnershipPartner.select(PartnershipPartner, Partner)
                .join(Partner)
                .where((PartnershipPartner.partnership == partnership)
                       & (PartnershipPartner.deleted == False))  # noqa: E712
                .order_by(PartnershipPartner.role != "lead", Partner.legal_name))


def members_as_form(partnership: Partnership) -> list[dict]:
    return [{"partner": m.partner_id, "partner_name": m.partner.legal_name, "role": m.role,
             "comparative_advantage": m.comparative_advantage}
            for m in live_members(partnership)]


def get(partnership_id: str) -> Partnership:
    return get_or_not_found(Partnership, partnership_id, msg(
        "That partnership no longer exists; it may have been deleted."))


def by_reference(reference: str) -> Partnership:
    row = Partnership.get_or_none((Partnership.reference == reference)
                                  & (Partnership.deleted == False))  # noqa: E712
    if row is None:
        raise NotFound(msg("No partnership with reference {reference}.", reference=reference))
    return row


def as_form(partnership: Partnership) -> dict:
    data = {k: getattr(partnership, k) for k in EDITABLE if k != "focal_point"}
    data["focal_point"] = partnership.focal_point_id
    for key, value in data.items():
        if isinstance(value, dt.date):
            data[key] = value.isoformat()
    return data


def people_choices(office: str | None = None) -> list[tuple[str, str]]:
    query = Person.live().order_by(Person.name)
    if office:
        query = query.where(Person.office == office)
    return [(p.id, p.name) for p in query]


def delete(partnership_id: str) -> None:
    with atomic():
        row = get(partnership_id)
        for member in live_members(row):
            member.soft_delete()
        row.soft_delete()
