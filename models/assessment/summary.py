"""Headquarters summary of the self-assessments (DOMAIN.md sections 6 and 8), honest about what
it counts: for each benchmark, the offices that met it by their own rating and by their own data
(the evidence figure recorded when the assessment was submitted), every disagreement with the
office named, by region, and trends only over the offices that reported in both years compared.

Works on any database that holds several offices (the demo database, or headquarters' after
sync). Only submitted or acknowledged assessments count as reported; drafts do not. Shares are
of the offices that reported. Benchmarks are matched across set editions by their code. "By
data" is the rating the office's figures suggested at submission; a benchmark whose figure had
nothing to measure has no data rating and is counted apart ("no data").
"""
from __future__ import annotations

from collections import defaultdict

from ..db import database

REPORTED = ("submitted", "acknowledged")
TREND_YEARS = 5
RANK = {"met": 2, "partly_met": 1, "not_met": 0}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _ratings(first: int, last: int) -> dict[tuple[str, int], dict]:
    """(office, year) -> {status, ratings {code: rating}, data {code: (data rating, figure)}}
    for reported assessments.

    Two devices of one office may each have sent one (made offline); the acknowledged, then
    the latest submitted, counts -- never a mix of both."""
    rows = database.execute_sql(
        """SELECT a.id, a.office, a.year, a.status, coalesce(a.submitted_at, ''), b.code, r.rating,
                  r.data_rating, r.data_figure
           FROM assessment a
           JOIN assessment_rating r ON r.assessment_id = a.id AND r.deleted = 0
           JOIN benchmark b ON b.id = r.benchmark_id
           WHERE a.deleted = 0 AND a.status IN (?, ?) AND a.year BETWEEN ? AND ?""",
        (*REPORTED, first, last)).fetchall()
    by_id: dict[str, dict] = {}
    for a_id, office, year, status, submitted, code, rating, data_rating, figure in rows:
        entry = by_id.setdefault(a_id, {"key": (office, year), "status": status, "ratings": {},
                                        "data": {},
                                        "rank": (status == "acknowledged", submitted, a_id)})
        entry["ratings"][code] = rating
        entry["data"][code] = (data_rating or "", figure or "")
    found: dict[tuple[str, int], dict] = {}
    for entry in sorted(by_id.values(), key=lambda e: e["rank"]):
        found[entry["key"]] = entry
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


def all_met(entry: dict, codes: list[str]) -> bool:
    """Rated every benchmark met (a benchmark missing from the assessment is not met)."""
    return bool(codes) and all(entry["ratings"].get(c) == "met" for c in codes)


def all_met_by_data(entry: dict, codes: list[str]) -> bool:
    """Every benchmark met by the office's own figures (one without a figure is not)."""
    return bool(codes) and all(entry["data"].get(c, ("", ""))[0] == "met" for c in codes)


def _figures(entries: list[dict], codes: list[str]) -> dict:
    reported = len(entries)
    counts = {c: defaultdict(int) for c in codes}
    for entry in entries:
        for code in codes:
            rating = entry["ratings"].get(code) or "not_rated"
            data = entry["data"].get(code, ("", ""))[0]
            counts[code][rating] += 1
            counts[code]["data_" + (data or "none")] += 1
            if rating in RANK and data in RANK and rating != data:
                counts[code]["disagree"] += 1
                counts[code]["above_data" if RANK[rating] > RANK[data] else "below_data"] += 1
    met = sum(all_met(e, codes) for e in entries)
    met_data = sum(all_met_by_data(e, codes) for e in entries)
    return {
        "reported": reported, "all_met": met, "share_all_met": _share(met, reported),
        "all_met_by_data": met_data, "share_all_met_by_data": _share(met_data, reported),
        "benchmarks": {c: {
            "met": counts[c]["met"], "partly_met": counts[c]["partly_met"],
            "not_met": counts[c]["not_met"], "share_met": _share(counts[c]["met"], reported),
            "met_by_data": counts[c]["data_met"],
            "share_met_by_data": _share(counts[c]["data_met"], reported),
            "no_data": counts[c]["data_none"], "disagree": counts[c]["disagree"],
            "above_data": counts[c]["above_data"], "below_data": counts[c]["below_data"]}
            for c in codes},
    }


def _disagreements(this_year: dict[str, dict], names: dict[str, str],
                   codes: list[str]) -> list[dict]:
    """Each benchmark an office rated otherwise than its own figures, office named."""
    found = []
    for office, entry in sorted(this_year.items()):
        for code in codes:
            rating = entry["ratings"].get(code) or ""
            data, figure = entry["data"].get(code, ("", ""))
            if rating in RANK and data in RANK and rating != data:
                found.append({"office": office, "name": names.get(office, office), "code": code,
                              "rating": rating, "data_rating": data, "figure": figure,
                              "above_data": RANK[rating] > RANK[data]})
    return sorted(found, key=lambda d: (codes.index(d["code"]), not d["above_data"],
                                        d["office"]))


def _trend(data: dict, codes: list[str], year: int) -> list[dict]:
    """Year on year, over the offices that reported in both years only (a share of seven
    offices is not compared with a share of four)."""
    years = sorted({y for (_o, y) in data})
    pairs = []
    for before, after in zip(years, years[1:]):
        if after > year:
            break
        both = sorted(o for (o, y) in data if y == after and (o, before) in data)
        pairs.append({"from": before, "to": after, "offices": len(both), "office_codes": both,
                      "before": _figures([data[(o, before)] for o in both], codes),
                      "after": _figures([data[(o, after)] for o in both], codes)})
    return pairs


def summary(year: int, trend_years: int = TREND_YEARS) -> dict:
    """Figures for `year` and the trend over the `trend_years` years ending with it (JSON-ready)."""
    first = year - trend_years + 1
    data = _ratings(first, year)
    benches = _benchmarks(year)
    codes = [b["code"] for b in benches]
    offices = database.execute_sql(
        "SELECT code, name, region FROM office WHERE deleted = 0 ORDER BY region, code").fetchall()
    names = {code: name for code, name, _r in offices}
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
    disagreements = _disagreements(this_year, names, codes)

    def status(office: dict) -> dict:
        code = office[0]
        entry = this_year.get(code)
        return {"office": code, "name": office[1], "region": office[2],
                "status": entry["status"] if entry else
                ("draft" if code in drafts else "not_started"),
                "all_met": bool(entry and all_met(entry, codes)),
                "all_met_by_data": bool(entry and all_met_by_data(entry, codes)),
                "disagreements": sum(1 for d in disagreements if d["office"] == code)}

    return {
        "year": year, "offices": len(offices), **overall,
        "benchmark_titles": {b["code"]: b["title"] for b in benches},
        "codes": codes, "disagreements": disagreements,
        "offices_disagreeing": len({d["office"] for d in disagreements}),
        "office_status": [status(o) for o in offices], "regions": regions,
        "reporting": [{"year": y, "reported": sum(1 for (_o, yy) in data if yy == y)}
                      for y in range(min([y for (_o, y) in data] + [year]), year + 1)],
        "trend": _trend(data, codes, year),
    }
