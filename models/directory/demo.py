"""Demo offices in every region, people, partners of every category, and partnerships of every
contribution type, level and status (the first demo builder; the other features build on them).
"""
from __future__ import annotations

import datetime as dt
import json
import random

from ..demo import DemoContext, _sync_columns, insert_rows
from . import settings, vocab

OFFICES = [  # code, name, ISO3 country, region
    ("KEN", "Kenya Country Office", "KEN", "ESARO"),
    ("NGA", "Nigeria Country Office", "NGA", "WCARO"),
    ("JOR", "Jordan Country Office", "JOR", "MENARO"),
    ("BGD", "Bangladesh Country Office", "BGD", "ROSA"),
    ("PHL", "Philippines Country Office", "PHL", "EAPRO"),
    ("HTI", "Haiti Country Office", "HTI", "LACRO"),
    ("UKR", "Ukraine Country Office", "UKR", "ECARO"),
]

PARTNER_NAMES = {
    "government": ["Ministry of Health", "Ministry of Education", "Ministry of Water",
                   "National Statistics Bureau", "County Government", "Ministry of Social Affairs"],
    "un_agency": ["World Food Programme", "World Health Organization", "UNHCR", "UNFPA", "UNDP"],
    "multilateral": ["World Bank", "African Development Bank", "Asian Development Bank"],
    "national_committee": ["UNICEF UK", "German Committee for UNICEF", "UNICEF USA"],
    "cso": ["Save the Children", "Plan International", "Red Crescent Society", "World Vision",
            "Community Health Alliance", "Girls Education Network", "Mothers Union",
            "جمعية العون الأردنية", "Association Solidarité Enfance", "Fundación Niñez"],
    "global_programme": ["Gavi, the Vaccine Alliance", "Global Partnership for Education",
                         "The Global Fund"],
    "private_sector": ["Safaricom", "Unilever", "Telenor", "Zenith Bank", "Jollibee Foods"],
    "academic_research": ["University of Nairobi", "Institute of Child Health", "BRAC University",
                          "Centre for Policy Research"],
    "media": ["National Broadcasting Corporation", "Radio Kiskeya", "Daily Nation Media"],
}
ACRONYM = {"جمعية العون الأردنية": "جعأ"}
THEMES = ["Water, sanitation and hygiene", "Immunization", "Early childhood development",
          "Girls' education", "Child protection", "Nutrition", "Social protection",
          "Adolescent health", "Birth registration", "Climate resilience", "Cash assistance",
          "Mental health and psychosocial support", "Digital learning", "Polio eradication"]
OFFICE_PLACES = {
    "KEN": ["Turkana", "Garissa", "Kisumu", "Mombasa"], "NGA": ["Borno", "Kano", "Lagos", "Yobe"],
    "JOR": ["Zarqa", "Mafraq", "Irbid", "Amman"], "BGD": ["Cox's Bazar", "Sylhet", "Khulna"],
    "PHL": ["Mindanao", "Visayas", "Samar", "Cotabato"],
    "HTI": ["Artibonite", "Nord-Ouest", "Grand'Anse", "Port-au-Prince"],
    "UKR": ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia"]}
FIRST = ["Amina", "John", "Fatima", "Ahmed", "Maria", "Grace", "Olena", "Rahim", "Jean", "Sara",
         "Peter", "Nadia", "Joseph", "Leila", "David", "Achieng"]
LAST = ["Otieno", "Bello", "Haddad", "Rahman", "Santos", "Mwangi", "Kovalenko", "Pierre",
        "Hossain", "Adeyemi", "Reyes", "Khalil"]


def _date(today: dt.date, days: int) -> str:
    return (today + dt.timedelta(days=days)).isoformat()


def _partners(ctx: DemoContext, per_office: int) -> None:
    rng, kinds = ctx.rng, list(vocab.PARTNER_TYPES)
    rows = []
    for code, _name, country, _region in ctx.offices:
        ids = ctx.partners.setdefault(code, [])
        for i in range(per_office):
            kind = kinds[i % len(kinds)]
            base = rng.choice(PARTNER_NAMES[kind])
            name = base if i < len(kinds) * 2 else f"{base} {rng.choice(OFFICE_PLACES[code])} {i}"
            row = _sync_columns(code)
            risk = rng.choice(list(vocab.RISK_RATINGS))
            assessed = _date(ctx.today, -rng.randint(30, 365 * 5))
            dd = rng.choices(list(vocab.DUE_DILIGENCE_STATUSES), [1, 2, 10, 2, 1])[0]
            row.update(
                reference=f"{code}/PT/{i + 1:05d}", legal_name=name,
                short_name=ACRONYM.get(base, "".join(w[0] for w in base.split() if w[0].isalpha())
                                       .upper()[:6]),
                partner_type=kind, cso_type=rng.choice(list(vocab.CSO_TYPES)) if kind == "cso"
                else None,
                tags=json.dumps(["academic_research"] if kind == "cso" and i % 7 == 0 else []),
                vendor_number=f"{2500000000 + rng.randint(0, 99999999)}", country=country,
                address=f"{rng.randint(1, 400)} {rng.choice(OFFICE_PLACES[code])} Road",
                email=f"info{i}@partner{i}.org", phone=f"+{rng.randint(100, 999)} {i:07d}",
                contacts=json.dumps([{"name": _person(rng), "title": "Programme Manager",
                                      "email": f"pm{i}@partner{i}.org", "phone": ""}]),
                authorised_officers=json.dumps([
                    {"name": _person(rng), "title": "Executive Director",
                     "email": f"director{i}@partner{i}.org"},
                    {"name": _person(rng), "title": "Finance Director",
                     "email": f"finance{i}@partner{i}.org"}]),
                bank_details=json.dumps({
                    "bank_name": rng.choice(["Equity Bank", "Zenith Bank", "Arab Bank",
                                             "Sonali Bank", "BDO Unibank", "Unibank"]),
                    "account_name": name, "account_number": f"{rng.randint(10**9, 10**10)}",
                    "swift": f"{''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6))}"
                             f"{code[:2]}", "currency": "USD", "branch": "Main branch"}),
                risk_rating=risk, risk_assessment_type="micro" if risk != "not_required"
                else "not_required", risk_assessed_on=assessed,
                core_values_assessed_on=assessed, psea_assessed_on=assessed,
                due_diligence_status=dd,
                due_diligence_on=None if dd in ("not_started", "in_progress") else assessed,
                notes="")
            rows.append(row)
            ids.append(row["id"])
    insert_rows("partner", rows)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _people(ctx: DemoContext, per_office: int) -> None:
    rows = []
    for code, *_ in ctx.offices:
        for i in range(per_office):
            row = _sync_columns(code)
            name = _person(ctx.rng)
            row.update(name=name, email=f"{name.lower().replace(' ', '.')}{i}@unicef.org",
                       role=list(vocab.PERSON_ROLES)[i % 4], title="Programme Specialist")
            rows.append(row)
            ctx.people.setdefault(code, []).append(row["id"])
    insert_rows("person", rows)


def _partnerships(ctx: DemoContext, total: int) -> None:
    rng = ctx.rng
    statuses = list(vocab.PARTNERSHIP_STATUSES)
    contributions = list(vocab.CONTRIBUTION_TYPES)
    levels, engagements = list(vocab.LEVELS), list(vocab.ENGAGEMENT_TYPES)
    formalities = list(vocab.FORMALITY)
    seq: dict[tuple[str, int], int] = {}
    rows, members = [], []
    for i in range(total):
        code = ctx.offices[i % len(ctx.offices)][0]
        status = statuses[i % 4] if i < 40 else rng.choices(statuses, [2, 6, 1, 2])[0]
        start = ctx.today - dt.timedelta(days=rng.randint(-60, 365 * 4))
        end = start + dt.timedelta(days=rng.choice([365, 730, 1095]))
        year = start.year
        seq[(code, year)] = seq.get((code, year), 0) + 1
        kinds = sorted({contributions[i % 4]} | set(rng.sample(contributions, rng.randint(0, 2))))
        theme = rng.choice(THEMES)
        place = rng.choice(OFFICE_PLACES.get(code, ["national"]) + ["national"])
        row = _sync_columns(code)
        row.update(
            reference=f"{code}/PS/{year}/{seq[(code, year)]:04d}",
            title=f"{theme} in {place}" if place != "national" else f"National {theme.lower()}",
            level=levels[i % 4] if i < 40 else rng.choices(levels, [1, 2, 10, 5])[0],
            contribution_types=json.dumps(kinds),
            engagement_type=rng.choice(engagements), formality=rng.choice(formalities),
            geographic_reach=place,
            objectives=f"Improve {theme.lower()} outcomes for children in {place}.",
            results=f"{rng.randint(5, 500) * 100} children reached with {theme.lower()} services.",
            focal_point_id=None if (status == "proposed" and i % 3 == 0) else
            rng.choice(ctx.people[code]),
            start_date=start.isoformat(), planned_end=end.isoformat(), status=status)
        rows.append(row)
        partner_ids = rng.sample(ctx.partners[code], rng.randint(1, 3))
        for j, partner_id in enumerate(partner_ids):
            member = _sync_columns(code)
            member.update(partnership_id=row["id"], partner_id=partner_id,
                          role="lead" if j == 0 else rng.choice(["implementing", "funding",
                                                                 "technical", "convening"]),
                          comparative_advantage=rng.choice([
                              "Presence in hard-to-reach districts", "Technical expertise",
                              "Convening power with government", "Co-financing", ""]))
            members.append(member)
        ctx.partnerships.append({"id": row["id"], "office": code, "status": status,
                                 "start": start, "end": end, "focal_point": row["focal_point_id"],
                                 "partners": partner_ids, "title": row["title"]})
    insert_rows("partnership", rows)
    insert_rows("partnership_partner", members)


def extend(ctx: DemoContext) -> None:
    ctx.offices = list(OFFICES)
    per_office = max(12, min(2000, ctx.size // len(OFFICES) // 4))
    office_rows = []
    for code, name, country, region in OFFICES:
        row = _sync_columns(code)
        row.update(code=code, name=name, country=country, region=region)
        office_rows.append(row)
    insert_rows("office", office_rows)
    _people(ctx, 10)
    _partners(ctx, per_office)
    _partnerships(ctx, ctx.size)
    settings.put("home_office", ctx.home_office)
    settings.put("user_name", "Demo User")
    settings.put("demo", "1")
