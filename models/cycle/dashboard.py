"""What the dashboard shows: alerts of every feature grouped by kind with their true totals, counts
by stage and by contribution type, and the partnerships of the user at the keyboard. One call
(`load`) for a background worker; `alerts_of_kind` lists a whole group when asked."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import alerts, listing, tolerant
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
    groups: list[alerts.AlertGroup]  # every kind of alert, emergency and overdue first
    office: str | None  # the office shown (None: every office on this computer)
    stages: list[tuple[str, int]]  # (stage code, open partnerships)
    contributions: list[tuple[str, int]]  # (contribution code, open partnerships)
    mine: list[MyPartnership] = field(default_factory=list)
    user_name: str = ""
    person_ids: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        """Every alert, not only the ones listed."""
        return sum(group.total for group in self.groups)


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
                          tolerant.day(r[5])) for r in rows]


def _identity(alert: alerts.Alert) -> tuple:
    return alert.kind, alert.table, alert.record_id, alert.title


def _merge(found: list[list[alerts.AlertGroup]]) -> list[alerts.AlertGroup]:
    """Groups of several person records with the user's name (a partner can be in partnerships
    of both: listed once, counted once when the lists are whole)."""
    if len(found) == 1:
        return found[0]
    by_kind: dict[str, list[alerts.AlertGroup]] = {}
    for groups in found:
        for group in groups:
            by_kind.setdefault(group.kind, []).append(group)
    merged = []
    for kind, parts in by_kind.items():
        seen, listed = set(), []
        for alert in sorted((a for g in parts for a in g.alerts), key=alerts.urgency):
            if _identity(alert) not in seen:
                seen.add(_identity(alert))
                listed.append(alert)
        listed_before = sum(len(g.alerts) for g in parts)
        total = sum(g.total for g in parts) - (listed_before - len(listed))
        merged.append(alerts.AlertGroup(kind, listed[0].severity, total, tuple(listed)))
    return sorted(merged, key=alerts.group_order)


def _queries(today: dt.date, office: str | None, only_mine: bool,
             ids: list[str]) -> list[alerts.AlertQuery]:
    if not only_mine:
        return [alerts.AlertQuery(today=today, office=office)]
    return [alerts.AlertQuery(today=today, office=office, person_id=pid) for pid in ids]


def load(*, today: dt.date | None = None, office: str | None = None, only_mine: bool = False,
         per_kind: int = 200) -> Dashboard:
    """The dashboard of `office` (None: every office here). `only_mine`: only the partnerships
    the user (setting `user_name`) is focal point of."""
    today = today or dt.date.today()
    user = settings.get("user_name") or ""
    ids = person_ids(user)
    groups = _merge([alerts.grouped(q, per_kind) for q in _queries(today, office, only_mine, ids)]
                    or [[]])
    return Dashboard(groups, office, stage_counts(office), contribution_counts(office),
                     my_partnerships(ids), user, ids)


def alerts_of_kind(kind: str, *, today: dt.date | None = None, office: str | None = None,
                   only_mine: bool = False, limit: int = 100_000) -> list[alerts.Alert]:
    """Every alert of one group (up to `limit`), most urgent first: a group's "show all"."""
    today = today or dt.date.today()
    ids = person_ids(settings.get("user_name") or "")
    found: dict[tuple[str, str], alerts.Alert] = {}
    for query in _queries(today, office, only_mine, ids):
        for alert in alerts.of_kind(query, kind, limit):
            found.setdefault(_identity(alert), alert)
    return sorted(found.values(), key=alerts.urgency)[:limit]


def find_partnerships(text: str, limit: int = 30) -> list[tuple[str, str, str]]:
    """(id, reference, title) of partnerships matching typed text, for the cycle view's picker."""
    rows = listing.fetch(partnerships.LIST, search=text or None, limit=limit,
                         order="reference", descending=True)
    return [(r[0], r[1], r[2]) for r in rows]
