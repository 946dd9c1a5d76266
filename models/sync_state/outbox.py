"""Questions about changes waiting to sync (the status bar, the Sync view, `check`)."""
from __future__ import annotations

import json

from ..capture import CAPTURED_TABLES
from ..checks import listed
from ..db import database
from .entities import Outbox

# Rows of `{table}` HQ never received (version 0) that no change in the outbox carries: neither
# waiting, nor refused and listed. The sync client queues them (sync/local.py); `check` names
# them. A `done` op is not counted: its row got a version from HQ when it was acknowledged.
UNSENT = ("version = 0 AND id NOT IN (SELECT row_id FROM outbox WHERE table_name = '{table}' "
          "AND status != 'done')")


def pending_count() -> int:
    return Outbox.select().where(Outbox.status == "pending").count()


def _scope() -> tuple[str, list] | None:
    """SQL condition on `office` for the offices this device sends; None when not enrolled."""
    settings = dict(database.execute_sql(
        "SELECT key, value FROM setting WHERE key IN ('sync.token', 'sync.offices', "
        "'sync.all_offices')").fetchall())
    if not settings.get("sync.token"):
        return None
    if settings.get("sync.all_offices") == "1":
        return "1 = 1", []
    offices = json.loads(settings.get("sync.offices") or "[]")
    return f"office IN ({','.join('?' for _ in offices) or 'NULL'})", offices


def unsent_problems() -> list[str]:
    """`check`: records of an enrolled device's offices that would never reach HQ."""
    scope = _scope()
    if scope is None:
        return []
    where, params = scope
    found = []
    tables = [r[0] for r in database.execute_sql(CAPTURED_TABLES) if r[0] != "office"]
    for table in tables:
        count = database.execute_sql(
            f'SELECT count(*) FROM "{table}" WHERE {UNSENT.format(table=table)} AND {where}',
            params).fetchone()[0]
        if count:
            found.append(f"{table}: {count}")
    if not found:
        return []
    return [f"records never sent to HQ and not waiting in the outbox ({listed(found)}); the "
            "next sync with --check queues them"]
