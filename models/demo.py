"""Deterministic demo database: offices in every region, partners of every category, partnerships
of every contribution type, level and status. Features add their own demo records through modules
`models/demo_*.py` that define `extend(ctx: DemoContext)`; they run after the core records.
"""
from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field

from .db import database
from .directory import settings, vocab
from .ids import utc_now, uuid7

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


@dataclass
class DemoContext:
    """What feature demo modules build on: the generator, the ids made so far, the date."""
    rng: random.Random
    today: dt.date
    offices: list[tuple[str, str, str, str]]
    people: dict[str, list[str]] = field(default_factory=dict)  # office -> person ids
    partners: dict[str, list[str]] = field(default_factory=dict)  # office -> partner ids
    partnerships: list[dict] = field(default_factory=list)  # id, office, status, start, end, ...


def _sync_columns(office: str) -> dict:
    return {"id": uuid7(), "office": office, "version": 0, "updated_at": utc_now(),
            "updated_by": "demo", "deleted": 0}


def insert_rows(table: str, rows: list[dict]) -> None:
    """Bulk insert of dicts sharing keys (raw SQL, for speed at 100,000 rows)."""
    if not rows:
        return
    keys = list(rows[0])
    columns = ", ".join(f'"{k}"' for k in keys)
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" for _ in keys)})'
    database.cursor().executemany(sql, [tuple(r[k] for k in keys) for r in rows])


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


def extensions() -> list:
    """Feature demo builders (`models/demo_*.py`), by their DEMO_ORDER (default 50), then name.

    A builder that reads what others made (evidence over cycle records) sets a higher order."""
    from .agreements import demo as agreements_demo
    from .assessment import demo as assessment_demo
    from .cycle import demo as cycle_demo
    modules = (agreements_demo, cycle_demo, assessment_demo)
    return [m.extend for m in sorted(modules, key=lambda m: getattr(m, "DEMO_ORDER", 50))]


def build(*, partnerships: int = 400, seed: int = 1, today: dt.date | None = None,
          home_office: str = "KEN") -> DemoContext:
    """Fill the open (empty) database with demo records; capture is paused, nothing to sync."""
    ctx = DemoContext(rng=random.Random(seed), today=today or dt.date.today(), offices=OFFICES)
    per_office = max(12, min(2000, partnerships // len(OFFICES) // 4))
    with database.atomic():
        database.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
        office_rows = []
        for code, name, country, region in OFFICES:
            row = _sync_columns(code)
            row.update(code=code, name=name, country=country, region=region)
            office_rows.append(row)
        insert_rows("office", office_rows)
        _people(ctx, 10)
        _partners(ctx, per_office)
        _partnerships(ctx, partnerships)
        for extend in extensions():
            extend(ctx)
        settings.put("home_office", home_office)
        settings.put("user_name", "Demo User")
        settings.put("demo", "1")
        database.execute_sql("UPDATE sync_control SET capture = 1 WHERE id = 1")
    return ctx
