"""Headquarters summary of the self-assessments (DOMAIN.md sections 6 and 8): the share of offices
that met each benchmark and all of them, by region, with the trend over the years.

Works on any database that holds several offices (the demo database, or headquarters' after
sync). Only submitted or acknowledged assessments count as reported; drafts do not. Shares are
of the offices that reported. Benchmarks are matched across set editions by their code.
"""
from __future__ import annotations

from collections import defaultdict

from ..db import database

REPORTED = ("submitted", "acknowledged")
TREND_YEARS = 5


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _ratings(first: int, last: int) -> dict[tuple[str, int], dict]:
    """(office, year) -> {status, ratings {code: rating}} for reported assessments.

    Two devices of one office may each have sent one (made offline); the acknowledged, then
    the latest submitted, counts -- never a mix of both."""
    rows = database.execute_sql(
        """SELECT a.id, a.office, a.year, a.status, coalesce(a.submitted_at, ''), b.code, r.rating
           FROM assessment a
           JOIN assessment_rating r ON r.assessment_id = a.id AND r.deleted = 0
           JOIN benchmark b ON b.id = r.benchmark_id
           WHERE a.deleted = 0 AND a.status IN (?, ?) AND a.year BETWEEN ? AND ?""",
        (*REPORTED, first, last)).fetchall()
    by_id: dict[str, dict] = {}
    for a_id, office, year, status, submitted, code, rating in rows:
        entry = by_id.setdefault(a_id, {"key": (office, year), "status": status, "ratings": {},
                                        "rank": (status == "acknowledged", submitted, a_id)})
        entry["ratings"][code] = rating
    found: dict[tuple[str, int], dict] = {}
    for entry in sorted(by_id.values(), key=lambda e: e["rank"]):
        found[entry["key"]] = {"status": entry["status"], "ratings": entry["ratings"]}
    return found


def _benchmarks(year: int) -> list[dict]:
    """Codes and titles of the benchmarks used in `year` (newest edition's title per code)."""
    rows = database.execute_sql(
        """SELECT b.code, b.title, min(b.position) FROM benchmark b
           JOIN benchmark_set s ON s.id = b.set_id
           WHERE b.deleted = 0 AND (b.set_id IN (SELECT set_id FROM assessment
                 WHERE deleted = 0 AND year = ?) OR s.id = (SELECT id FROM benchmark_set
                 WHERE deleted = 0 AND year <= ? ORDER BY year DESC, edition DESC LIMIT 1))
           GROUP BY b.code ORDER BY min(b.position), b.code""", (year, year)).fetchall()
    return [{"code": code, "title": title} for code, title, _ in rows]


def _figures(entries: list[dict], codes: list[str]) -> dict:
    reported = len(entries)
    counts = {c: defaultdict(int) for c in codes}
    all_met = 0
    for entry in entries:
        ratings = entry["ratings"]
        for code in codes:
            counts[code][ratings.get(code) or "not_rated"] += 1
        if ratings and all(r == "met" for r in ratings.values()):
            all_met += 1
    return {
        "reported": reported, "all_met": all_met, "share_all_met": _share(all_met, reported),
        "benchmarks": {c: {"met": counts[c]["met"], "partly_met": counts[c]["partly_met"],
                           "not_met": counts[c]["not_met"],
                           "share_met": _share(counts[c]["met"], reported)} for c in codes},
    }


def summary(year: int, trend_years: int = TREND_YEARS) -> dict:
    """Figures for `year` and the trend over the `trend_years` years ending with it (JSON-ready)."""
    first = year - trend_years + 1
    data = _ratings(first, year)
    benches = _benchmarks(year)
    codes = [b["code"] for b in benches]
    offices = database.execute_sql(
        "SELECT code, name, region FROM office WHERE deleted = 0 ORDER BY region, code").fetchall()
    drafts = {r[0] for r in database.execute_sql(
        "SELECT office FROM assessment WHERE deleted = 0 AND year = ? AND status = 'draft'",
        (year,)).fetchall()}
    this_year = {office: entry for (office, y), entry in data.items() if y == year}
    overall = _figures(list(this_year.values()), codes)
    regions = []
    by_region: dict[str, list[str]] = defaultdict(list)
    for code, _name, region in offices:
        by_region[region or ""].append(code)
    for region, members in sorted(by_region.items()):
        figures = _figures([this_year[o] for o in members if o in this_year], codes)
        regions.append({"region": region, "offices": len(members), **figures})
    trend = []
    start = min([y for (_o, y) in data] + [year])  # from the first year with a report
    for y in range(start, year + 1):
        entries = [e for (o, yy), e in data.items() if yy == y]
        trend.append({"year": y, **_figures(entries, codes)})
    return {
        "year": year, "offices": len(offices), **overall,
        "benchmark_titles": {b["code"]: b["title"] for b in benches},
        "codes": codes,
        "office_status": [{"office": code, "name": name, "region": region,
                           "status": this_year[code]["status"] if code in this_year
                           else ("draft" if code in drafts else "not_started"),
                           "all_met": bool(code in this_year and this_year[code]["ratings"] and all(
                               r == "met" for r in this_year[code]["ratings"].values()))}
                          for code, name, region in offices],
        "regions": regions, "trend": trend,
    }
