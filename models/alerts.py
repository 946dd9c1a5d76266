"""Alerts that tell each user what needs them (DOMAIN.md section 7).

Each feature contributes an `alerts` hook (models/feature.py) returning its alerts for a query;
`collect()` gathers them, most urgent first.
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
    from .features import FEATURES
    return [feature.alerts for feature in FEATURES if feature.alerts is not None]


def collect(query: AlertQuery | None = None) -> list[Alert]:
    query = query or AlertQuery(today=dt.date.today())
    found: list[Alert] = []
    for provider in providers():
        found.extend(provider(query))
    return sorted(found, key=lambda a: (SEVERITY_ORDER.get(a.severity, 9),
                                        a.due or dt.date.max, a.reference))
