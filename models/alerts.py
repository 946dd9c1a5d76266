"""Alerts that tell each user what needs them (DOMAIN.md section 7).

Each feature contributes a provider module `models/alerts_*.py` with a function
`alerts(query: AlertQuery) -> list[Alert]`; `collect()` gathers them, most urgent first.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


SEVERITY_ORDER = {"overdue": 0, "due": 1, "warning": 2, "info": 3}


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


def providers() -> list:
    from .agreements import alerts as agreements_alerts
    from .assessment import alerts as assessment_alerts
    from .cycle import alerts as cycle_alerts
    from .sync_state import alerts as sync_alerts
    modules = (agreements_alerts, assessment_alerts, cycle_alerts, sync_alerts)
    return [module.alerts for module in modules]


def collect(query: AlertQuery | None = None) -> list[Alert]:
    query = query or AlertQuery(today=dt.date.today())
    found: list[Alert] = []
    for provider in providers():
        found.extend(provider(query))
    return sorted(found, key=lambda a: (SEVERITY_ORDER.get(a.severity, 9),
                                        a.due or dt.date.max, a.reference))
