"""Migrations 5 and 10 of the device's sync state: conflicts to resolve, sync history, files sent to
HQ (5); authors on every captured update, refused files set aside (10)."""
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
