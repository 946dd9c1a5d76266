"""Demo records of the partnering cycle: every partnership at a phase that fits its status, with
reviews (some overdue), due-diligence outcomes, exit strategies and stalled phases.

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


def _target(rng, status: str) -> int:
    """Index (0-11) of the phase a partnership is at; 12 means every phase is complete."""
    if status == "proposed":
        return rng.randint(0, 3)
    if status == "active":
        return rng.randint(4, 10)
    if status == "suspended":
        return rng.randint(6, 9)
    return rng.choice([11, 12, 12])


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
    phases, cycles, reviews, cleared = [], [], [], set()
    for n, p in enumerate(ctx.partnerships):
        target = _target(rng, p["status"])
        start: dt.date = p["start"]
        detailed = n < DETAILED
        last_review = None
        yearly = detailed and p["status"] != "proposed" and (today - start).days > 330
        if target > 8 or yearly:
            # reviewed every year, mostly on time; some long ago (overdue) or due soon
            last_review = today - dt.timedelta(days=rng.choice(
                [40, 90, 120, 200, 250, 300, 345, 420, 600]))
            last_review = max(last_review, start)
        review = None if last_review is None else {
            "reviewed_on": last_review.isoformat(), "reviewer": "Programme Specialist",
            "rating_contribution": rng.choice("4321"), "rating_partners": rng.choice("432"),
            "rating_value_added": rng.choice("432"), "rating_quality": rng.choice("4321"),
            "partner_feedback": SAMPLE["partner_feedback"],
            "health": rng.choices(["green", "amber", "red"], [5, 3, 1])[0]}
        for i, code in enumerate(CODES[:min(target + 1, 12)]):
            done = i < target
            stalled = not done and rng.random() < 0.3
            if not detailed and not (stalled or (code == "iii" and done)):
                continue
            row = _sync_columns(p["office"])
            day = min(today, start + dt.timedelta(days=30 * i))
            started = today - dt.timedelta(days=rng.randint(100, 400) if stalled
                                           else rng.randint(1, 60))
            answers = json.dumps(_answers(code, p, day, rng, review), sort_keys=True,
                                 separators=(",", ":")) if detailed else "{}"
            row.update(partnership_id=p["id"], phase=code, spec_version=spec.SPEC_VERSION,
                       status="done" if done else "in_progress", na_reason="",
                       answers=answers,
                       notes="", evidence="[]",
                       started_on=(day if done else started).isoformat(),
                       completed_on=day.isoformat() if done else None,
                       completed_by="demo" if done else "")
            phases.append(row)
        if review is not None:
            row = _sync_columns(p["office"])
            row.update(partnership_id=p["id"], **review)
            reviews.append(row)
        if target > 1:
            cleared.update(p["partners"])
        months = max(1, round((p["end"] - start).days / 30.44))
        base = last_review or start
        closed_out = target == 12
        evaluated = closed_out or (p["end"] < today and rng.random() < 0.85)
        cyc = _sync_columns(p["office"])
        cyc.update(partnership_id=p["id"], current_phase=CODES[target] if target < 12 else "done",
                   lifespan_months=months, lifespan_end=add_months(start, months).isoformat(),
                   evaluation_due=(p["end"] - dt.timedelta(days=90)).isoformat(),
                   exit_conditions="Hand over to the ministry once coverage reaches 80 %, "
                                   "or close if the evaluation shows no improvement.",
                   evaluated_on=(min(p["end"], today) - dt.timedelta(days=30)).isoformat()
                   if evaluated else None,
                   last_review_on=last_review.isoformat() if last_review else None,
                   next_review_due=add_months(base, 12).isoformat(),
                   decision=("close" if p["status"] == "closed" else "continue")
                   if closed_out else None,
                   decided_on=p["end"].isoformat() if closed_out else None)
        cycles.append(cyc)
    _demo_user(ctx)
    with _capture_triggers_off(TABLES):
        insert_rows("cycle_phase", phases)
        insert_rows("partnership_review", reviews)
        insert_rows("partnership_cycle", cycles)
        _clear_partners(ctx, sorted(cleared), today)


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


def _clear_partners(ctx: DemoContext, partner_ids: list[str], today: dt.date) -> None:
    """Partners of partnerships past phase ii were screened and cleared (the rule holds)."""
    day = (today - dt.timedelta(days=200)).isoformat()
    database.cursor().executemany(
        "UPDATE partner SET due_diligence_status = 'cleared', due_diligence_on = ? "
        "WHERE id = ? AND due_diligence_status NOT IN ('cleared', 'cleared_with_conditions')",
        [(day, pid) for pid in partner_ids])
    office = {r[0]: r[1] for r in database.execute_sql("SELECT id, office FROM partner")}
    checklist = json.dumps({k: True for k in (*spec.DD_CHECKS, *spec.CORPORATE_CRITERIA)},
                           sort_keys=True)
    rows = []
    for pid in partner_ids[:DETAILED]:
        row = _sync_columns(office[pid])
        row.update(partner_id=pid, partnership_id=None, checked_on=day,
                   reviewer="Partnership Specialist", checklist=checklist, other_risks="",
                   outcome="cleared", conditions="")
        rows.append(row)
    insert_rows("due_diligence", rows)
