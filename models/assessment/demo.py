"""Demo self-assessments: last year's and this year's for every office, last year's all
submitted (some acknowledged by headquarters), this year's some submitted and some drafts, with
ratings that sometimes disagree with the data, evidence in words and action plans.
"""
from __future__ import annotations

import datetime as dt

from ..demo import DemoContext, _sync_columns, insert_rows
from ..ids import utc_now
from . import evidence
from .benchmarks import benchmarks_of, set_in_force

# Run after the other demo builders (partnering-cycle records feed the evidence) once
ORDER = ["met", "partly_met", "not_met"]
OWNERS = ["Partnerships specialist", "Deputy Representative", "Programme coordinator",
          "Operations manager", "M&E specialist"]
ACTIONS = {
    "B1": "Update the partner landscape map in the annual planning workshop",
    "B2": "Screen every candidate partner before the partnering agreement is drafted",
    "B3": "Name a focal point and sign an MoU for each informal partnership",
    "B4": "Schedule a review with partner feedback for every active partnership",
    "B5": "Report partnership results in the annual results report",
    "B6": "Write an exit strategy into every new partnership agreement",
}
WHY = {
    "met": "Confirmed in the mid-year review; records are complete.",
    "partly_met": "Progress made, but gaps remain in some sections.",
    "not_met": "Not yet in place; covered by the action plan.",
}


def _disagree(rng, suggested: str) -> str:
    """A rating one step away from what the data suggests (the office sees it differently)."""
    i = ORDER.index(suggested)
    return ORDER[i - 1] if i == 2 or (i == 1 and rng.random() < 0.5) else ORDER[i + 1]


def _assessment(ctx: DemoContext, office: str, year: int, status: str, rated: int,
                optimism: float, rows: dict[str, list]) -> None:
    rng = ctx.rng
    day = ctx.today if year == ctx.today.year else dt.date(year, 11, 30)
    chosen = set_in_force(year)
    benches = benchmarks_of(chosen.id)
    key = (office, chosen.id)  # one computation per office keeps the demo fast at 100,000
    if key not in _CACHE:
        _CACHE[key] = evidence.compute(office, benches, ctx.today)
    found = _CACHE[key]
    head = _sync_columns(office)
    submitted = status != "draft"
    head.update(year=year, set_id=chosen.id, status=status,
                submitted_at=f"{day.isoformat()}T09:00:00.000Z" if submitted else None,
                submitted_by="Demo User" if submitted else "",
                acknowledged_at=utc_now() if status == "acknowledged" else None,
                acknowledged_by="HQ Partnerships Unit" if status == "acknowledged" else "",
                summary="" if not submitted else f"Self-assessment {year} of {office}.")
    rows["assessment"].append(head)
    for n, bench in enumerate(benches):
        ev = found[bench.id]
        rating = ""
        if n < rated:
            base = ev.suggested or rng.choice(ORDER)
            if rng.random() < optimism:  # self-assessment without data tends to say "met"
                rating = "met"
            else:
                rating = _disagree(rng, base) if ev.suggested and rng.random() < 0.25 else base
        row = _sync_columns(office)
        row.update(assessment_id=head["id"], benchmark_id=bench.id, rating=rating,
                   evidence=WHY[rating] if rating else "", attachments="[]",
                   data_figure=ev.text if submitted else "",
                   data_share=ev.share if submitted else None,
                   data_rating=ev.suggested if submitted else "")
        rows["assessment_rating"].append(row)
        if rating in ("partly_met", "not_met"):
            due = day + dt.timedelta(days=rng.randint(-90, 150))
            done = due < ctx.today and rng.random() < 0.5
            action = _sync_columns(office)
            action.update(assessment_id=head["id"], benchmark_id=bench.id,
                          action=ACTIONS.get(bench.code, f"Improve on {bench.code}"),
                          owner=rng.choice(OWNERS), due_date=due.isoformat(), done=int(done),
                          done_on=due.isoformat() if done else None)
            rows["assessment_action"].append(action)


_CACHE: dict = {}


def extend(ctx: DemoContext) -> None:
    _CACHE.clear()
    rows: dict[str, list] = {"assessment": [], "assessment_rating": [], "assessment_action": []}
    this_year = ctx.today.year
    for i, (office, *_rest) in enumerate(ctx.offices):
        optimism = (0.55, 0.5, 0.99, 0.3, 0.97, 0.7, 0.95)[i % 7]
        _assessment(ctx, office, this_year - 1, "acknowledged" if i % 3 else "submitted", 6,
                    optimism - 0.2, rows)
        if i % 2 == 0:
            _assessment(ctx, office, this_year, "submitted", 6, optimism, rows)
        else:
            _assessment(ctx, office, this_year, "draft", 2 + i % 4, optimism, rows)
    for table, found in rows.items():
        insert_rows(table, found)
