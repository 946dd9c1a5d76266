"""Demo offices in every region, their staff, partners of every category with names, places,
phone numbers and banks of the office's own country, and partnerships of every contribution
type, level and status whose dates fit their status (the first demo builder; the other features
build on them).
"""
from __future__ import annotations

import datetime as dt
import json
import random
import unicodedata

from ..demo import DemoContext, _sync_columns, insert_rows
from ..demo_names import SEQUENCE, Namer
from ..demo_places import country
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

THEMES = ["Water, sanitation and hygiene", "Immunization", "Early childhood development",
          "Girls' education", "Child protection", "Nutrition", "Social protection",
          "Adolescent health", "Birth registration", "Climate resilience", "Cash assistance",
          "Mental health and psychosocial support", "Digital learning", "Polio eradication"]
LEADS = ("cso", "government")  # who leads a partnership on the ground


def _date(today: dt.date, days: int) -> str:
    return (today + dt.timedelta(days=days)).isoformat()


def _email_name(person: str) -> str:
    """first.last as a mail address writes it (Noël Célestin -> noel.celestin)."""
    plain = unicodedata.normalize("NFKD", person).encode("ascii", "ignore").decode()
    return ".".join(w.lower() for w in plain.replace("-", " ").replace("'", "").split())


def _partners(ctx: DemoContext, per_office: int) -> None:
    """Each office's partner list: distinct names from its own country, with its phone numbers,
    towns, people and banks (models/demo_names.py decides the mix of kinds)."""
    rng = ctx.rng
    rows = []
    for k, (code, _name, iso3, _region) in enumerate(ctx.offices):
        land = country(code)
        namer = Namer(land, rng)
        ids = ctx.partners.setdefault(code, [])
        turn = 7 * k  # each office starts elsewhere in the mix: small demos still hold every kind
        while len(ids) < per_office:
            kind = SEQUENCE[turn % len(SEQUENCE)]
            turn += 1
            org = namer.next(kind) or namer.next("cso") or namer.next("government")
            if org is None:
                break
            row = _sync_columns(code)
            risk = rng.choice(list(vocab.RISK_RATINGS))
            assessed = _date(ctx.today, -rng.randint(30, 365 * 5))
            dd = rng.choices(list(vocab.DUE_DILIGENCE_STATUSES), [1, 2, 10, 2, 1])[0]
            town = org.place.town if org.place else land.capital
            contact, director, finance = (land.person(rng) for _ in range(3))
            bank = rng.choice(land.banks)
            n = len(ids) + 1
            row.update(
                reference=f"{code}/PT/{n:05d}", legal_name=org.legal_name,
                short_name=org.short_name, partner_type=org.partner_type, cso_type=org.cso_type,
                tags=json.dumps(["academic_research"] if org.cso_type == "national" and n % 7 == 0
                                else []),
                vendor_number=f"{2500000000 + rng.randint(0, 99999999)}", country=iso3,
                address=land.address(rng, town), email=f"info@{org.domain}",
                phone=land.phone_number(rng),
                contacts=json.dumps([{"name": contact, "title": "Programme Manager",
                                      "email": f"{_email_name(contact)}@{org.domain}",
                                      "phone": land.phone_number(rng)}], ensure_ascii=False),
                authorised_officers=json.dumps([
                    {"name": director, "title": "Executive Director",
                     "email": f"{_email_name(director)}@{org.domain}"},
                    {"name": finance, "title": "Finance Director",
                     "email": f"{_email_name(finance)}@{org.domain}"}], ensure_ascii=False),
                bank_details=json.dumps({
                    "bank_name": bank, "account_name": org.legal_name,
                    "account_number": f"{rng.randint(10**9, 10**10)}",
                    "swift": "".join(w[0] for w in bank.split())[:4].upper().ljust(4, "X")
                             + land.iso2 + rng.choice(["NA", "NX", "22", "AX"]),
                    "currency": land.currency, "branch": town}, ensure_ascii=False),
                risk_rating=risk, risk_assessment_type="micro" if risk != "not_required"
                else "not_required", risk_assessed_on=assessed,
                core_values_assessed_on=assessed, psea_assessed_on=assessed,
                due_diligence_status=dd,
                due_diligence_on=None if dd in ("not_started", "in_progress") else assessed,
                notes="")
            rows.append(row)
            ids.append(row["id"])
            ctx.partner_types[row["id"]] = org.partner_type
    insert_rows("partner", rows)


def _people(ctx: DemoContext, per_office: int) -> None:
    """The office's staff, with names of its country (each name once)."""
    rows = []
    for code, *_ in ctx.offices:
        land, seen = country(code), set()
        for i in range(per_office):
            name = land.person(ctx.rng)
            for _ in range(20):
                if name not in seen:
                    break
                name = land.person(ctx.rng)
            seen.add(name)
            row = _sync_columns(code)
            row.update(name=name, email=f"{_email_name(name)}@unicef.org",
                       role=list(vocab.PERSON_ROLES)[i % 4], title="Programme Specialist")
            rows.append(row)
            ctx.people.setdefault(code, []).append(row["id"])
    insert_rows("person", rows)


def _dates(rng: random.Random, today: dt.date, status: str) -> tuple[dt.date, dt.date]:
    """Start and planned end that fit the status: only a proposal starts in the future; an
    active or suspended partnership is under way (a few past their planned end); a closed one
    ended."""
    if status == "closed":
        end = today - dt.timedelta(days=rng.randint(15, 700))
        return end - dt.timedelta(days=rng.choice([365, 730, 1095])), end
    if status == "proposed":
        start = today + dt.timedelta(days=rng.randint(-150, 60))
        return start, start + dt.timedelta(days=rng.choice([365, 730, 1095]))
    start = today - dt.timedelta(days=rng.randint(150 if status == "active" else 240, 1300))
    end = start + dt.timedelta(days=rng.choice([730, 1095, 1460]))
    if end <= today and rng.random() < 0.88:  # most are extended; a few ran past their end
        end = today + dt.timedelta(days=rng.randint(60, 540))
    return start, end


def _partnerships(ctx: DemoContext, total: int) -> None:
    rng = ctx.rng
    statuses = list(vocab.PARTNERSHIP_STATUSES)
    contributions = list(vocab.CONTRIBUTION_TYPES)
    levels, engagements = list(vocab.LEVELS), list(vocab.ENGAGEMENT_TYPES)
    formalities = list(vocab.FORMALITY)
    seq: dict[tuple[str, int], int] = {}
    rows, members = [], []
    leads = {code: [p for p in ids if ctx.partner_types.get(p) in LEADS] or ids
             for code, ids in ctx.partners.items()}
    for i in range(total):
        code = ctx.offices[i % len(ctx.offices)][0]
        status = statuses[i % 4] if i < 40 else rng.choices(statuses, [2, 6, 1, 2])[0]
        start, end = _dates(rng, ctx.today, status)
        year = start.year
        seq[(code, year)] = seq.get((code, year), 0) + 1
        kinds = sorted({contributions[i % 4]} | set(rng.sample(contributions, rng.randint(0, 2))))
        theme = rng.choice(THEMES)
        land = country(code)
        place = rng.choice(land.place_names() + ["national"])
        where = place if place != "national" else land.name
        row = _sync_columns(code)
        row.update(
            reference=f"{code}/PS/{year}/{seq[(code, year)]:04d}",
            title=f"{theme} in {place}" if place != "national" else f"National {theme.lower()}",
            level=levels[i % 4] if i < 40 else rng.choices(levels, [1, 2, 10, 5])[0],
            contribution_types=json.dumps(kinds),
            engagement_type=rng.choice(engagements), formality=rng.choice(formalities),
            geographic_reach=place,
            objectives=f"Improve {theme.lower()} outcomes for children in {where}.",
            results=f"{rng.randint(5, 500) * 100} children reached with {theme.lower()} services.",
            focal_point_id=None if (status == "proposed" and i % 3 == 0) else
            rng.choice(ctx.people[code]),
            start_date=start.isoformat(), planned_end=end.isoformat(), status=status)
        rows.append(row)
        lead = rng.choice(leads[code])
        others = rng.sample(ctx.partners[code], rng.randint(0, 2))
        partner_ids = [lead] + [p for p in others if p != lead]
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
    for code, name, iso3, region in OFFICES:
        row = _sync_columns(code)
        row.update(code=code, name=name, country=iso3, region=region)
        office_rows.append(row)
    insert_rows("office", office_rows)
    _people(ctx, 10)
    _partners(ctx, per_office)
    _partnerships(ctx, ctx.size)
    settings.put("home_office", ctx.home_office)
    settings.put("user_name", "Demo User")
    settings.put("demo", "1")
