"""Time to sign (seed §14, §62): how many days agreements and programme documents take from
submission to signature, per office and overall, read from the status history.

For a programme document (amendments left out: they are not new engagements), the clocks are the
first time it entered each status: submitted = entered "review", reviewed = entered "signature",
signed = entered "signed". A document sent back to draft during review keeps its first
submission: the time it spent back in draft is part of its review. An agreement has no review
step; its clock runs from its creation as a draft to its signature. A record whose history is
incomplete (created before history was kept, or an emergency document signed without review)
counts only in the measures whose two ends are both known.
"""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from ..db import database

# measure -> (table, the status that starts it, the status that ends it); None: the creation
MEASURES = {
    "submission_to_review": ("programme_document", "review", "signature"),
    "review_to_signature": ("programme_document", "signature", "signed"),
    "submission_to_signature": ("programme_document", "review", "signed"),
    "draft_to_signature": ("agreement", None, "signed"),
}
ALL_OFFICES = "*"


@dataclass(frozen=True)
class Measure:
    count: int
    median_days: float | None
    shortest_days: float | None
    longest_days: float | None


@dataclass
class OfficeTiming:
    office: str  # ALL_OFFICES for the overall figures
    measures: dict[str, Measure] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"office": self.office,
                "measures": {k: vars(m) for k, m in self.measures.items()}}


def _when(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None  # a malformed time from a broken device is left out, not a crash


def _firsts(table: str, office: str | None) -> dict[str, tuple[str, dict[str, dt.datetime]]]:
    """{record id: (office, {status or '' for creation: first time entered})}."""
    sql = ("SELECT s.record_id, s.office, CASE WHEN s.from_status IS NULL THEN '' ELSE "
           "s.to_status END AS k, min(s.changed_at) FROM status_change s "
           f'LEFT JOIN "{table}" r ON r.id = s.record_id '
           "WHERE s.record_table = ? AND s.deleted = 0 AND r.amendment_of IS NULL "
           "AND coalesce(r.deleted, 0) = 0")
    params: list = [table]
    if office:
        sql += " AND s.office = ?"
        params.append(office)
    sql += " GROUP BY s.record_id, s.office, k"
    out: dict[str, tuple[str, dict]] = {}
    for record_id, where, key, first in database.execute_sql(sql, params):
        when = _when(first)
        if when is None:
            continue
        _, clocks = out.setdefault(record_id, (where, {}))
        if key not in clocks or when < clocks[key]:
            clocks[key] = when
    return out


def _measure(days: list[float]) -> Measure:
    if not days:
        return Measure(0, None, None, None)
    return Measure(len(days), round(statistics.median(days), 1), round(min(days), 1),
                   round(max(days), 1))


def timing(office: str | None = None) -> list[OfficeTiming]:
    """Per office (sorted by code), then overall (office ALL_OFFICES): each measure's count of
    records, median, shortest and longest, in days (one decimal)."""
    spans: dict[str, dict[str, list[float]]] = {}
    cache: dict[str, dict] = {}
    for name, (table, start, end) in MEASURES.items():
        records = cache.setdefault(table, _firsts(table, office))
        for where, clocks in records.values():
            began, done = clocks.get(start or ""), clocks.get(end)
            if began is None or done is None or done < began:
                continue  # an end before its start is a clock gone wrong, not a fact
            days = (done - began).total_seconds() / 86400
            for key in (where, ALL_OFFICES):
                spans.setdefault(key, {}).setdefault(name, []).append(days)
    offices = sorted(k for k in spans if k != ALL_OFFICES)
    result = [OfficeTiming(o, {n: _measure(spans[o].get(n, [])) for n in MEASURES})
              for o in offices]
    result.append(OfficeTiming(ALL_OFFICES, {n: _measure(spans.get(ALL_OFFICES, {}).get(n, []))
                                             for n in MEASURES}))
    return result
