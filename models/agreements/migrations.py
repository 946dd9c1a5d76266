"""Migration 3: agreements, programme documents (with amendments), attachments, deferred items."""
from ..capture import install_capture

SYNC_COLUMNS = ('"id" TEXT NOT NULL PRIMARY KEY, "office" TEXT NOT NULL, '
                '"version" INTEGER NOT NULL DEFAULT 0, '
                '"updated_at" TEXT NOT NULL DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\', \'now\')), '
                '"updated_by" TEXT NOT NULL DEFAULT \'\', "deleted" INTEGER NOT NULL DEFAULT 0')

SIGNATURE_COLUMNS = '''"partner_signatory" TEXT NOT NULL DEFAULT '',
    "partner_signatory_title" TEXT NOT NULL DEFAULT '', "partner_signed_on" DATE,
    "unicef_signatory" TEXT NOT NULL DEFAULT '', "unicef_signatory_title" TEXT NOT NULL DEFAULT '',
    "unicef_signed_on" DATE, "signed_document" TEXT, "termination_document" TEXT'''

AMENDMENT_COLUMNS = '''"amendment_of" TEXT, "amendment_number" INTEGER NOT NULL DEFAULT 0,
    "amendment_types" TEXT NOT NULL DEFAULT '[]', "amendment_summary" TEXT NOT NULL DEFAULT \'\''''

STATEMENTS = [
    f'''CREATE TABLE "agreement" ({SYNC_COLUMNS}, "reference" TEXT NOT NULL,
        "agreement_type" TEXT NOT NULL, "partner_id" TEXT NOT NULL,
        "country_programme" TEXT NOT NULL DEFAULT '', "title" TEXT NOT NULL DEFAULT '',
        "start_date" DATE, "end_date" DATE, "status" TEXT NOT NULL DEFAULT 'draft',
        "status_reason" TEXT NOT NULL DEFAULT '', "authorised_officers" TEXT NOT NULL DEFAULT '[]',
        "special_conditions" TEXT NOT NULL DEFAULT '', {SIGNATURE_COLUMNS},
        "is_emergency" INTEGER NOT NULL DEFAULT 0, {AMENDMENT_COLUMNS},
        FOREIGN KEY ("partner_id") REFERENCES "partner" ("id"))''',
    'CREATE INDEX "agreement_office" ON "agreement" ("office")',
    'CREATE INDEX "agreement_reference" ON "agreement" ("reference")',
    'CREATE INDEX "agreement_partner_id" ON "agreement" ("partner_id")',
    'CREATE INDEX "agreement_status" ON "agreement" ("status")',
    'CREATE INDEX "agreement_amendment_of" ON "agreement" ("amendment_of")',
    f'''CREATE TABLE "programme_document" ({SYNC_COLUMNS}, "reference" TEXT NOT NULL,
        "agreement_id" TEXT NOT NULL, "pd_type" TEXT NOT NULL DEFAULT 'standard',
        "title" TEXT NOT NULL, "start_date" DATE, "end_date" DATE,
        "status" TEXT NOT NULL DEFAULT 'draft', "status_reason" TEXT NOT NULL DEFAULT '',
        "currency" TEXT NOT NULL DEFAULT 'USD', "locations" TEXT NOT NULL DEFAULT '[]',
        "results" TEXT NOT NULL DEFAULT '[]', "budget_lines" TEXT NOT NULL DEFAULT '[]',
        "management_costs" REAL NOT NULL DEFAULT 0, "unicef_cash_total" REAL NOT NULL DEFAULT 0,
        "cash_transfer_modalities" TEXT NOT NULL DEFAULT '[]',
        "planned_visits" TEXT NOT NULL DEFAULT '[]',
        "reporting_requirements" TEXT NOT NULL DEFAULT '[]', "risks" TEXT NOT NULL DEFAULT '[]',
        {SIGNATURE_COLUMNS}, "final_review_on" DATE,
        "outstanding_amount" REAL NOT NULL DEFAULT 0, "is_emergency" INTEGER NOT NULL DEFAULT 0,
        "template" TEXT, {AMENDMENT_COLUMNS},
        FOREIGN KEY ("agreement_id") REFERENCES "agreement" ("id"))''',
    'CREATE INDEX "programme_document_office" ON "programme_document" ("office")',
    'CREATE INDEX "programme_document_reference" ON "programme_document" ("reference")',
    'CREATE INDEX "programme_document_agreement_id" ON "programme_document" ("agreement_id")',
    'CREATE INDEX "programme_document_status" ON "programme_document" ("status")',
    'CREATE INDEX "programme_document_amendment_of" ON "programme_document" ("amendment_of")',
    f'''CREATE TABLE "attachment" ({SYNC_COLUMNS}, "owner_table" TEXT NOT NULL,
        "owner_id" TEXT NOT NULL, "kind" TEXT NOT NULL DEFAULT 'other', "filename" TEXT NOT NULL,
        "sha256" TEXT NOT NULL, "size" INTEGER NOT NULL DEFAULT 0)''',
    'CREATE INDEX "attachment_office" ON "attachment" ("office")',
    'CREATE INDEX "attachment_owner_id" ON "attachment" ("owner_id")',
    'CREATE INDEX "attachment_sha256" ON "attachment" ("sha256")',
    f'''CREATE TABLE "deferred_item" ({SYNC_COLUMNS}, "owner_table" TEXT NOT NULL,
        "owner_id" TEXT NOT NULL, "partner_id" TEXT, "kind" TEXT NOT NULL,
        "description" TEXT NOT NULL DEFAULT '', "due_date" DATE NOT NULL, "done_on" DATE,
        FOREIGN KEY ("partner_id") REFERENCES "partner" ("id"))''',
    'CREATE INDEX "deferred_item_office" ON "deferred_item" ("office")',
    'CREATE INDEX "deferred_item_owner_id" ON "deferred_item" ("owner_id")',
    'CREATE INDEX "deferred_item_partner_id" ON "deferred_item" ("partner_id")',
    # Search over agreements (reference, type, partner names, title), kept current by triggers.
    '''CREATE VIRTUAL TABLE "agreement_fts" USING fts5(reference, agreement_type, partner,
        title, tokenize = 'unicode61 remove_diacritics 2')''',
]

AGREEMENT_FTS_ROW = '''INSERT INTO agreement_fts (rowid, reference, agreement_type, partner, title)
    SELECT a.rowid, a.reference, a.agreement_type,
      coalesce((SELECT p.legal_name || ' ' || p.short_name FROM partner p
                WHERE p.id = a.partner_id), ''), a.title
    FROM agreement a WHERE a.id IN ({ids}) AND a.deleted = 0'''


def _refresh(ids: str) -> str:
    return (f"DELETE FROM agreement_fts WHERE rowid IN (SELECT rowid FROM agreement WHERE id IN "
            f"({ids})); " + AGREEMENT_FTS_ROW.format(ids=ids) + ";")


SEARCH_TRIGGERS = [
    f'''CREATE TRIGGER agreement_fts_insert AFTER INSERT ON agreement BEGIN
        {AGREEMENT_FTS_ROW.format(ids="NEW.id")}; END''',
    f'''CREATE TRIGGER agreement_fts_update AFTER UPDATE OF reference, agreement_type,
        partner_id, title, deleted ON agreement BEGIN
        DELETE FROM agreement_fts WHERE rowid = OLD.rowid;
        {AGREEMENT_FTS_ROW.format(ids="NEW.id")}; END''',
    '''CREATE TRIGGER agreement_fts_delete AFTER DELETE ON agreement BEGIN
        DELETE FROM agreement_fts WHERE rowid = OLD.rowid; END''',
    f'''CREATE TRIGGER agreement_fts_partner_update AFTER UPDATE OF legal_name, short_name
        ON partner BEGIN
        {_refresh("SELECT id FROM agreement WHERE partner_id = NEW.id")} END''',
]

SYNCED_TABLES = ["agreement", "programme_document", "attachment", "deferred_item"]


def up(db):
    for statement in STATEMENTS + SEARCH_TRIGGERS:
        db.execute_sql(statement)
    for table in SYNCED_TABLES:
        install_capture(db, table, generator=1)
