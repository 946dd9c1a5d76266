"""Alerts about agreements (DOMAIN.md section 7): ending soon or past their end, programme
documents past their start and not active, emergency items deferred past their date."""
from __future__ import annotations

import datetime as dt

from ..alerts import Alert, AlertQuery
from .. import tolerant
from ..db import database
from ..messages import msg, status
from .deferred import describe
from .vocab import DEFERRED_KINDS, PD_STATUSES

ENDING_SOON_DAYS = 60
DEFERRED_SOON_DAYS = 14


def _rows(sql: str, params: list, query: AlertQuery, alias: str) -> list:
    if query.office:
        sql += f" AND {alias}.office = ?"
        params = params + [query.office]
    sql += " LIMIT ?"
    return database.execute_sql(sql, params + [query.limit]).fetchall()


def _date(value) -> dt.date | None:
    return tolerant.day(value)  # a malformed date: the row is left out (check reports it)


def alerts(query: AlertQuery) -> list[Alert]:
    today, found = query.today, []
    soon = today + dt.timedelta(days=ENDING_SOON_DAYS)
    for id_, ref, office, end in _rows(
            "SELECT a.id, a.reference, a.office, a.end_date FROM agreement a WHERE a.deleted = 0 "
            "AND a.amendment_of IS NULL AND a.status IN ('signed', 'suspended') "
            "AND a.end_date IS NOT NULL AND a.end_date <= ?", [soon.isoformat()], query, "a"):
        end = _date(end)
        if end is None:
            continue
        if end < today:
            found.append(Alert("agreement_past_end", "overdue",
                               msg("Agreement {reference} is past its end date ({end}); end it "
                                   "or amend it with a no-cost extension.", reference=ref,
                                   end=end), table="agreement", record_id=id_,
                               reference=ref, office=office, due=end))
        else:
            left = (end - today).days
            found.append(Alert("agreement_ending", "due" if left <= 30 else "warning",
                               msg("Agreement {reference} ends on {end}.", reference=ref,
                                   end=end),
                               msg(("%n day left.", "%n days left."), n=left),
                               table="agreement", record_id=id_, reference=ref, office=office,
                               due=end))
    for id_, ref, office, start, pd_status in _rows(
            "SELECT d.id, d.reference, d.office, d.start_date, d.status FROM programme_document d "
            "WHERE d.deleted = 0 AND d.amendment_of IS NULL AND d.status IN ('draft', 'review', "
            "'signature', 'signed') AND d.start_date < ?", [today.isoformat()], query, "d"):
        start = _date(start)
        if start is None:
            continue
        found.append(Alert("pd_not_active", "overdue" if (today - start).days > 30 else "due",
                           msg("{reference} should have started on {start} but is still "
                               "{status}.", reference=ref, start=start,
                               status=status(PD_STATUSES, pd_status)),
                           msg("Sign it, or move its start date by an amendment."),
                           table="programme_document", record_id=id_, reference=ref,
                           office=office, due=start))
    deferred_soon = today + dt.timedelta(days=DEFERRED_SOON_DAYS)
    for owner, description, office, due, kind in _rows(
            "SELECT i.owner_id, i.description, i.office, i.due_date, i.kind FROM deferred_item i "
            "WHERE i.deleted = 0 AND i.done_on IS NULL AND i.due_date <= ?",
            [deferred_soon.isoformat()], query, "i"):
        due = _date(due)
        if due is None:
            continue
        late = due < today
        reference = description.rsplit(" ", 1)[-1]
        what = describe(kind, reference) if kind in DEFERRED_KINDS else description
        found.append(Alert("emergency_deferred_overdue" if late else "emergency_deferred_due",
                           "overdue" if late else "due",
                           msg("Deferred emergency item overdue: {item} (due {due}).",
                               item=what, due=due) if late else
                           msg("Deferred emergency item due: {item} (due {due}).",
                               item=what, due=due),
                           msg("Recorded when the emergency agreement was launched."),
                           table="programme_document", record_id=owner, reference=reference,
                           office=office, due=due))
    return found
