"""Sync alerts: changes that have not reached HQ for a long time, and conflicts waiting."""
from __future__ import annotations

import datetime as dt

from ..alerts import Alert, AlertQuery
from ..messages import msg
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
            else "warning", title=msg("Records not synced for a long time"),
            detail=msg(("%n change has waited since {since}; last successful sync: {last}. "
                        "Sync when a link is up.",
                        "%n changes have waited since {since}; last successful sync: {last}. "
                        "Sync when a link is up."), n=status.pending, since=oldest, last=last)
            if last else
            msg(("%n change has waited since {since}; it never reached headquarters. Sync when "
                 "a link is up.",
                 "%n changes have waited since {since}; none ever reached headquarters. Sync "
                 "when a link is up."), n=status.pending, since=oldest),
            table="sync", office=office,
            due=oldest + dt.timedelta(days=STALE_DAYS)))
    if status.conflicts:
        found.append(Alert(
            kind="sync_conflicts", severity="due", title=msg("Conflicts waiting"),
            detail=msg(("%n field was changed both here and at headquarters; choose which "
                        "value to keep in the Sync view.",
                        "%n fields were changed both here and at headquarters; choose which "
                        "value to keep in the Sync view."), n=status.conflicts),
            table="sync", office=office))
    if status.rejected:
        found.append(Alert(
            kind="sync_rejected", severity="warning",
            title=msg("Changes refused by headquarters"),
            detail=msg(("%n change was set aside; see the Sync view for the reason.",
                        "%n changes were set aside; see the Sync view for the reasons."),
                       n=status.rejected), table="sync", office=office))
    return found[:query.limit]
