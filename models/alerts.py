"""Alerts that tell each user what needs them (DOMAIN.md section 7).

Each feature contributes an `alerts` hook (models/feature.py) returning its alerts for a query;
`collect()` gathers them, most urgent first. `grouped()` gives the dashboard every kind of alert
with its true total (a feature whose alerts can be many also contributes an `alert_counts`
hook), so nothing is cut silently: a group lists its most urgent alerts and says how many more.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass


SEVERITY_ORDER = {"overdue": 0, "due": 1, "warning": 2, "info": 3}
EVERYTHING = 10 ** 9  # the limit that asks a bounded provider for all its alerts


@dataclass(frozen=True)
class Alert:
    kind: str  # e.g. review_overdue, agreement_ending, assessment_expiring, not_synced
    severity: str  # overdue | due | warning | info
    title: str  # one line for the user, English source text
    detail: str = ""
    table: str = ""  # record the alert is about, so a click can open it
    record_id: str = ""
    reference: str = ""
    office: str = ""
    due: dt.date | None = None


@dataclass(frozen=True)
class AlertQuery:
    today: dt.date
    office: str | None = None  # None: every office on this computer
    person_id: str | None = None  # only records this person is focal point of
    limit: int = 500  # per provider
    kind: str | None = None  # only this kind (a provider may ignore it: collect() filters)


@dataclass(frozen=True)
class AlertGroup:
    """Every alert of one kind: the true total and the most urgent of them."""
    kind: str
    severity: str  # the most urgent severity among the group's alerts
    total: int
    alerts: tuple[Alert, ...]

    @property
    def emergency(self) -> bool:
        return self.kind.startswith("emergency")

    @property
    def complete(self) -> bool:
        return len(self.alerts) >= self.total


def urgency(alert: Alert) -> tuple:
    return SEVERITY_ORDER.get(alert.severity, 9), alert.due or dt.date.max, alert.reference


def _features() -> list:
    from .features import FEATURES
    return [feature for feature in FEATURES if feature.alerts is not None]


def providers() -> list:
    return [feature.alerts for feature in _features()]


def collect(query: AlertQuery | None = None) -> list[Alert]:
    query = query or AlertQuery(today=dt.date.today())
    found: list[Alert] = []
    for provider in providers():
        found.extend(a for a in provider(query) if query.kind is None or a.kind == query.kind)
    return sorted(found, key=urgency)


def group_order(group: AlertGroup) -> tuple:
    """Emergency items first, then by severity, then the biggest groups."""
    return (not group.emergency, SEVERITY_ORDER.get(group.severity, 9), -group.total, group.kind)


def grouped(query: AlertQuery, per_kind: int = 200) -> list[AlertGroup]:
    """Every kind of alert for `query` with its true total and its `per_kind` most urgent alerts,
    emergency and overdue groups first. `query.limit` and `query.kind` are not used."""
    lists: dict[str, list[Alert]] = {}
    totals: dict[str, int] = {}
    for feature in _features():
        if feature.alert_counts is None:  # a bounded provider: all of its alerts, counted here
            for alert in feature.alerts(dataclasses.replace(query, limit=EVERYTHING, kind=None)):
                lists.setdefault(alert.kind, []).append(alert)
                totals[alert.kind] = totals.get(alert.kind, 0) + 1
            continue
        for kind, total in feature.alert_counts(dataclasses.replace(query, kind=None)).items():
            if not total:
                continue
            totals[kind] = totals.get(kind, 0) + total
            lists.setdefault(kind, []).extend(
                a for a in feature.alerts(dataclasses.replace(query, kind=kind, limit=per_kind))
                if a.kind == kind)
    groups = []
    for kind, found in lists.items():
        found.sort(key=urgency)
        if not found:
            continue
        groups.append(AlertGroup(kind, found[0].severity, max(totals[kind], len(found)),
                                 tuple(found[:per_kind])))
    return sorted(groups, key=group_order)


def of_kind(query: AlertQuery, kind: str, limit: int) -> list[Alert]:
    """Up to `limit` alerts of one kind, most urgent first (a group's "show all")."""
    return collect(dataclasses.replace(query, kind=kind, limit=limit))[:limit]
