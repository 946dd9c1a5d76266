"""Interchange schema steps. Migration 6: the landscape (external activities and organisations
from IATI and HXL 3W, synced) and the record of each import (local), so that a batch can be undone
as a whole. Migration 9: the landscape lists' indexes."""
from ..capture import install_capture

SYNC_COLUMNS = ('"id" TEXT NOT NULL PRIMARY KEY, "office" TEXT NOT NULL, '
                '"version" INTEGER NOT NULL DEFAULT 0, '
                '"updated_at" TEXT NOT NULL DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\', \'now\')), '
                '"updated_by" TEXT NOT NULL DEFAULT \'\', "deleted" INTEGER NOT NULL DEFAULT 0')

STATEMENTS = [
    f'''CREATE TABLE "external_activity" ({SYNC_COLUMNS}, "source" TEXT NOT NULL,
        "identifier" TEXT NOT NULL, "title" TEXT NOT NULL DEFAULT '',
        "description" TEXT NOT NULL DEFAULT '', "country" TEXT NOT NULL DEFAULT '',
        "status" TEXT NOT NULL DEFAULT '', "start_date" DATE, "end_date" DATE,
        "reporting_org" TEXT NOT NULL DEFAULT '', "reporting_org_ref" TEXT NOT NULL DEFAULT '',
        "reporting_org_type" TEXT NOT NULL DEFAULT '', "organisations" TEXT NOT NULL DEFAULT '[]',
        "org_types" TEXT NOT NULL DEFAULT '[]', "sectors" TEXT NOT NULL DEFAULT '[]',
        "areas" TEXT NOT NULL DEFAULT '[]', "humanitarian" INTEGER NOT NULL DEFAULT 0,
        "currency" TEXT NOT NULL DEFAULT '', "budget" REAL NOT NULL DEFAULT 0,
        "commitments" REAL NOT NULL DEFAULT 0, "disbursements" REAL NOT NULL DEFAULT 0,
        "expenditures" REAL NOT NULL DEFAULT 0, "targeted" INTEGER)''',
    'CREATE INDEX "external_activity_office" ON "external_activity" ("office")',
    'CREATE INDEX "external_activity_identifier" ON "external_activity" ("identifier")',
    'CREATE INDEX "external_activity_title" ON "external_activity" ("title")',
    f'''CREATE TABLE "external_org" ({SYNC_COLUMNS}, "name" TEXT NOT NULL,
        "name_key" TEXT NOT NULL, "ref" TEXT NOT NULL DEFAULT '',
        "org_type" TEXT NOT NULL DEFAULT '', "country" TEXT NOT NULL DEFAULT '',
        "partner_id" TEXT, "status" TEXT NOT NULL DEFAULT 'candidate',
        FOREIGN KEY ("partner_id") REFERENCES "partner" ("id") ON DELETE SET NULL)''',
    'CREATE INDEX "external_org_office" ON "external_org" ("office")',
    'CREATE INDEX "external_org_name_key" ON "external_org" ("name_key")',
    'CREATE INDEX "external_org_name" ON "external_org" ("name")',
    'CREATE INDEX "external_org_partner_id" ON "external_org" ("partner_id")',
    '''CREATE VIRTUAL TABLE "external_activity_fts" USING fts5(identifier, title, organisations,
        sectors, areas, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')''',
    '''CREATE VIRTUAL TABLE "external_org_fts" USING fts5(name, ref,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')''',
    # Local only (never synced): each import and the rows it created, with the line they came from.
    '''CREATE TABLE "import_batch" ("id" TEXT NOT NULL PRIMARY KEY, "kind" TEXT NOT NULL,
        "filename" TEXT NOT NULL, "office" TEXT NOT NULL DEFAULT '', "created_at" TEXT NOT NULL,
        "created_by" TEXT NOT NULL DEFAULT '', "summary" TEXT NOT NULL DEFAULT '{}',
        "undone_at" TEXT)''',
    '''CREATE TABLE "import_item" ("id" INTEGER NOT NULL PRIMARY KEY,
        "batch_id" TEXT NOT NULL, "table_name" TEXT NOT NULL, "row_id" TEXT NOT NULL,
        "line" TEXT NOT NULL DEFAULT '', "source" TEXT NOT NULL DEFAULT '{}',
        FOREIGN KEY ("batch_id") REFERENCES "import_batch" ("id"))''',
    'CREATE INDEX "import_item_batch_id" ON "import_item" ("batch_id")',
    'CREATE INDEX "import_item_row_id" ON "import_item" ("row_id")',
]

ACTIVITY_FTS_ROW = '''INSERT INTO external_activity_fts (rowid, identifier, title, organisations,
    sectors, areas) SELECT rowid, identifier, title,
      coalesce((SELECT group_concat(json_extract(o.value, '$.name'), ' ')
                FROM json_each(external_activity.organisations) o), ''),
      coalesce((SELECT group_concat(s.value, ' ') FROM json_each(external_activity.sectors) s), ''),
      coalesce((SELECT group_concat(a.value, ' ') FROM json_each(external_activity.areas) a), '')
    FROM external_activity WHERE id = NEW.id AND deleted = 0'''
ORG_FTS_ROW = '''INSERT INTO external_org_fts (rowid, name, ref) SELECT rowid, name, ref
    FROM external_org WHERE id = NEW.id AND deleted = 0'''

SEARCH_TRIGGERS = [
    f'''CREATE TRIGGER external_activity_fts_insert AFTER INSERT ON external_activity BEGIN
        {ACTIVITY_FTS_ROW}; END''',
    f'''CREATE TRIGGER external_activity_fts_update AFTER UPDATE OF identifier, title,
        organisations, sectors, areas, deleted ON external_activity BEGIN
        DELETE FROM external_activity_fts WHERE rowid = OLD.rowid; {ACTIVITY_FTS_ROW}; END''',
    '''CREATE TRIGGER external_activity_fts_delete AFTER DELETE ON external_activity BEGIN
        DELETE FROM external_activity_fts WHERE rowid = OLD.rowid; END''',
    f'''CREATE TRIGGER external_org_fts_insert AFTER INSERT ON external_org BEGIN
        {ORG_FTS_ROW}; END''',
    f'''CREATE TRIGGER external_org_fts_update AFTER UPDATE OF name, ref, deleted ON external_org
        BEGIN DELETE FROM external_org_fts WHERE rowid = OLD.rowid; {ORG_FTS_ROW}; END''',
    '''CREATE TRIGGER external_org_fts_delete AFTER DELETE ON external_org BEGIN
        DELETE FROM external_org_fts WHERE rowid = OLD.rowid; END''',
]

SYNCED_TABLES = ["external_activity", "external_org"]


def up(db):
    for statement in STATEMENTS + SEARCH_TRIGGERS:
        db.execute_sql(statement)
    for table in SYNCED_TABLES:
        install_capture(db, table, generator=1)


# Migration 9: a partial index per plain sortable column of the landscape lists, as migration 8
# gives the partner and partnership lists (see models/directory/migrations.py). The columns
# computed from JSON or other tables (implementers, sectors, areas, activities, partner) have none.
LIST_INDEXES = [
    'CREATE INDEX "external_activity_list_title" ON "external_activity" ("title") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_activity_list_reporting_org" ON "external_activity" ("reporting_org") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_activity_list_status" ON "external_activity" ("status") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_activity_list_start_date" ON "external_activity" ("start_date") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_activity_list_end_date" ON "external_activity" ("end_date") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_activity_list_budget" ON "external_activity" ("budget") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_activity_list_source" ON "external_activity" ("source") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_activity_list_office" ON "external_activity" ("office") '
        'WHERE "deleted" = 0',
    'CREATE INDEX "external_org_list_name" ON "external_org" ("name") WHERE "deleted" = 0',
    'CREATE INDEX "external_org_list_org_type" ON "external_org" ("org_type") WHERE "deleted" = 0',
    'CREATE INDEX "external_org_list_status" ON "external_org" ("status") WHERE "deleted" = 0',
    'CREATE INDEX "external_org_list_office" ON "external_org" ("office") WHERE "deleted" = 0',
]


def up_list_indexes(db):
    for statement in LIST_INDEXES:
        db.execute_sql(statement)
