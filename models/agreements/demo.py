"""Demo agreements: every agreement and PD status, amendments, emergency launches, Arabic names.

Bounded (a few records per office, whatever the number of partnerships), built through the
same API the application uses, so the demo obeys every guard.
"""
from __future__ import annotations

import datetime as dt
import random

from ..demo_places import country
from ..directory import Partner, partners
from . import demo_content, emergency, records as A, signatories
from .entities import ProgrammeDocument

ARABIC_PARTNER = {"legal_name": "جمعية العون الأردنية", "short_name": "جعأ",
                  "partner_type": "cso", "cso_type": "national", "country": "JOR",
                  "phone": "+962 79 555 0142", "email": "info@alaoun.org.jo",
                  "address": "شارع الجامعة، مبنى 14، عمّان",
                  "authorised_officers": [{"name": "ليلى حداد", "title": "المديرة التنفيذية",
                                           "email": ""},
                                          {"name": "Rahim Khalil", "title": "Finance Director",
                                           "email": ""}],
                  "bank_details": {"bank_name": "البنك العربي", "account_name": "جمعية العون",
                                   "account_number": "0118 2233 4455", "swift": "ARABJOAX",
                                   "currency": "JOD", "branch": "عمّان"}}
LOCAL_CSOS = ["Community Health Alliance", "Girls Education Network", "Mothers Union",
              "Children First Association", "Youth Action Network"]
PD_TITLES = ["Community management of acute malnutrition", "Safe schools and learning",
             "Water supply in host communities", "Birth registration outreach",
             "Psychosocial support for adolescents", "Cash for education"]


def _day(ctx, days: int) -> dt.date:
    return ctx.today + dt.timedelta(days=days)


def _cso(ctx, office: str) -> list[Partner]:
    return list(Partner.select().where(Partner.id.in_(ctx.partners.get(office, []))
                                       & (Partner.partner_type == "cso")
                                       & (Partner.due_diligence_status != "rejected"))
                .order_by(Partner.reference))


UNICEF_OFFICERS = ["Representative", "Deputy Representative"]
# Made-up names only: a demo must never name a real office's real representative.
OFFICER_NAMES = {"KEN": ["Paul Otieno", "Grace Mwangi"], "JOR": ["Rana Khalil", "Omar Haddad"]}


def _officers(code: str, since: dt.date) -> None:
    """The office's officers authorised to sign for UNICEF (delegation of authority)."""
    people = random.Random(code)  # the same two people in every demo of this office
    names = OFFICER_NAMES.get(code) or [country(code).person(people) for _ in UNICEF_OFFICERS]
    for name, title in zip(names, UNICEF_OFFICERS):
        signatories.save_unicef_officer({"name": name, "title": title,
                                         "valid_from": since.isoformat()}, office=code)


def _sign(record, on: dt.date, today: dt.date) -> None:
    officer = (record.authorised_officers if hasattr(record, "country_programme")
               else record.agreement.authorised_officers)[0]
    unicef = signatories.unicef_officers(record.office, on)[0]
    A.attach(record, "signed_document", data=f"signed scan of {record.reference}".encode(),
             filename=f"{record.reference.replace('/', '_')}-signed.pdf")
    A.transition(record, "signed", today=today, partner_signatory=officer["name"],
                 partner_signatory_title=officer.get("title", ""), partner_signed_on=on,
                 unicef_signatory=unicef.name, unicef_signatory_title=unicef.title,
                 unicef_signed_on=on)


def _pd_data(rng, agreement, title: str, start: dt.date, end: dt.date) -> dict:
    """A PD as an office writes one: places of its own country, outputs and indicators with
    baselines and targets, the activities its budget pays for (models/agreements/demo_content)."""
    span = (end - start).days
    tasks = demo_content.activities(title)
    lines = len(tasks)
    return {
        "agreement": agreement.id, "title": title, "start_date": start, "end_date": end,
        "locations": rng.sample(country(agreement.office).place_names(), 2),
        "results": demo_content.results(title, rng.randint(5, 90) * 100),
        "budget_lines": [{"activity": tasks[i],
                          "start": (start + dt.timedelta(days=span * i // lines)).isoformat(),
                          "end": (start + dt.timedelta(days=span * (i + 1) // lines)).isoformat(),
                          "unicef_cash": rng.randint(20, 300) * 100,
                          "partner_contribution": rng.randint(0, 40) * 100,
                          "supplies": rng.choice([0, 0, 5000])} for i in range(lines)],
        "management_costs": rng.randint(10, 50) * 100,
        "cash_transfer_modalities": [rng.choice(["direct_cash_transfer", "reimbursement"])],
        "planned_visits": [{"kind": "programmatic", "when": (start + dt.timedelta(days=90))
                            .isoformat(), "location": "Field"}],
        "reporting_requirements": [{"kind": "quarterly_progress",
                                    "due": (start + dt.timedelta(days=100)).isoformat()}],
        "risks": [{"risk": "Insecurity limits access", "mitigation": "Remote monitoring"}]}


def _pd(ctx, rng, agreement, status: str, n: int) -> ProgrammeDocument:
    """A PD under `agreement` brought to `status` by the real transitions."""
    past = status in ("ended", "closed")
    start = _day(ctx, -500 if past else (30 if status == "signed" else -200))
    end = _day(ctx, -40 if past else 400)
    pd = A.save_pd(_pd_data(rng, agreement, PD_TITLES[n % len(PD_TITLES)], start, end))
    path = {"draft": [], "review": ["review"], "signature": ["review", "signature"],
            "cancelled": ["cancelled"]}.get(status, ["review", "signature", "signed"])
    for step in path:
        if step == "signed":
            _sign(pd, start if start < ctx.today else ctx.today, ctx.today)
        else:
            A.transition(pd, step, today=ctx.today, reason="Replaced by a joint programme")
    if status in ("active", "suspended", "terminated", "ended", "closed"):
        A.transition(pd, "active", today=start)
    if status in ("ended", "closed"):
        A.transition(pd, "ended", today=end + dt.timedelta(days=1))
    if status == "closed":
        pd = A.save_pd({"final_review_on": end + dt.timedelta(days=20)}, pd_id=pd.id)
        A.transition(pd, "closed", today=ctx.today)
    if status == "suspended":
        A.transition(pd, "suspended", today=ctx.today, reason="Access suspended")
    if status == "terminated":
        A.attach(pd, "termination_document", data=b"termination letter", filename="end.pdf")
        A.transition(pd, "terminated", today=ctx.today, reason="Partner closed its office")
    return pd


def _agreement(ctx, office, partner, kind="pca", cp="2023-2027", start=-700, end=900,
               title="Country programme cooperation"):
    return A.save_agreement({"agreement_type": kind, "partner": partner.id,
                             "country_programme": cp if kind == "pca" else "",
                             "title": title, "start_date": _day(ctx, start),
                             "end_date": _day(ctx, end)}, office=office)


def extend(ctx) -> None:
    rng = random.Random(4)
    pd_statuses = ["draft", "review", "signature", "signed", "active", "ended", "closed",
                   "suspended", "terminated", "cancelled"]
    n = 0
    for code, *_ in ctx.offices:
        _officers(code, _day(ctx, -1000))
        csos = _cso(ctx, code)
        if code == "JOR":
            csos.insert(0, partners.save(ARABIC_PARTNER, office=code))
        land = country(code)
        for i, name in enumerate(LOCAL_CSOS[:max(0, 4 - len(csos))]):
            csos.append(partners.save({
                "legal_name": f"{land.places[i].area} {name}", "partner_type": "cso",
                "cso_type": "national", "phone": land.phone_number(rng),
                "country": code, "risk_rating": "medium", "risk_assessment_type": "micro",
                "risk_assessed_on": _day(ctx, -300 - i).isoformat(),
                "due_diligence_status": "cleared", "due_diligence_on": _day(ctx, -300).isoformat(),
                "authorised_officers": [{"name": land.person(rng),
                                         "title": "Executive Director", "email": ""}]},
                office=code))
        main = _agreement(ctx, code, csos[0])
        _sign(main, _day(ctx, -700), ctx.today)
        for _ in range(3):  # ten PD statuses spread over the offices
            _pd(ctx, rng, main, pd_statuses[n % len(pd_statuses)], n)
            n += 1
        active = _pd(ctx, rng, main, "active", n)
        amendment = A.create_amendment(active, ["budget_change"], "Scale-up after floods")
        lines = [dict(line, unicef_cash=line["unicef_cash"] * 1.2)
                 for line in active.budget_lines]
        A.save_pd({"budget_lines": lines}, pd_id=amendment.id)
        _sign(A.get_pd(amendment.id), ctx.today, ctx.today)
        draft = A.create_amendment(A.get_pd(active.id), ["no_cost_extension"], "Three months more")
        A.save_pd({"end_date": A.get_pd(active.id).end_date + dt.timedelta(days=90)},
                  pd_id=draft.id)
        _agreement(ctx, code, csos[1], title="New cooperation (draft)")
        ended = _agreement(ctx, code, csos[2], kind="ssfa", start=-500, end=-30,
                           title="Small grant")
        _sign(ended, _day(ctx, -500), ctx.today)
        A.transition(ended, "ended", today=ctx.today)
        other = _agreement(ctx, code, csos[3], cp="2018-2022", start=-900, end=600)
        _sign(other, _day(ctx, -900), ctx.today)
        if code in ("KEN", "NGA", "BGD"):
            A.transition(other, "suspended", today=ctx.today, reason="Audit findings")
        elif code in ("PHL", "HTI"):
            A.attach(other, "termination_document", data=b"termination", filename="t.pdf")
            A.transition(other, "terminated", today=ctx.today, reason="Mutual consent")
        government = Partner.select().where(Partner.id.in_(ctx.partners[code])
                                            & (Partner.partner_type == "government")
                                            & (Partner.due_diligence_status != "rejected")).first()
        if government is not None:
            mou = _agreement(ctx, code, government, kind="mou", title="Data sharing",
                             start=-100)
            _sign(mou, _day(ctx, -100), ctx.today) if government.authorised_officers else None
    _emergencies(ctx)


def _emergencies(ctx) -> None:
    emergency.launch_emergency(
        office="KEN", template_key="wash", amount=45000, start_date=ctx.today,
        locations=["Garissa", "Turkana"], new_partner={"legal_name": "Garissa Relief Network",
                                                        "short_name": "GRN", "country": "KEN",
                                                        "phone": "+254 722 418 903",
                                                        "email": "info@grn.or.ke"},
        partner_signatory="Amina Otieno", partner_signatory_title="Director",
        unicef_signatory="Paul Otieno", unicef_signatory_title="Representative",
        consents=emergency.consents("Paul Otieno", "Amina Otieno"), today=ctx.today)
    jor = A.agreement_by_reference(A.list_agreements(filters={"office": "JOR",
                                                              "agreement_type": "pca",
                                                              "status": "signed"})[0][1])
    officer = jor.authorised_officers[0]
    launch = emergency.launch_emergency(
        office="JOR", template_key="protection", amount=120000,
        start_date=ctx.today - dt.timedelta(days=60), agreement_id=jor.id,
        partner_id=jor.partner_id, locations=["Zarqa"], partner_signatory=officer["name"],
        partner_signatory_title=officer.get("title", ""), unicef_signatory="Rana Khalil",
        unicef_signatory_title="Representative",
        consents=emergency.consents("Rana Khalil", officer["name"]),
        today=ctx.today - dt.timedelta(days=60))  # its three months still running
    del launch
