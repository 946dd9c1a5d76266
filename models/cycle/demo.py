"""Demo records of the partnering cycle: every partnership at the phase its dates and status
reach (`timeline`: phases follow each other from the partnership's start over its planned
lifespan, none done before the start or after today), its review inside phase ix, due-diligence
outcomes dated when phase ii ended, exit strategies, and phases that stalled.

The first DETAILED partnerships get every phase record with filled-in forms. Beyond that (the
100,000-partnership benchmark databases) a partnership gets its cycle summary, its partnering
agreement (phase iii), its last review and, when stalled, its current phase only, so the demo still builds in seconds;
their earlier phases show as not started.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from contextlib import contextmanager
import time

from ..db import database
from ..demo import DemoContext, insert_rows
from ..ids import utc_now
from . import spec
from .rules import add_months

DETAILED = 2000
CODES = spec.PHASE_CODES
TABLES = ("cycle_phase", "partnership_review", "partnership_cycle", "due_diligence")

SAMPLE = {
    "challenge": "Too many children in {place} miss out on {theme}.",
    "results_sought": "Coverage of {theme} services in {place} up by a third within 3 years.",
    "vision": "Every child in {place} reached, with services run by national systems.",
    "candidates": "Ministry, two national NGOs, a university and a private company.",
    "goals": "Reach every child in {place} with {theme} services.",
    "roles": "Lead partner implements; UNICEF provides technical support and supplies.",
    "contributions": "Lead: staff and presence in the field. UNICEF: cash and supplies.",
    "workplan": "Q1 baseline; Q2-Q4 delivery in three districts; annual review.",
    "resource_map": "Staff of both partners, district offices, community volunteers.",
    "governance_structure": "Steering committee meets quarterly; technical group monthly.",
    "focal_points": "One programme officer at each partner.",
    "communication_plan": "Monthly call, shared drive, quarterly newsletter.",
    "cash_contributions": "UNICEF USD 120,000; partner USD 30,000.",
    "in_kind": "Partner vehicles and premises.",
    "planned_visits": "Programmatic visit every quarter; spot check twice a year.",
    "results_achieved": "12,400 children reached (target 15,000).",
    "contribution": "Partnership made district coverage possible where UNICEF has no presence.",
    "partner_feedback": "Partner asks for faster cash transfers and fewer reports.",
    "revisions": "No-cost extension of 6 months; reporting simplified to twice a year.",
    "structures": "Activities written into the district health plan and budget.",
    "national_systems": "Ministry takes over supervision in year 3.",
    "evaluation": "Evaluation found better coverage and fair transaction costs.",
}
LANDSCAPE = [("Ministry of Health", 5, 5, "partner"), ("District council", 4, 3, "informal"),
             ("Community leaders", 4, 2, "informal"), ("Private clinics", 2, 3, "none"),
             ("Donor group", 3, 4, "former"), ("Opposition media", 1, 4, "opposed")]


def _uuid7() -> str:
    """UUIDv7 text like models.ids.uuid7, formatted without the uuid module (3x faster)."""
    value = ((time.time_ns() // 1_000_000) << 80) | int.from_bytes(os.urandom(10), "big")
    value = (value & ~(0xF << 76) & ~(0b11 << 62)) | (0x7 << 76) | (0b10 << 62)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _sync_columns(office: str, now: list[str] = []) -> dict:
    """Sync columns with one timestamp for the whole demo (faster than a clock read per row)."""
    if not now:
        now.append(utc_now())
    return {"id": _uuid7(), "office": office, "version": 0, "updated_at": now[0],
            "updated_by": "demo", "deleted": 0}


# How long each phase takes, in days (low, high); implementing (vii) and institutionalising (xi)
# share what the partnership's planned lifespan leaves, so its review (ix) falls mid-way.
DURATIONS = ((20, 45), (20, 45), (15, 40), (20, 45), (15, 30), (15, 30), (0, 0), (20, 40),
             (15, 35), (15, 45), (0, 0), (20, 60))
LONG = (6, 10)  # vii and xi
# Phases a status allows to be done (at least, at most): a proposal is still being built; an
# active partnership has its agreement (phase iii) and has not decided its future (xii); a
# suspended one stopped while implementing; a closed one went through all twelve.
DONE_BY_STATUS = {"proposed": (0, 3), "active": (3, 11), "suspended": (6, 8), "closed": (12, 12)}


def timeline(rng, start: dt.date, end: dt.date, today: dt.date,
             status: str) -> tuple[list[tuple[dt.date, dt.date]], int]:
    """Each phase's (start, end) and how many are done on `today`: the phases follow each other
    from the partnership's start, spread over its planned lifespan, and none is done after today
    or before the partnership started."""
    days = [rng.randint(*d) for d in DURATIONS]
    life = max((end - start).days, 90)
    around = sum(days)
    if around + 90 > life:  # a short partnership goes through its phases faster
        days = [max(1, d * (life - 90) // around) for d in days]
    rest = max(2, life - sum(days))
    days[LONG[0]] = max(1, rest * rng.randint(40, 60) // 100)
    days[LONG[1]] = max(1, rest - days[LONG[0]])
    bounds, day = [], start
    for d in days:
        bounds.append((day, day + dt.timedelta(days=d)))
        day += dt.timedelta(days=d)
    low, high = DONE_BY_STATUS.get(status, (0, 12))
    done = sum(1 for _b, e in bounds if e <= today)
    if status == "proposed" and start > today:
        return bounds, 0
    target = min(max(done, low), high)
    if target > done:  # faster than planned: the phases needed are squeezed before today
        span = max((today - start).days - 1, target)
        total = sum((e - b).days for b, e in bounds[:target])
        day = start
        for n in range(target):
            length = max(1, (bounds[n][1] - bounds[n][0]).days * span // max(total, 1))
            bounds[n] = (day, min(day + dt.timedelta(days=length), today))
            day = bounds[n][1]
        for n in range(target, 12):  # what follows starts where the squeezed phases end
            length = bounds[n][1] - bounds[n][0]
            bounds[n] = (day, day + length)
            day += length
    return bounds, target


def _review(rng, bounds, target: int, today: dt.date) -> dt.date | None:
    """The review is phase ix's work: inside the phase, never after it closed."""
    if target > 8:
        begin, end = bounds[8]
        return max(begin, end - dt.timedelta(days=rng.randint(0, 10)))
    if target == 8 and rng.random() < 0.5:  # reviewed, the phase not closed yet
        begin = bounds[8][0]
        return begin + dt.timedelta(days=rng.randint(0, max(0, (today - begin).days)))
    return None


def _answers(code: str, p: dict, day: dt.date, rng, review: dict | None) -> dict:
    place = p["title"].split(" in ")[-1] if " in " in p["title"] else "the country"
    theme = p["title"].split(" in ")[0].lower()
    out = {}
    for f in spec.phase(code).fields:
        if f.kind == "multiline" and f.key in SAMPLE:
            out[f.key] = SAMPLE[f.key].format(place=place, theme=theme)
        elif f.kind == "choice" and f.required:
            out[f.key] = rng.choice(list(f.choices)[:3])
        elif f.kind == "multi" and f.required:
            out[f.key] = list(f.choices)[:2]
        elif f.kind == "date" and f.required:
            out[f.key] = day.isoformat()
    if code == "i":
        out["landscape"] = [{"who": w, "interest": i, "influence": f, "relation": r}
                            for w, i, f, r in rng.sample(LANDSCAPE, 5)]
    if code == "iv":
        out["budget"] = str(rng.randint(5, 90) * 10000)
    if code == "ix":
        out.update(review or {"reviewed_on": day.isoformat(), "reviewer": "Programme Specialist"})
    if code == "xii":
        out["decision"] = "close" if p["status"] == "closed" else "continue"
    return out


def extend(ctx: DemoContext) -> None:
    rng, today = ctx.rng, ctx.today
    phases, cycles, reviews = [], [], []
    cleared: dict[str, str] = {}  # partner id -> the day its due diligence was cleared
    for n, p in enumerate(ctx.partnerships):
        start: dt.date = p["start"]
        bounds, target = timeline(rng, start, p["end"], today, p["status"])
        detailed = n < DETAILED
        last_review = _review(rng, bounds, target, today)
        review = None if last_review is None else {
            "reviewed_on": last_review.isoformat(), "reviewer": "Programme Specialist",
            "rating_contribution": rng.choice("4321"), "rating_partners": rng.choice("432"),
            "rating_value_added": rng.choice("432"), "rating_quality": rng.choice("4321"),
            "partner_feedback": SAMPLE["partner_feedback"],
            "health": rng.choices(["green", "amber", "red"], [5, 3, 1])[0]}
        for i, code in enumerate(CODES[:min(target + 1, 12)]):
            done = i < target
            begun, ended = bounds[i]
            if begun > today:  # a proposal starting later: nothing begun yet
                continue
            stalled = not done and (today - begun).days > 90
            if not detailed and not (stalled or (code == "iii" and done)):
                continue
            row = _sync_columns(p["office"])
            answers = json.dumps(_answers(code, p, ended if done else today, rng, review),
                                 sort_keys=True, separators=(",", ":")) if detailed else "{}"
            row.update(partnership_id=p["id"], phase=code, spec_version=spec.SPEC_VERSION,
                       status="done" if done else "in_progress", na_reason="",
                       answers=answers, notes="", evidence="[]", started_on=begun.isoformat(),
                       completed_on=ended.isoformat() if done else None,
                       completed_by="demo" if done else "")
            phases.append(row)
        if review is not None:
            row = _sync_columns(p["office"])
            row.update(partnership_id=p["id"], **review)
            reviews.append(row)
        if target > 1:  # screened in phase ii: cleared by the end of it (the earliest counts)
            day = bounds[1][1].isoformat()
            for partner in p["partners"]:
                cleared[partner] = min(cleared.get(partner, day), day)
        cycles.append(_summary(rng, p, bounds, target, last_review, today))
    _demo_user(ctx)
    with _capture_triggers_off(TABLES):
        insert_rows("cycle_phase", phases)
        insert_rows("partnership_review", reviews)
        insert_rows("partnership_cycle", cycles)
        _clear_partners(ctx, cleared)


def _summary(rng, p: dict, bounds, target: int, last_review: dt.date | None,
             today: dt.date) -> dict:
    start, end = p["start"], p["end"]
    months = max(1, round((end - start).days / 30.44))
    closed_out = target == 12
    # evaluated at the end of the road: before the decision (xii), or once the planned end passed
    evaluated = bounds[11][0] if closed_out else (
        min(end, today) - dt.timedelta(days=30) if end < today and rng.random() < 0.85 else None)
    cyc = _sync_columns(p["office"])
    cyc.update(partnership_id=p["id"], current_phase=CODES[target] if target < 12 else "done",
               lifespan_months=months, lifespan_end=add_months(start, months).isoformat(),
               evaluation_due=(end - dt.timedelta(days=90)).isoformat(),
               exit_conditions="Hand over to the ministry once coverage reaches 80 %, "
                               "or close if the evaluation shows no improvement.",
               evaluated_on=max(evaluated, start).isoformat() if evaluated else None,
               last_review_on=last_review.isoformat() if last_review else None,
               next_review_due=add_months(last_review or start, 12).isoformat(),
               decision=("close" if p["status"] == "closed" else "continue")
               if closed_out else None,
               decided_on=bounds[11][1].isoformat() if closed_out else None)
    return cyc


@contextmanager
def _capture_triggers_off(tables):
    """Capture is paused during the demo anyway (sync_control); dropping the triggers for the
    bulk insert and restoring them, as they were, halves its time. Same transaction, same schema
    after (whichever capture generator installed them)."""
    marks = ", ".join("?" for _ in tables)
    saved = database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks}) "
        "AND name LIKE '%\\_capture\\_%' ESCAPE '\\'", list(tables)).fetchall()
    for name, _sql in saved:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in saved:
            database.execute_sql(sql)


def _demo_user(ctx: DemoContext, count: int = 12) -> None:
    """The demo's user ("Demo User", home office KEN) is focal point of a few partnerships, so
    the dashboard's "my partnerships" has something to show."""
    code = ctx.offices[0][0]
    person = _sync_columns(code)
    person.update(name="Demo User", email="demo.user@unicef.org", role="focal_point",
                  title="Partnerships Specialist")
    insert_rows("person", [person])
    ctx.people.setdefault(code, []).append(person["id"])
    mine = [p for p in ctx.partnerships if p["office"] == code][:count]
    for p in mine:
        p["focal_point"] = person["id"]
    database.cursor().executemany("UPDATE partnership SET focal_point_id = ? WHERE id = ?",
                                  [(person["id"], p["id"]) for p in mine])


def _clear_partners(ctx: DemoContext, cleared: dict[str, str]) -> None:
    """Partners of partnerships past phase ii were screened and cleared then (the rule holds)."""
    database.cursor().executemany(
        "UPDATE partner SET due_diligence_status = 'cleared', due_diligence_on = ? "
        "WHERE id = ? AND due_diligence_status NOT IN ('cleared', 'cleared_with_conditions')",
        [(day, pid) for pid, day in cleared.items()])
    office = {r[0]: r[1] for r in database.execute_sql("SELECT id, office FROM partner")}
    checklist = json.dumps({k: True for k in (*spec.DD_CHECKS, *spec.CORPORATE_CRITERIA)},
                           sort_keys=True)
    rows = []
    for pid, day in list(cleared.items())[:DETAILED]:
        row = _sync_columns(office[pid])
        row.update(partner_id=pid, partnership_id=None, checked_on=day,
                   reviewer="Partnership Specialist", checklist=checklist, other_risks="",
                   outcome="cleared", conditions="")
        rows.append(row)
    insert_rows("due_diligence", rows)
