"""Schema step 14: the users of each office with their roles (synced), and their PINs as scrypt
hashes on this laptop (local only)."""
from ..capture import install_capture

STEP_14 = [
    '''CREATE TABLE "office_user" ("id" TEXT NOT NULL PRIMARY KEY, "office" TEXT NOT NULL,
        "version" INTEGER NOT NULL DEFAULT 0,
        "updated_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        "updated_by" TEXT NOT NULL DEFAULT '', "deleted" INTEGER NOT NULL DEFAULT 0,
        "name" TEXT NOT NULL, "role" TEXT NOT NULL DEFAULT 'viewer')''',
    'CREATE INDEX "office_user_office" ON "office_user" ("office")',
    'CREATE INDEX "office_user_office_name" ON "office_user" ("office", "name")',
    '''CREATE TABLE "user_secret" ("user_id" TEXT NOT NULL PRIMARY KEY,
        "secret" TEXT NOT NULL, "set_at" TEXT NOT NULL)''',
]


def up(db):
    for statement in STEP_14:
        db.execute_sql(statement)
    install_capture(db, "office_user", generator=3)
