"""Schema step 13 (reserved for status history; numbered 12 until step 12 of the users and roles
work lands, then renumbered): the `status_change` table and the triggers that fill it.

Every status change of a partnership, cycle phase, agreement, programme document (amendments are
rows of those two tables) and assessment is written by a trigger in the same transaction as the
change: one place for every path that changes a status (the window, the command line, automatic
transitions at start-up, imports, a raw edit in the sqlite3 shell), so no path can forget it.
The rows sync like any other (capture generator 3) and are only ever inserted, so two devices
never edit the same one and merging them never conflicts.

Triggers fire only while change capture is on: a change pulled from HQ is applied with capture
paused, and the status_change row its device wrote arrives by sync itself (not a second one).
Existing records get no invented past: history starts empty at this step, because nothing
stored says when their current status was reached.
"""
from ..capture import install_capture

SYNC_COLUMNS = ('"id" TEXT NOT NULL PRIMARY KEY, "office" TEXT NOT NULL, '
                '"version" INTEGER NOT NULL DEFAULT 0, '
                '"updated_at" TEXT NOT NULL DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\', \'now\')), '
                '"updated_by" TEXT NOT NULL DEFAULT \'\', "deleted" INTEGER NOT NULL DEFAULT 0')

TABLE = [
    f'''CREATE TABLE "status_change" ({SYNC_COLUMNS}, "record_table" TEXT NOT NULL,
        "record_id" TEXT NOT NULL, "from_status" TEXT, "to_status" TEXT NOT NULL,
        "reason" TEXT NOT NULL DEFAULT '', "changed_by" TEXT NOT NULL DEFAULT '',
        "changed_at" TEXT NOT NULL)''',
    'CREATE INDEX "status_change_office" ON "status_change" ("office")',
    'CREATE INDEX "status_change_record_id_changed_at" ON "status_change" '
    '("record_id", "changed_at")',
    'CREATE INDEX "status_change_record_table_to_status" ON "status_change" '
    '("record_table", "to_status")',
]

# The literal SQL of this step, frozen with it (models/capture.py keeps its own copies).
UUID7 = (
    "lower(substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 1, 8)"
    " || '-' || substr(printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), 9, 4)"
    " || '-7' || substr(hex(randomblob(2)), 2, 3)"
    " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2, 3)"
    " || '-' || hex(randomblob(6)))"
)
NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
CAPTURE_ON = "(SELECT capture FROM sync_control WHERE id = 1) = 1"

# table -> (the reason an update records, the reason a creation records, which creations are
# recorded). A creation is recorded as a change from nothing (from_status NULL) where it says
# something: an agreement or PD drafted starts the time-to-sign clock, and a phase record is
# created when its phase is first saved with a status. A partnership created "proposed" or an
# assessment created "draft" (their defaults) is not a status change, and recording it would
# double what a bulk import sends to HQ; created in another status, it is recorded. A reason is
# recorded when the change set one: agreements and PDs keep a justification (cancelling), a
# phase its "not applicable".
_PHASE_REASON = "CASE WHEN NEW.status = 'not_applicable' THEN NEW.na_reason ELSE '' END"
_STATUS_REASON = ("CASE WHEN NEW.status_reason IS NOT OLD.status_reason THEN NEW.status_reason "
                  "ELSE '' END")
TRACKED = {
    "partnership": ("''", "''", "NEW.status <> 'proposed'"),
    "cycle_phase": (_PHASE_REASON, _PHASE_REASON, "1"),
    "agreement": (_STATUS_REASON, "NEW.status_reason", "1"),
    "programme_document": (_STATUS_REASON, "NEW.status_reason", "1"),
    "assessment": ("''", "''", "NEW.status <> 'draft'"),
}
HEAD = ('INSERT INTO "status_change" ("id", "office", "version", "updated_at", "updated_by", '
        '"deleted", "record_table", "record_id", "from_status", "to_status", "reason", '
        '"changed_by", "changed_at")')


def triggers(table: str, update_reason: str, insert_reason: str, on_insert: str) -> list[str]:
    """The triggers that record `table`'s status changes: the author is the one the edit stamps
    (`updated_by`, the acting user), the time the database's clock at the change."""
    values = (f"{UUID7}, NEW.office, 0, {NOW}, NEW.updated_by, 0, '{table}', NEW.id, "
              "FROM_STATUS, NEW.status, REASON, NEW.updated_by, " + NOW)
    return [
        f'CREATE TRIGGER "{table}_status_history_update" AFTER UPDATE OF "status" ON "{table}" '
        f"WHEN NEW.status IS NOT OLD.status AND {CAPTURE_ON} BEGIN {HEAD} VALUES ("
        + values.replace("FROM_STATUS", "OLD.status").replace("REASON", update_reason)
        + "); END",
        f'CREATE TRIGGER "{table}_status_history_insert" AFTER INSERT ON "{table}" '
        f"WHEN {on_insert} AND {CAPTURE_ON} BEGIN {HEAD} VALUES ("
        + values.replace("FROM_STATUS", "NULL").replace("REASON", insert_reason) + "); END",
    ]


def up(db):
    for statement in TABLE:
        db.execute_sql(statement)
    install_capture(db, "status_change", generator=3)
    for table, (update_reason, insert_reason, on_insert) in TRACKED.items():
        for statement in triggers(table, update_reason, insert_reason, on_insert):
            db.execute_sql(statement)
