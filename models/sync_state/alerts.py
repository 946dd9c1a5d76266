"""Sync alerts: changes that have not reached HQ for a long time, and conflicts waiting."""
from __future__ import annotations

import datetime as dt

from ..alerts import Alert, AlertQuery
from . import state as sync_state

STALE_DAYS = 3  # unsent changes older than this are at risk (a lost laptop loses them)


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def alerts(query: AlertQuery) -> list[Alert]:
    status = sync_state.status(query.office)
    office = query.office or ""
    found = []
    oldest = _day(status.oldest_pending)
    if status.pending and oldest and (query.today - oldest).days >= STALE_DAYS:
        last = _day(status.last_success)
        found.append(Alert(
            kind="not_synced", severity="overdue" if (query.today - oldest).days >= 14
            else "warning", title="Records not synced for a long time",
            detail=f"{status.pending} change(s) have waited since {oldest.isoformat()}; last "
                   f"successful sync: {last.isoformat() if last else 'never'}. Sync when a "
                   "link is up.", table="sync", office=office,
            due=oldest + dt.timedelta(days=STALE_DAYS)))
    if status.conflicts:
        found.append(Alert(
            kind="sync_conflicts", severity="due", title="Conflicts waiting",
            detail=f"{status.conflicts} field(s) were changed both here and at headquarters; "
                   "choose which value to keep in the Sync view.", table="sync", office=office))
    if status.rejected:
        found.append(Alert(
            kind="sync_rejected", severity="warning", title="Changes refused by headquarters",
            detail=f"{status.rejected} change(s) were set aside; see the Sync view for the "
                   "reasons.", table="sync", office=office))
    return found[:query.limit]
