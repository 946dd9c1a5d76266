"""What the dashboard shows: alerts of every feature, counts by stage and by contribution type,
and the partnerships of the user at the keyboard. One call (`load`) for a background worker."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import alerts, listing
from ..db import database
from ..directory import partnerships, settings, vocab
from . import spec


@dataclass
class MyPartnership:
    id: str
    reference: str
    title: str
    status: str
    phase: str  # current phase code, or "done"
    next_review_due: dt.date | None


@dataclass
class Dashboard:
    alerts: list[alerts.Alert]
    stages: list[tuple[str, int]]  # (stage code, open partnerships)
    contributions: list[tuple[str, int]]  # (contribution code, open partnerships)
    mine: list[MyPartnership] = field(default_factory=list)
    user_name: str = ""
    person_ids: list[str] = field(default_factory=list)


def _office_sql(office: str | None) -> tuple[str, list]:
    return (" AND p.office = ?", [office]) if office else ("", [])


def stage_counts(office: str | None = None) -> list[tuple[str, int]]:
    """Open partnerships per stage of their current phase (no summary yet: scoping)."""
    where, params = _office_sql(office)
    rows = database.execute_sql(
        "SELECT coalesce(c.current_phase, 'i'), count(*) FROM partnership p LEFT JOIN "
        "partnership_cycle c ON c.partnership_id = p.id AND c.deleted = 0 WHERE p.deleted = 0 "
        f"AND p.status != 'closed'{where} GROUP BY 1", params).fetchall()
    totals = {stage: 0 for stage in spec.STAGES}
    for code, n in rows:
        stage = spec.PHASE_BY_CODE[code].stage if code in spec.PHASE_BY_CODE else "sustaining"
        totals[stage] += n
    return list(totals.items())


def contribution_counts(office: str | None = None) -> list[tuple[str, int]]:
    where, params = _office_sql(office)
    rows = dict(database.execute_sql(
        "SELECT j.value, count(*) FROM partnership p, json_each(p.contribution_types) j "
        f"WHERE p.deleted = 0 AND p.status != 'closed'{where} GROUP BY j.value",
        params).fetchall())
    return [(code, rows.get(code, 0)) for code in vocab.CONTRIBUTION_TYPES]


def person_ids(user_name: str) -> list[str]:
    if not user_name:
        return []
    return [r[0] for r in database.execute_sql(
        "SELECT id FROM person WHERE deleted = 0 AND name = ?", (user_name,)).fetchall()]


def my_partnerships(ids: list[str], limit: int = 200) -> list[MyPartnership]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = database.execute_sql(
        "SELECT p.id, p.reference, p.title, p.status, coalesce(c.current_phase, 'i'), "
        "c.next_review_due FROM partnership p LEFT JOIN partnership_cycle c ON "
        "c.partnership_id = p.id AND c.deleted = 0 WHERE p.deleted = 0 AND "
        f"p.focal_point_id IN ({marks}) ORDER BY p.status = 'closed', c.next_review_due "
        "IS NULL, c.next_review_due, p.reference LIMIT ?", ids + [limit]).fetchall()
    return [MyPartnership(r[0], r[1], r[2], r[3], r[4],
                          dt.date.fromisoformat(r[5]) if r[5] else None) for r in rows]


def load(*, today: dt.date | None = None, office: str | None = None, only_mine: bool = False,
         limit: int = 300) -> Dashboard:
    today = today or dt.date.today()
    user = settings.get("user_name") or ""
    ids = person_ids(user)
    person = ids[0] if (only_mine and ids) else None
    found = alerts.collect(alerts.AlertQuery(today=today, office=office, person_id=person,
                                             limit=limit))
    if only_mine and not ids:
        found = []
    if only_mine and len(ids) > 1:
        extra = []
        for other in ids[1:]:
            extra += alerts.collect(alerts.AlertQuery(today=today, office=office,
                                                      person_id=other, limit=limit))
        found = sorted(found + extra, key=lambda a: (alerts.SEVERITY_ORDER.get(a.severity, 9),
                                                     a.due or dt.date.max, a.reference))
    return Dashboard(found[:limit], stage_counts(office), contribution_counts(office),
                     my_partnerships(ids), user, ids)


def find_partnerships(text: str, limit: int = 30) -> list[tuple[str, str, str]]:
    """(id, reference, title) of partnerships matching typed text, for the cycle view's picker."""
    rows = listing.fetch(partnerships.LIST, search=text or None, limit=limit,
                         order="reference", descending=True)
    return [(r[0], r[1], r[2]) for r in rows]
