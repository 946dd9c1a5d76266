"""Directory schema steps. Migration 1: offices, people, partners, partnerships, outbox, drafts,
settings, search. Migration 8: the partner and partnership lists' indexes."""
from ..capture import install_capture

SYNC_COLUMNS = ('"id" TEXT NOT NULL PRIMARY KEY, "office" TEXT NOT NULL, '
                '"version" INTEGER NOT NULL DEFAULT 0, '
                '"updated_at" TEXT NOT NULL DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\', \'now\')), '
                '"updated_by" TEXT NOT NULL DEFAULT \'\', "deleted" INTEGER NOT NULL DEFAULT 0')

STATEMENTS = [
    f'''CREATE TABLE "office" ({SYNC_COLUMNS}, "code" TEXT NOT NULL, "name" TEXT NOT NULL,
        "country" TEXT NOT NULL, "region" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "office_office" ON "office" ("office")',
    'CREATE UNIQUE INDEX "office_code" ON "office" ("code")',
    f'''CREATE TABLE "person" ({SYNC_COLUMNS}, "name" TEXT NOT NULL,
        "email" TEXT NOT NULL DEFAULT '', "role" TEXT NOT NULL DEFAULT 'focal_point',
        "title" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "person_office" ON "person" ("office")',
    f'''CREATE TABLE "partner" ({SYNC_COLUMNS}, "reference" TEXT NOT NULL,
        "legal_name" TEXT NOT NULL, "short_name" TEXT NOT NULL DEFAULT '',
        "partner_type" TEXT NOT NULL, "cso_type" TEXT, "tags" TEXT NOT NULL DEFAULT '[]',
        "vendor_number" TEXT NOT NULL DEFAULT '', "country" TEXT NOT NULL DEFAULT '',
        "address" TEXT NOT NULL DEFAULT '', "email" TEXT NOT NULL DEFAULT '',
        "phone" TEXT NOT NULL DEFAULT '', "contacts" TEXT NOT NULL DEFAULT '[]',
        "authorised_officers" TEXT NOT NULL DEFAULT '[]', "bank_details" TEXT NOT NULL DEFAULT '{{}}',
        "risk_rating" TEXT, "risk_assessment_type" TEXT, "risk_assessed_on" DATE,
        "core_values_assessed_on" DATE, "psea_assessed_on" DATE,
        "due_diligence_status" TEXT NOT NULL DEFAULT 'not_started', "due_diligence_on" DATE,
        "notes" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "partner_office" ON "partner" ("office")',
    'CREATE UNIQUE INDEX "partner_reference" ON "partner" ("reference")',
    'CREATE INDEX "partner_legal_name" ON "partner" ("legal_name")',
    f'''CREATE TABLE "partnership" ({SYNC_COLUMNS}, "reference" TEXT NOT NULL,
        "title" TEXT NOT NULL, "level" TEXT NOT NULL DEFAULT 'country',
        "contribution_types" TEXT NOT NULL DEFAULT '[]',
        "engagement_type" TEXT NOT NULL DEFAULT 'collaboration',
        "formality" TEXT NOT NULL DEFAULT 'informal', "geographic_reach" TEXT NOT NULL DEFAULT '',
        "objectives" TEXT NOT NULL DEFAULT '', "results" TEXT NOT NULL DEFAULT '',
        "focal_point_id" TEXT, "start_date" DATE, "planned_end" DATE,
        "status" TEXT NOT NULL DEFAULT 'proposed',
        FOREIGN KEY ("focal_point_id") REFERENCES "person" ("id") ON DELETE SET NULL)''',
    'CREATE INDEX "partnership_office" ON "partnership" ("office")',
    'CREATE UNIQUE INDEX "partnership_reference" ON "partnership" ("reference")',
    'CREATE INDEX "partnership_focal_point_id" ON "partnership" ("focal_point_id")',
    'CREATE INDEX "partnership_status" ON "partnership" ("status")',
    'CREATE INDEX "partnership_title" ON "partnership" ("title")',
    f'''CREATE TABLE "partnership_partner" ({SYNC_COLUMNS}, "partnership_id" TEXT NOT NULL,
        "partner_id" TEXT NOT NULL, "role" TEXT NOT NULL DEFAULT 'implementing',
        "comparative_advantage" TEXT NOT NULL DEFAULT '',
        FOREIGN KEY ("partnership_id") REFERENCES "partnership" ("id"),
        FOREIGN KEY ("partner_id") REFERENCES "partner" ("id"))''',
    'CREATE INDEX "partnership_partner_office" ON "partnership_partner" ("office")',
    'CREATE INDEX "partnership_partner_partnership_id" ON "partnership_partner" ("partnership_id")',
    'CREATE INDEX "partnership_partner_partner_id" ON "partnership_partner" ("partner_id")',
    '''CREATE TABLE "setting" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT)''',
    '''CREATE TABLE "outbox" ("seq" INTEGER NOT NULL PRIMARY KEY, "op_id" TEXT NOT NULL,
        "table_name" TEXT NOT NULL, "row_id" TEXT NOT NULL, "op" TEXT NOT NULL,
        "fields" TEXT NOT NULL, "base_version" INTEGER NOT NULL DEFAULT 0,
        "office" TEXT NOT NULL DEFAULT '', "created_at" TEXT NOT NULL,
        "status" TEXT NOT NULL DEFAULT 'pending', "error" TEXT)''',
    'CREATE UNIQUE INDEX "outbox_op_id" ON "outbox" ("op_id")',
    'CREATE INDEX "outbox_status" ON "outbox" ("status")',
    '''CREATE TABLE "sync_control" ("id" INTEGER NOT NULL PRIMARY KEY,
        "capture" INTEGER NOT NULL DEFAULT 1)''',
    'INSERT INTO "sync_control" ("id", "capture") VALUES (1, 1)',
    '''CREATE TABLE "draft" ("key" TEXT NOT NULL PRIMARY KEY, "payload" TEXT NOT NULL,
        "saved_at" TEXT NOT NULL)''',
    # Full-text search (FTS5), kept current by triggers below.
    '''CREATE VIRTUAL TABLE "partner_fts" USING fts5(legal_name, short_name, vendor_number,
        country, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')''',
    '''CREATE VIRTUAL TABLE "partnership_fts" USING fts5(reference, title, objectives, partners,
        place, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')''',
]

PARTNER_FTS_ROW = '''INSERT INTO partner_fts (rowid, legal_name, short_name, vendor_number, country,
    tags) SELECT rowid, legal_name, short_name, vendor_number, country, tags FROM partner
    WHERE id = {ref}.id AND deleted = 0'''

PARTNERSHIP_FTS_ROW = '''INSERT INTO partnership_fts (rowid, reference, title, objectives,
    partners, place)
    SELECT p.rowid, p.reference, p.title, p.objectives,
      coalesce((SELECT group_concat(pr.legal_name || ' ' || pr.short_name, ' ')
                FROM partnership_partner pp JOIN partner pr ON pr.id = pp.partner_id
                WHERE pp.partnership_id = p.id AND pp.deleted = 0), ''),
      p.office || ' ' || coalesce((SELECT o.country || ' ' || o.name FROM office o
                                   WHERE o.code = p.office), '') || ' ' || p.geographic_reach
    FROM partnership p WHERE p.id IN ({ids}) AND p.deleted = 0'''


def _refresh_partnership(ids: str) -> str:
    """SQL that rebuilds the search rows of the partnerships whose ids `ids` (SQL) yields."""
    return (f"DELETE FROM partnership_fts WHERE rowid IN (SELECT rowid FROM partnership WHERE id"
            f" IN ({ids})); " + PARTNERSHIP_FTS_ROW.format(ids=ids) + ";")


MEMBER_OF_NEW = "SELECT partnership_id FROM partnership_partner WHERE partner_id = NEW.id"

SEARCH_TRIGGERS = [
    f'''CREATE TRIGGER partner_fts_insert AFTER INSERT ON partner BEGIN
        {PARTNER_FTS_ROW.format(ref="NEW")}; END''',
    f'''CREATE TRIGGER partner_fts_update AFTER UPDATE OF legal_name, short_name, vendor_number,
        country, tags, deleted ON partner BEGIN
        DELETE FROM partner_fts WHERE rowid = OLD.rowid; {PARTNER_FTS_ROW.format(ref="NEW")};
        {_refresh_partnership(MEMBER_OF_NEW)}
        END''',
    '''CREATE TRIGGER partner_fts_delete AFTER DELETE ON partner BEGIN
        DELETE FROM partner_fts WHERE rowid = OLD.rowid; END''',
    f'''CREATE TRIGGER partnership_fts_insert AFTER INSERT ON partnership BEGIN
        {PARTNERSHIP_FTS_ROW.format(ids="NEW.id")}; END''',
    f'''CREATE TRIGGER partnership_fts_update AFTER UPDATE OF reference, title, objectives,
        geographic_reach, office, deleted ON partnership BEGIN
        DELETE FROM partnership_fts WHERE rowid = OLD.rowid;
        {PARTNERSHIP_FTS_ROW.format(ids="NEW.id")}; END''',
    '''CREATE TRIGGER partnership_fts_delete AFTER DELETE ON partnership BEGIN
        DELETE FROM partnership_fts WHERE rowid = OLD.rowid; END''',
    f'''CREATE TRIGGER partnership_partner_fts_insert AFTER INSERT ON partnership_partner BEGIN
        {_refresh_partnership("NEW.partnership_id")} END''',
    f'''CREATE TRIGGER partnership_partner_fts_update AFTER UPDATE OF partner_id, deleted
        ON partnership_partner BEGIN {_refresh_partnership("NEW.partnership_id")} END''',
    f'''CREATE TRIGGER partnership_partner_fts_delete AFTER DELETE ON partnership_partner BEGIN
        {_refresh_partnership("OLD.partnership_id")} END''',
]

SYNCED_TABLES = ["office", "person", "partner", "partnership", "partnership_partner"]


def up(db):
    for statement in STATEMENTS + SEARCH_TRIGGERS:
        db.execute_sql(statement)
    for table in SYNCED_TABLES:
        install_capture(db, table, generator=1)


# Migration 8: a partial index per sortable column of the partner and partnership lists
# (models/listing.py). Only live rows are in them, so a page, a count and the jump of a scroll bar
# read the index alone; the rowid each entry carries breaks ties, so the list order (value, rowid)
# is the index's own order, in both directions.
LIST_INDEXES = [
    'CREATE INDEX "partner_list_legal_name" ON "partner" ("legal_name") WHERE "deleted" = 0',
    'CREATE INDEX "partner_list_short_name" ON "partner" ("short_name") WHERE "deleted" = 0',
    'CREATE INDEX "partner_list_partner_type" ON "partner" ("partner_type") WHERE "deleted" = 0',
    'CREATE INDEX "partner_list_country" ON "partner" ("country") WHERE "deleted" = 0',
    'CREATE INDEX "partner_list_risk_rating" ON "partner" ("risk_rating") WHERE "deleted" = 0',
    'CREATE INDEX "partner_list_due_diligence_status" ON "partner" ("due_diligence_status") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "partner_list_office" ON "partner" ("office") WHERE "deleted" = 0',
    'CREATE INDEX "partnership_list_reference" ON "partnership" ("reference") WHERE "deleted" = 0',
    'CREATE INDEX "partnership_list_title" ON "partnership" ("title") WHERE "deleted" = 0',
    'CREATE INDEX "partnership_list_status" ON "partnership" ("status") WHERE "deleted" = 0',
    'CREATE INDEX "partnership_list_level" ON "partnership" ("level") WHERE "deleted" = 0',
    'CREATE INDEX "partnership_list_office" ON "partnership" ("office") WHERE "deleted" = 0',
    'CREATE INDEX "partnership_list_start_date" ON "partnership" ("start_date") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "partnership_list_planned_end" ON "partnership" ("planned_end") '
        'WHERE "deleted" = 0',
]


def up_list_indexes(db):
    for statement in LIST_INDEXES:
        db.execute_sql(statement)
