"""Sync alerts: old unsent changes and waiting conflicts show up; none on a fresh database."""
from __future__ import annotations

import datetime as dt

from models import alerts
from models.db import database
from models.directory import Person
from models.ids import uuid7
from models.sync_state import alerts as alerts_sync


def test_no_sync_alerts_when_all_is_sent(db):
    database.execute_sql("UPDATE outbox SET status = 'done'")
    assert alerts_sync.alerts(alerts.AlertQuery(today=dt.date.today())) == []


def test_old_unsent_changes_and_conflicts_alert(db):
    Person.create(office="KEN", name="Amina")
    database.execute_sql("UPDATE outbox SET created_at = '2020-01-01T00:00:00.000Z'")
    database.execute_sql(
        "INSERT INTO sync_conflict (id, table_name, row_id, field, mine, theirs, created_at) "
        "VALUES (?, 'person', 'x', 'title', '\"a\"', '\"b\"', '2026-01-01')", (uuid7(),))
    found = {a.kind: a for a in alerts.collect(alerts.AlertQuery(today=dt.date(2026, 1, 10)))}
    detail = found["not_synced"].detail  # never synced: no date of a last sync to give
    assert found["not_synced"].severity == "overdue" and "ever reached headquarters" in detail \
        and "last successful" not in detail
    assert found["sync_conflicts"].title == "Conflicts waiting"


def test_office_filter_counts_only_that_office(db):
    Person.create(office="KEN", name="Amina")
    database.execute_sql("UPDATE outbox SET created_at = '2020-01-01T00:00:00.000Z'")
    today = dt.date(2026, 1, 10)
    assert alerts_sync.alerts(alerts.AlertQuery(today=today, office="NGA")) == []
    (found,) = alerts_sync.alerts(alerts.AlertQuery(today=today, office="KEN"))
    assert found.office == "KEN" and found.kind == "not_synced"
