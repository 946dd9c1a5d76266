"""Alerts of the self-assessment: this year's assessment not done, action-plan items due.

The "not done" alert points at the draft when there is one, otherwise at `assessment` with the
record id "OFFICE/YEAR", which the self-assessment area opens as that office's year.
"""
from __future__ import annotations

import datetime as dt

from ..alerts import Alert, AlertQuery
from .. import tolerant
from ..db import database
from ..messages import msg

DUE_SOON_DAYS = 30


def _offices(query: AlertQuery) -> list[str]:
    if query.office:
        return [query.office]
    return [r[0] for r in database.execute_sql(
        "SELECT code FROM office WHERE deleted = 0 ORDER BY code").fetchall()]


def _not_done(query: AlertQuery) -> list[Alert]:
    year = query.today.year
    found = []
    for office in _offices(query):
        row = database.execute_sql(
            "SELECT id, status FROM assessment WHERE deleted = 0 AND office = ? AND year = ? "
            "ORDER BY status = 'draft' LIMIT 1", (office, year)).fetchone()
        if row is not None and row[1] != "draft":
            continue
        # Due by the end of the year; in its last quarter the alert becomes "due".
        end = dt.date(year, 12, 31)
        severity = "due" if query.today >= dt.date(year, 10, 1) else "info"
        found.append(Alert(
            kind="self_assessment_not_done", severity=severity,
            title=msg("Benchmark self-assessment {year} not submitted yet", year=year),
            detail=msg("Rate the office against the benchmarks and submit it to headquarters.")
            if row is None else msg("A draft is started; finish the ratings and submit it."),
            table="assessment", record_id=row[0] if row else f"{office}/{year}",
            reference=f"{office} {year}", office=office, due=end))
    return found


def _actions_due(query: AlertQuery) -> list[Alert]:
    params: list = [(query.today + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()]
    office_sql = ""
    if query.office:
        office_sql, params = " AND t.office = ?", params + [query.office]
    rows = database.execute_sql(
        f"""SELECT t.id, t.office, t.action, t.owner, t.due_date, a.year,
                   coalesce(b.code, '')
            FROM assessment_action t JOIN assessment a ON a.id = t.assessment_id
            LEFT JOIN benchmark b ON b.id = t.benchmark_id
            WHERE t.deleted = 0 AND a.deleted = 0 AND t.done = 0 AND t.due_date IS NOT NULL
              AND t.due_date <= ?{office_sql}
            ORDER BY t.due_date LIMIT ?""", params + [query.limit]).fetchall()
    found = []
    for action_id, office, text, owner, due, year, code in rows:
        due_date = tolerant.day(due)
        if due_date is None:  # malformed: left out (check reports it)
            continue
        found.append(Alert(
            kind="assessment_action_due",
            severity="overdue" if due_date < query.today else "due",
            title=msg("Self-assessment action due: {action}", action=text),
            detail=(msg("Owner: {owner}. From the {year} self-assessment, benchmark {code}.",
                        owner=owner, year=year, code=code) if code else
                    msg("Owner: {owner}. From the {year} self-assessment.", owner=owner,
                        year=year)),
            table="assessment_action", record_id=action_id,
            reference=f"{office} {year} {code}".strip(), office=office, due=due_date))
    return found


def alerts(query: AlertQuery) -> list[Alert]:
    if query.person_id:  # assessments belong to the office, not to one focal point
        return []
    return _not_done(query) + _actions_due(query)
