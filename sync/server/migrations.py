"""Numbered schema steps of the HQ store, the same on SQLite and PostgreSQL, and a version table.

Like the device's (models/migrations.py): a step is literal SQL, frozen forever once landed; a
change to the schema is a new step with the next number. `{blob}` in a statement stands for the
engine's binary type (BLOB, BYTEA), the one word the engines spell differently here; `{now}` for
the time the step runs (as text, the way every time is kept), which the engines also spell
differently.

`hq_schema` holds the version (one row, id 1). It is machinery, not a step: a store made before
versions existed has exactly step 1's tables and no `hq_schema`, and is adopted as version 1.
`migrate()` runs whenever a Store opens (`serve`, every `hq` command), each step in its own
transaction with the new version; concurrent openers queue (SQLite BEGIN IMMEDIATE, PostgreSQL
an advisory lock). A store whose version is above LATEST_VERSION was made by a newer PartnerDesk:
refused with a clear message, and left as it was; so is a database that already holds another
application's tables (its tables are not ours to add to).
"""
from __future__ import annotations

from models.errors import DomainError
from models.ids import utc_now

# Step 1: the schema the store had before it had versions, statement for statement.
STEP_1 = (
    """CREATE TABLE IF NOT EXISTS hq_counter (id INTEGER PRIMARY KEY, value BIGINT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS hq_office (code TEXT PRIMARY KEY, name TEXT NOT NULL,
        country TEXT NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS hq_device (id TEXT PRIMARY KEY, name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE, offices TEXT NOT NULL, all_offices INTEGER NOT NULL,
        schema_version INTEGER NOT NULL DEFAULT 0, enrolled_at TEXT NOT NULL,
        last_seen TEXT, revoked_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS hq_enrollment (code_hash TEXT PRIMARY KEY, offices TEXT NOT NULL,
        all_offices INTEGER NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,
        used_at TEXT, device_id TEXT)""",
    """CREATE TABLE IF NOT EXISTS hq_applied (device TEXT NOT NULL, seq BIGINT NOT NULL,
        digest TEXT NOT NULL, result TEXT NOT NULL, PRIMARY KEY (device, seq))""",
    """CREATE TABLE IF NOT EXISTS hq_row (tbl TEXT NOT NULL, id TEXT NOT NULL, office TEXT NOT NULL,
        version INTEGER NOT NULL, seq BIGINT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL, meta TEXT NOT NULL, PRIMARY KEY (tbl, id))""",
    "CREATE INDEX IF NOT EXISTS hq_row_office_seq ON hq_row (office, seq)",
    """CREATE TABLE IF NOT EXISTS hq_unique (tbl TEXT NOT NULL, col TEXT NOT NULL,
        value TEXT NOT NULL, row_id TEXT NOT NULL, PRIMARY KEY (tbl, col, value))""",
    "CREATE INDEX IF NOT EXISTS hq_unique_row ON hq_unique (tbl, col, row_id)",
    """CREATE TABLE IF NOT EXISTS hq_moved (tbl TEXT NOT NULL, id TEXT NOT NULL,
        from_office TEXT NOT NULL, seq BIGINT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS hq_moved_seq ON hq_moved (seq)",
    "CREATE INDEX IF NOT EXISTS hq_row_seq ON hq_row (seq)",
    """CREATE TABLE IF NOT EXISTS hq_conflict (id TEXT PRIMARY KEY, tbl TEXT NOT NULL,
        row_id TEXT NOT NULL, field TEXT NOT NULL, kind TEXT NOT NULL, hq_value TEXT,
        hq_author TEXT NOT NULL, device_value TEXT, device_author TEXT NOT NULL,
        device TEXT NOT NULL, created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS hq_blob (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL,
        received BIGINT NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS hq_blob_chunk (sha256 TEXT NOT NULL, start BIGINT NOT NULL,
        data {blob} NOT NULL, PRIMARY KEY (sha256, start))""",
    "INSERT INTO hq_counter (id, value) VALUES (1, 0)",
)

# Step 2 (issue 10): enrollment confirmed by the device's first authenticated request (a code
# is spent only then); each device's upload in progress its own; which offices have delivered a
# verified file (only their devices may download it).
STEP_2 = (
    "ALTER TABLE hq_device ADD COLUMN confirmed_at TEXT",
    "UPDATE hq_device SET confirmed_at = enrolled_at",
    """CREATE TABLE hq_upload (sha256 TEXT NOT NULL, device TEXT NOT NULL, size BIGINT NOT NULL,
        received BIGINT NOT NULL DEFAULT 0, created_at TEXT NOT NULL,
        PRIMARY KEY (sha256, device))""",
    """CREATE TABLE hq_upload_chunk (sha256 TEXT NOT NULL, device TEXT NOT NULL,
        start BIGINT NOT NULL, data {blob} NOT NULL, PRIMARY KEY (sha256, device, start))""",
    """CREATE TABLE hq_blob_office (sha256 TEXT NOT NULL, office TEXT NOT NULL,
        PRIMARY KEY (sha256, office))""",
    # uploads in progress were shared by every device: dropped, the devices send them again
    "DELETE FROM hq_blob_chunk WHERE sha256 IN (SELECT sha256 FROM hq_blob WHERE complete = 0)",
    "DELETE FROM hq_blob WHERE complete = 0",
    # files verified before: held for the offices whose attachment rows name them. '%%' is one
    # '%' for psycopg2 (which formats even without parameters) and the same wildcard in SQLite.
    """INSERT INTO hq_blob_office (sha256, office) SELECT DISTINCT b.sha256, r.office
        FROM hq_blob b JOIN hq_row r ON r.tbl = 'attachment'
        AND r.data LIKE '%%"sha256":"' || b.sha256 || '"%%'""",
)

# Step 3: a content hash per row, so that checksums see values that drifted apart, not only
# versions (issue 10); computed when a checksum first needs it (sync/server/changes.py).
STEP_3 = ("ALTER TABLE hq_row ADD COLUMN content_hash TEXT",)

# Step 4 (issue 15): each device's recovery key, so that an HQ administrator can help a person
# who forgot the passphrase of an encrypted device (the key unwraps the device's data key, never
# reveals a passphrase); replaced when the device makes a new one. And when each change of a
# device was applied, so that the record of applied changes can be pruned once the device has
# moved past them and a while has passed (sync_ops.prune_applied).
STEP_4 = (
    """CREATE TABLE hq_recovery (device TEXT PRIMARY KEY, recovery_key TEXT NOT NULL,
        received_at TEXT NOT NULL)""",
    "ALTER TABLE hq_applied ADD COLUMN applied_at TEXT",
)

# Step 5: an
# append-only history of every version HQ accepted of every row (issue 15 item 4, DESIGN.md),
# written in the same transaction as the merge (merge.Batch.write_row), never updated or deleted:
# a record as it was at any date, and a mistaken change restored as a new version. The versions
# HQ already held are kept as they were found when history began: their author and device are
# not known (''), and their time is that of this step, the first moment they are known to hold.
STEP_HISTORY = (
    """CREATE TABLE hq_version (tbl TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
        seq BIGINT NOT NULL, office TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
        accepted_at TEXT NOT NULL, PRIMARY KEY (tbl, id, version))""",
    # no other index: a record's versions are read by (tbl, id), the key's prefix, and each
    # index more is one more write in every merge
    """INSERT INTO hq_version (tbl, id, version, seq, office, deleted, data, author, device,
        accepted_at) SELECT tbl, id, version, seq, office, deleted, data, '', '', {now}
        FROM hq_row""",
)

# Step 6 (issue 13, sync by file): HQ's X25519 key pair; devices encrypt their export files to
# its public key (sync/filecrypt.py). One row, made when first needed (sync/server/fileimport.py).
STEP_6 = ("""CREATE TABLE hq_file_key (id INTEGER PRIMARY KEY, private_key TEXT NOT NULL,
        public_key TEXT NOT NULL, created_at TEXT NOT NULL)""",)

STEPS: dict[int, tuple[str, ...]] = {1: STEP_1, 2: STEP_2, 3: STEP_3, 4: STEP_4, 5: STEP_HISTORY,
                                     6: STEP_6}
LATEST_VERSION = max(STEPS)
VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS hq_schema (id INTEGER PRIMARY KEY, "
                 "version INTEGER NOT NULL, migrated_at TEXT NOT NULL)")
PG_LOCK = 7_306_812_017  # advisory lock key: one migrating process at a time


def has_table(tx, name: str) -> bool:
    if tx.pg:
        return tx.one("SELECT to_regclass(?) IS NOT NULL", (name,))[0]
    return tx.one("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                  (name,))[0] > 0


def _tables(tx) -> list[str]:
    if tx.pg:
        return [r[0] for r in tx.all("SELECT table_name FROM information_schema.tables WHERE "
                                     "table_schema = current_schema() ORDER BY table_name")]
    return [r[0] for r in tx.all("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "ORDER BY name")]


def version(tx) -> int:
    """The store's schema version; 0 for an empty store, 1 for one made before versions."""
    if has_table(tx, "hq_schema"):
        row = tx.one("SELECT version FROM hq_schema WHERE id = 1")
        if row is not None:
            return row[0]
    return 1 if has_table(tx, "hq_counter") else 0


def migrate(store, target: int | None = None) -> int:
    """Bring the store to `target` (default: latest), one transaction per step."""
    target = LATEST_VERSION if target is None else target
    while True:
        with store.transaction() as tx:
            if tx.pg:
                tx.one("SELECT pg_advisory_xact_lock(?)", (PG_LOCK,))
            found = version(tx)
            if found == 0 and _tables(tx):
                raise DomainError(
                    f"The HQ store {store.label} holds tables of another application "
                    f"({', '.join(_tables(tx)[:5])}); give PartnerDesk an empty database of its "
                    "own. Nothing was changed.")
            if found > LATEST_VERSION:
                raise DomainError(
                    f"The HQ store {store.label} was made by a newer PartnerDesk (schema {found}; "
                    f"this program knows up to {LATEST_VERSION}). Install the newer version on "
                    "this server; the store was not changed.")
            if found >= target:
                if found and not has_table(tx, "hq_schema"):
                    _record(tx, found)  # a store from before versions: adopted as version 1
                return found
            for statement in STEPS[found + 1]:
                tx.run(statement.replace("{blob}", "BYTEA" if tx.pg else "BLOB")
                       .replace("{now}", f"'{utc_now()}'"))
            _record(tx, found + 1)


def _record(tx, number: int) -> None:
    tx.run(VERSION_TABLE)
    if tx.run("UPDATE hq_schema SET version = ?, migrated_at = ? WHERE id = 1",
              (number, utc_now())) == 0:
        tx.run("INSERT INTO hq_schema (id, version, migrated_at) VALUES (1, ?, ?)",
               (number, utc_now()))
