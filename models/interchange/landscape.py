"""The landscape of an office: external activities (IATI, HXL 3W) and the organisations behind
them, listed and filtered beside the office's own partners; an organisation can be promoted to
a partner or matched with an existing one (DOMAIN.md section 3, phase i)."""
from __future__ import annotations

import functools

from .. import listing
from ..base import atomic, get_or_not_found
from ..db import database
from ..directory import Office, duplicates, partners
from ..errors import DomainError
from ..messages import msg
from .entities import ExternalOrg

# IATI OrganisationType -> (partner type, CSO type) when an organisation becomes a partner
PARTNER_TYPES = {"10": ("government", None), "11": ("government", None),
                 "15": ("government", None), "21": ("cso", "international"),
                 "22": ("cso", "national"), "23": ("cso", "national"),
                 "24": ("cso", "community_based"), "30": ("private_sector", None),
                 "40": ("multilateral", None), "60": ("academic_research", None),
                 "70": ("private_sector", None), "71": ("private_sector", None),
                 "72": ("private_sector", None), "73": ("private_sector", None),
                 "80": ("academic_research", None), "90": ("cso", "national")}
UN_PHRASES = ("united nations", "world food programme", "world health organization")
UN_SHORT = {"unicef", "undp", "unhcr", "wfp", "unfpa", "who", "ocha", "unocha", "unops", "iom",
            "fao", "unesco", "unwomen", "unaids", "unrwa"}

ACTIVITIES = listing.ListSpec(
    table="external_activity", fts="external_activity_fts",
    columns=(
        listing.Column("title", "Title", "t.title", index="external_activity_list_title"),
        listing.Column("reporting_org", "Reported by", "t.reporting_org",
                       index="external_activity_list_reporting_org"),
        listing.Column("implementers", "Implementing",
                       "(SELECT group_concat(json_extract(o.value, '$.name'), ', ') FROM "
                       "json_each(t.organisations) o WHERE json_extract(o.value, '$.role') = '4')",
                       sortable=False),
        listing.Column("sectors", "Sectors",
                       "(SELECT group_concat(s.value, ', ') FROM json_each(t.sectors) s)",
                       sortable=False),
        listing.Column("areas", "Areas",
                       "(SELECT group_concat(a.value, ', ') FROM json_each(t.areas) a)",
                       sortable=False),
        listing.Column("status", "Status", "t.status", index="external_activity_list_status"),
        listing.Column("start_date", "Start", "t.start_date",
                       index="external_activity_list_start_date"),
        listing.Column("end_date", "End", "t.end_date", index="external_activity_list_end_date"),
        listing.Column("budget", "Budget", "t.budget", index="external_activity_list_budget"),
        listing.Column("source", "Source", "t.source", index="external_activity_list_source"),
        listing.Column("office", "Office", "t.office", index="external_activity_list_office"),
    ),
    filters={"office": "t.office = ?", "source": "t.source = ?",
             "sector": "EXISTS (SELECT 1 FROM json_each(t.sectors) WHERE value = ?)",
             "area": "EXISTS (SELECT 1 FROM json_each(t.areas) WHERE value = ?)",
             "org_type": "EXISTS (SELECT 1 FROM json_each(t.org_types) WHERE value = ?)",
             "country": "t.country = ?"},
)

ORGANISATIONS = listing.ListSpec(
    table="external_org", fts="external_org_fts",
    columns=(
        listing.Column("name", "Organisation", "t.name", index="external_org_list_name"),
        listing.Column("org_type", "Type", "t.org_type", index="external_org_list_org_type"),
        listing.Column("activities", "Activities",
                       "(SELECT count(*) FROM external_activity a WHERE a.office = t.office AND "
                       "a.deleted = 0 AND EXISTS (SELECT 1 FROM json_each(a.organisations) o "
                       "WHERE json_extract(o.value, '$.name') = t.name))"),
        listing.Column("partner", "Partner",
                       "(SELECT p.legal_name FROM partner p WHERE p.id = t.partner_id "
                       "AND p.deleted = 0)"),
        listing.Column("status", "Status", "t.status", index="external_org_list_status"),
        listing.Column("office", "Office", "t.office", index="external_org_list_office"),
    ),
    filters={"office": "t.office = ?", "org_type": "t.org_type = ?", "status": "t.status = ?",
             "sector": "EXISTS (SELECT 1 FROM external_activity a, json_each(a.sectors) s, "
                       "json_each(a.organisations) o WHERE a.office = t.office AND a.deleted = 0 "
                       "AND s.value = ? AND json_extract(o.value, '$.name') = t.name)"},
)


@functools.lru_cache(maxsize=None)
def _iso():
    import iso3166
    return iso3166


def alpha2(iso3: str) -> str:
    country = _iso().countries_by_alpha3.get((iso3 or "").upper())
    return country.alpha2 if country else ""


def alpha3(iso2: str) -> str:
    country = _iso().countries_by_alpha2.get((iso2 or "").upper())
    return country.alpha3 if country else ""


def offices_by_country() -> dict[str, list[str]]:
    """ISO alpha-2 -> codes of the offices on this computer in that country."""
    found: dict[str, list[str]] = {}
    for office in Office.live().order_by(Office.code):
        if code := alpha2(office.country):
            found.setdefault(code, []).append(office.code)
    return found


def _distinct(sql: str, office: str | None) -> list[str]:
    where, params = ("AND t.office = ?", [office]) if office else ("", [])
    return [r[0] for r in database.execute_sql(sql.format(where=where), params) if r[0]]


def sector_choices(office: str | None = None) -> list[str]:
    return _distinct("SELECT DISTINCT s.value FROM external_activity t, json_each(t.sectors) s "
                     "WHERE t.deleted = 0 {where} ORDER BY 1", office)


def area_choices(office: str | None = None) -> list[str]:
    return _distinct("SELECT DISTINCT a.value FROM external_activity t, json_each(t.areas) a "
                     "WHERE t.deleted = 0 {where} ORDER BY 1", office)


def org_type_choices(office: str | None = None) -> list[str]:
    return _distinct("SELECT DISTINCT o.value FROM external_activity t, json_each(t.org_types) o "
                     "WHERE t.deleted = 0 {where} ORDER BY 1", office)


def actors(office: str, limit: int = 200) -> list[dict]:
    """Organisations active in the office's landscape, most active first, for the cycle's
    stakeholder map: {name, org_type, activities, partner (matched partner's name or '')}."""
    rows = listing.fetch(ORGANISATIONS, filters={"office": office}, order="activities",
                         descending=True, limit=limit)
    return [{"id": r[0], "name": r[1], "org_type": r[2], "activities": r[3],
             "partner": r[4] or ""} for r in rows]


def get_org(org_id: str) -> ExternalOrg:
    return get_or_not_found(ExternalOrg, org_id, msg(
        "That organisation is no longer in the landscape; it may have been removed."))


def suggestions(org_id: str) -> list[tuple[str, str, float]]:
    """Existing partners that may be this organisation (id, name, score), best first."""
    return duplicates.similar_partners(get_org(org_id).name)


def partner_type_for(org: ExternalOrg) -> tuple[str, str | None]:
    """The partner (and CSO) type an organisation's IATI type suggests; a multilateral whose
    name says United Nations is a UN entity."""
    ptype, cso = PARTNER_TYPES.get(org.org_type, ("cso", "national"))
    key = duplicates.name_key(org.name)
    if ptype == "multilateral" and (set(key.split()) & UN_SHORT
                                    or any(phrase in key for phrase in UN_PHRASES)):
        ptype = "un_agency"
    return ptype, cso


def promote(org_id: str, *, partner_type: str | None = None, cso_type: str | None = None):
    """Make a partner of a landscape organisation (its office's), and link the two."""
    with atomic():
        org = get_org(org_id)
        if org.partner_id:
            raise DomainError(msg("{name} is already linked to a partner.", name=org.name))
        guess, guess_cso = partner_type_for(org)
        ptype = partner_type or guess
        data = {"legal_name": org.name, "partner_type": ptype,
                "cso_type": (cso_type or guess_cso or "national") if ptype == "cso" else None,
                "country": database.execute_sql("SELECT country FROM office WHERE code = ?",
                                                 (org.office,)).fetchone()[0],
                "notes": f"From the landscape ({org.ref or 'no IATI identifier'})."}
        partner = partners.save(data, office=org.office)
        org.partner = partner.id
        org.status = "promoted"
        org.save()
    return partner


def match(org_id: str, partner_id: str) -> None:
    """Record that a landscape organisation is an existing partner."""
    with atomic():
        org = get_org(org_id)
        partners.get(partner_id)
        org.partner = partner_id
        org.status = "matched"
        org.save()


def dismiss(org_id: str) -> None:
    with atomic():
        org = get_org(org_id)
        org.status = "dismissed"
        org.save()
