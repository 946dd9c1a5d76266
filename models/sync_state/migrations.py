"""Migrations 5, 10, 11 and 12 of the device's sync state: conflicts to resolve, sync history,
files sent to HQ (5); authors on every captured update, refused files set aside (10); values from
HQ this device set aside instead of storing, and audit stamps given back (11); search indexing
paused while a page of HQ's changes is applied (12)."""
from ..capture import install_capture

STATEMENTS = [
    '''CREATE TABLE "sync_conflict" ("id" TEXT NOT NULL PRIMARY KEY, "table_name" TEXT NOT NULL,
        "row_id" TEXT NOT NULL, "field" TEXT NOT NULL, "kind" TEXT NOT NULL DEFAULT 'field',
        "mine" TEXT, "theirs" TEXT, "my_author" TEXT NOT NULL DEFAULT '',
        "their_author" TEXT NOT NULL DEFAULT '', "created_at" TEXT NOT NULL,
        "resolved_at" TEXT, "resolution" TEXT)''',
    'CREATE INDEX "sync_conflict_row_id" ON "sync_conflict" ("row_id")',
    'CREATE INDEX "sync_conflict_resolved_at" ON "sync_conflict" ("resolved_at")',
    '''CREATE TABLE "sync_history" ("id" INTEGER NOT NULL PRIMARY KEY, "started_at" TEXT NOT NULL,
        "finished_at" TEXT NOT NULL, "ok" INTEGER NOT NULL DEFAULT 0,
        "pushed" INTEGER NOT NULL DEFAULT 0, "pulled" INTEGER NOT NULL DEFAULT 0,
        "conflicts" INTEGER NOT NULL DEFAULT 0, "rejected" INTEGER NOT NULL DEFAULT 0,
        "bytes_sent" INTEGER NOT NULL DEFAULT 0, "bytes_received" INTEGER NOT NULL DEFAULT 0,
        "round_trips" INTEGER NOT NULL DEFAULT 0, "seconds" REAL NOT NULL DEFAULT 0,
        "error" TEXT)''',
    '''CREATE TABLE "sync_blob" ("sha256" TEXT NOT NULL PRIMARY KEY, "sent_at" TEXT NOT NULL)''',
]


def up(db):
    for statement in STATEMENTS:
        db.execute_sql(statement)


# Migration 10: every captured update carries its author and time (capture generator 2), and a
# file HQ refused is set aside with the reason instead of being sent again at every sync.
STEP_10 = [
    'ALTER TABLE "sync_blob" ADD COLUMN "error" TEXT',
    'ALTER TABLE "sync_blob" ADD COLUMN "dismissed" INTEGER NOT NULL DEFAULT 0',
]


def up_10(db):
    for statement in STEP_10:
        db.execute_sql(statement)
    # the synced tables as the frozen steps 1..9 left them
    for (table,) in db.execute_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
            "'%\\_capture\\_insert' ESCAPE '\\' ORDER BY tbl_name").fetchall():
        install_capture(db, table, generator=2)


# Step 11: what a pulled change held that this device could not store (a value its column refuses,
# a reference a change of this device not yet sent still holds): kept per row with the reason,
# applied when a later change makes it storable, shown in the Sync view and by `check`, and
# counted in the checksum as HQ has it (sync/held.py). `whole`: the row itself is not stored.
STEP_11 = [
    '''CREATE TABLE "sync_held" ("table_name" TEXT NOT NULL, "row_id" TEXT NOT NULL,
        "version" INTEGER NOT NULL DEFAULT 0, "fields" TEXT NOT NULL, "reasons" TEXT NOT NULL,
        "whole" INTEGER NOT NULL DEFAULT 0, "waiting" INTEGER NOT NULL DEFAULT 0,
        "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL,
        PRIMARY KEY ("table_name", "row_id"))''',
]


def up_held(db):
    """Step 11: the table above, and the capture triggers of every synced table re-installed
    with generator 3 (an edit of the audit stamp alone gives the stamp back)."""
    for statement in STEP_11:
        db.execute_sql(statement)
    # the synced tables as the frozen steps 1..10 left them
    for (table,) in db.execute_sql(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
            "'%\\_capture\\_insert' ESCAPE '\\' ORDER BY tbl_name").fetchall():
        install_capture(db, table, generator=3)


# Step 13: the search-index insert triggers of
# the synced tables pause while the sync client applies a page of HQ's changes
# (`sync_control.search = 0`), which then indexes the page's new rows in one statement per
# table (sync/search.py): per row, the trigger cost a third of a pull. The triggers named here
# index the inserted row only (NEW.id); those that refresh a parent's entry (a partnership's
# partners, an agreement's documents) keep firing.
SEARCH_ON = "(SELECT search FROM sync_control WHERE id = 1) = 1"
PAUSED_SEARCH = ["agreement_fts_insert", "external_activity_fts_insert",
                 "external_org_fts_insert", "partner_fts_insert", "partnership_fts_insert"]
STEP_13 = ['ALTER TABLE "sync_control" ADD COLUMN "search" INTEGER NOT NULL DEFAULT 1']


def up_13(db):
    for statement in STEP_13:
        db.execute_sql(statement)
    for name in PAUSED_SEARCH:  # each as the frozen steps 1..12 left it, with a WHEN
        (sql,) = db.execute_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                "name = ?", (name,)).fetchone()
        head, body = sql.split(" BEGIN", 1)
        db.execute_sql(f'DROP TRIGGER "{name}"')
        db.execute_sql(f"{head} WHEN {SEARCH_ON} BEGIN{body}")
