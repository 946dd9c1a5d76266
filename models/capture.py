"""Change capture: SQLite triggers that write every edit of a synced table into `outbox`.

Triggers, not ORM hooks, so that bulk updates, imports and raw SQL made outside the application
are captured too, in the same transaction as the edit. Capture pauses while the sync client applies
changes from HQ (`sync_control.capture = 0`). A migration that adds columns to a synced table
calls `install_capture` again for that table.

The trigger SQL is versioned, because schema steps are frozen forever: a step names the generator
it installs (`install_capture(db, table, generator=1)`), and a generator never changes once a
landed step uses it. A better trigger is a new generator (GENERATORS[2]) that new steps use;
tests/test_schema_history.py pins the SQL every step produces, so a change to an old generator
fails there. The generator reads the table's columns at the time the step runs, which the frozen
steps before it fix.
"""
from __future__ import annotations

from typing import Callable

# Generator 1 (schema steps 1-9), frozen; generator 2 (step 10) differs only in what an update
# carries; generator 3 (step 11 on) builds on 2. A UUIDv7 computed in SQL, so that a raw edit from
# the sqlite3 shell is captured with a valid id.
UUID7_V1 = (
    "lower(substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 1, 8)"
    " || '-' || substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 9, 4)"
    " || '-7' || substr(hex(randomblob(2)), 2, 3)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3)"
    " || '-' || hex(randomblob(6)))"
)
NOW_V1 = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
CAPTURE_ON_V1 = "(SELECT capture FROM sync_control WHERE id = 1) = 1"
NOT_CAPTURED_V1 = frozenset({"version"})

# The tables that have change capture (schema steps keep their own literal copy: they are frozen).
CAPTURED_TABLES = ("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                   "'%\\_capture\\_insert' ESCAPE '\\' ORDER BY tbl_name")

# What code outside the triggers uses today (the sync client queues existing rows with them).
SQL_UUID7, SQL_NOW = UUID7_V1, NOW_V1
# Columns HQ owns; a change to them alone is not a user edit.
NOT_CAPTURED = NOT_CAPTURED_V1


def _columns(db, table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def _triggers(table: str, columns: list[str], always: tuple[str, ...]) -> list[str]:
    """The insert, update and delete triggers of `table`; an update op carries the columns that
    changed and, changed or not, the columns in `always` (generator 1 passes none)."""
    cols = [c for c in columns if c not in NOT_CAPTURED_V1]
    all_fields = ", ".join(f"'{c}', NEW.\"{c}\"" for c in cols)
    changed = " UNION ALL ".join(
        f"SELECT '{c}' AS k, NEW.\"{c}\" AS v WHERE NEW.\"{c}\" IS NOT OLD.\"{c}\"" for c in cols)
    changed += "".join(f" UNION ALL SELECT '{c}' AS k, NEW.\"{c}\" AS v WHERE NEW.\"{c}\" IS OLD.\"{c}\""
                       for c in always if c in cols)
    insert_head = ("INSERT INTO outbox (op_id, table_name, row_id, op, fields, base_version, office,"
                   " created_at, status)")
    return [
        f'DROP TRIGGER IF EXISTS "{table}_capture_insert"',
        f'DROP TRIGGER IF EXISTS "{table}_capture_update"',
        f'DROP TRIGGER IF EXISTS "{table}_capture_delete"',
        f'CREATE TRIGGER "{table}_capture_insert" AFTER INSERT ON "{table}" WHEN {CAPTURE_ON_V1} BEGIN '
        f"{insert_head} VALUES ({UUID7_V1}, '{table}', NEW.id, 'insert', json_object({all_fields}),"
        f" NEW.version, NEW.office, {NOW_V1}, 'pending'); END",
        f'CREATE TRIGGER "{table}_capture_update" AFTER UPDATE ON "{table}" WHEN {CAPTURE_ON_V1} BEGIN '
        f"{insert_head} SELECT {UUID7_V1}, '{table}', NEW.id,"
        f" CASE WHEN NEW.deleted = 1 AND OLD.deleted = 0 THEN 'delete' ELSE 'update' END,"
        f" ch.obj, OLD.version, NEW.office, {NOW_V1}, 'pending'"
        f" FROM (SELECT json_group_object(k, v) AS obj, sum(k NOT IN ('updated_at', 'updated_by')) AS n FROM ({changed})) AS ch"
        f" WHERE ch.n > 0; END",
        f'CREATE TRIGGER "{table}_capture_delete" AFTER DELETE ON "{table}" WHEN {CAPTURE_ON_V1} BEGIN '
        f"{insert_head} VALUES ({UUID7_V1}, '{table}', OLD.id, 'delete', json_object('deleted', 1),"
        f" OLD.version, OLD.office, {NOW_V1}, 'pending'); END",
    ]


def triggers_v1(table: str, columns: list[str]) -> list[str]:
    """Generator 1, frozen: an update op carries only the columns that changed."""
    return _triggers(table, columns, ())


def triggers_v2(table: str, columns: list[str]) -> list[str]:
    """Generator 2 (schema step 10 on): an update op always carries who edited and when. With
    generator 1 a second edit of a record by its last author reached HQ with no author (the
    column had not changed), so HQ recorded the device instead of the person."""
    return _triggers(table, columns, ("updated_by", "updated_at"))


AUDIT_V3 = ("updated_at", "updated_by")


def triggers_v3(table: str, columns: list[str]) -> list[str]:
    """Generator 3 (schema step 11 on), frozen once landed: generator 2, and an edit that changes
    nothing but the audit stamp (a form saved unchanged, a raw `SET updated_at`) gives the stamp
    back. Such an edit is not captured (it is not a change), so a new stamp would stay on this
    device alone: its `updated_at` would differ from HQ's and every other device's for good."""
    statements = triggers_v2(table, columns)
    cols = [c for c in columns if c not in NOT_CAPTURED_V1]
    audit = [c for c in AUDIT_V3 if c in cols]
    if not audit:
        return statements
    same = " AND ".join(f'NEW."{c}" IS OLD."{c}"' for c in cols if c not in AUDIT_V3)
    touched = " OR ".join(f'NEW."{c}" IS NOT OLD."{c}"' for c in audit)
    back = ", ".join(f'"{c}" = OLD."{c}"' for c in audit)
    update = statements[4]
    assert update.endswith("; END"), update
    statements[4] = (update[:-len(" END")] + f' UPDATE "{table}" SET {back} WHERE id = NEW.id'
                     f" AND ({touched}) AND {same or '1'}; END")
    return statements


GENERATORS: dict[int, Callable[[str, list[str]], list[str]]] = {
    1: triggers_v1, 2: triggers_v2, 3: triggers_v3}


def install_capture(db, table: str, *, generator: int) -> None:
    """Install (or re-install, after new columns) the capture triggers of `table`, as written by
    `generator`; the step that calls this names the generator it was written with."""
    for statement in GENERATORS[generator](table, _columns(db, table)):
        db.execute_sql(statement)
