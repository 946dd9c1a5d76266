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


# Step 7: agreement texts as versioned data, UNICEF's authorised officers per office, signature
# evidence, the rest of what an eTools PD holds, frozen amendment differences, and PDs in the
# agreements search. The default templates (edition 1) are read from template_texts/, frozen
# with this step: a test pins their SHA-256 (DEFAULT_TEXTS_SHA256); never edit those files.

TEMPLATE_STATEMENTS = [
    f'''CREATE TABLE "agreement_template" ({SYNC_COLUMNS}, "kind" TEXT NOT NULL,
        "lang" TEXT NOT NULL, "edition" INTEGER NOT NULL DEFAULT 1, "issued_on" DATE,
        "issuer" TEXT NOT NULL DEFAULT '', "title" TEXT NOT NULL DEFAULT '',
        "body" TEXT NOT NULL DEFAULT '{{}}', "sha256" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "agreement_template_office" ON "agreement_template" ("office")',
    'CREATE UNIQUE INDEX "agreement_template_kind_lang_edition" ON "agreement_template" '
    '("kind", "lang", "edition")',
    f'''CREATE TABLE "unicef_officer" ({SYNC_COLUMNS}, "name" TEXT NOT NULL,
        "title" TEXT NOT NULL DEFAULT '', "email" TEXT NOT NULL DEFAULT '',
        "valid_from" DATE, "valid_until" DATE)''',
    'CREATE INDEX "unicef_officer_office" ON "unicef_officer" ("office")',
    f'''CREATE TABLE "signature_evidence" ({SYNC_COLUMNS}, "owner_table" TEXT NOT NULL,
        "owner_id" TEXT NOT NULL, "party" TEXT NOT NULL, "signatory" TEXT NOT NULL,
        "title" TEXT NOT NULL DEFAULT '', "signed_at" TEXT NOT NULL,
        "device" TEXT NOT NULL DEFAULT '', "recorded_by" TEXT NOT NULL DEFAULT '',
        "method" TEXT NOT NULL DEFAULT 'electronic', "lang" TEXT NOT NULL DEFAULT 'en',
        "text_sha256" TEXT NOT NULL, "consent" TEXT NOT NULL DEFAULT '')''',
    'CREATE INDEX "signature_evidence_office" ON "signature_evidence" ("office")',
    'CREATE INDEX "signature_evidence_owner_id" ON "signature_evidence" ("owner_id")',
    'ALTER TABLE "agreement" ADD COLUMN "transfers_cash" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "deferred_item" ADD COLUMN "evidence" TEXT NOT NULL DEFAULT \'{}\'',
] + [
    f'ALTER TABLE "{table}" ADD COLUMN {column}'
    for table in ("agreement", "programme_document")
    for column in ('"template_editions" TEXT NOT NULL DEFAULT \'{}\'',
                   '"signed_lang" TEXT NOT NULL DEFAULT \'\'',
                   '"text_sha256" TEXT NOT NULL DEFAULT \'\'',
                   '"amendment_difference" TEXT NOT NULL DEFAULT \'[]\'')
] + [
    f'ALTER TABLE "programme_document" ADD COLUMN {column}'
    for column in ('"context" TEXT NOT NULL DEFAULT \'\'', '"strategy" TEXT NOT NULL DEFAULT \'\'',
                   '"cp_outputs" TEXT NOT NULL DEFAULT \'[]\'',
                   '"ratings" TEXT NOT NULL DEFAULT \'{}\'',
                   '"focal_points" TEXT NOT NULL DEFAULT \'{}\'')
]

# The agreements search also finds an agreement by the references and titles of its PDs.
SEARCH_7 = [
    'DROP TRIGGER agreement_fts_insert', 'DROP TRIGGER agreement_fts_update',
    'DROP TRIGGER agreement_fts_delete', 'DROP TRIGGER agreement_fts_partner_update',
    'DROP TABLE agreement_fts',
    '''CREATE VIRTUAL TABLE "agreement_fts" USING fts5(reference, agreement_type, partner,
        title, documents, tokenize = 'unicode61 remove_diacritics 2')''',
]
FTS_ROW_7 = '''INSERT INTO agreement_fts (rowid, reference, agreement_type, partner, title,
    documents)
    SELECT a.rowid, a.reference, a.agreement_type,
      coalesce((SELECT p.legal_name || ' ' || p.short_name FROM partner p
                WHERE p.id = a.partner_id), ''), a.title,
      coalesce((SELECT group_concat(d.reference || ' ' || d.title, ' ') FROM programme_document d
                WHERE d.agreement_id = a.id AND d.deleted = 0), '')
    FROM agreement a WHERE a.id IN ({ids}) AND a.deleted = 0'''


def _refresh_7(ids: str) -> str:
    return (f"DELETE FROM agreement_fts WHERE rowid IN (SELECT rowid FROM agreement WHERE id IN "
            f"({ids})); " + FTS_ROW_7.format(ids=ids) + ";")


TRIGGERS_7 = [
    f'''CREATE TRIGGER agreement_fts_insert AFTER INSERT ON agreement BEGIN
        {FTS_ROW_7.format(ids="NEW.id")}; END''',
    f'''CREATE TRIGGER agreement_fts_update AFTER UPDATE OF reference, agreement_type,
        partner_id, title, deleted ON agreement BEGIN
        DELETE FROM agreement_fts WHERE rowid = OLD.rowid;
        {FTS_ROW_7.format(ids="NEW.id")}; END''',
    '''CREATE TRIGGER agreement_fts_delete AFTER DELETE ON agreement BEGIN
        DELETE FROM agreement_fts WHERE rowid = OLD.rowid; END''',
    f'''CREATE TRIGGER agreement_fts_partner_update AFTER UPDATE OF legal_name, short_name
        ON partner BEGIN
        {_refresh_7("SELECT id FROM agreement WHERE partner_id = NEW.id")} END''',
    f'''CREATE TRIGGER agreement_fts_pd_insert AFTER INSERT ON programme_document BEGIN
        {_refresh_7("NEW.agreement_id")} END''',
    f'''CREATE TRIGGER agreement_fts_pd_update AFTER UPDATE OF reference, title, deleted,
        agreement_id ON programme_document BEGIN
        {_refresh_7("NEW.agreement_id, OLD.agreement_id")} END''',
]

# SHA-256 over the bodies of the default rows, in order: a test keeps step 7 frozen.
DEFAULT_TEXTS_SHA256 = "931f56fa48e29187fc90e3bfafa0c153186b3e09021c279d3738e02fdfdc0a5e"


def default_template_rows() -> list[tuple]:
    """The frozen default templates (edition 1) as rows, with ids fixed from kind and language
    so that every database holds the same rows and sync never duplicates them."""
    import hashlib
    import json
    from pathlib import Path

    from .template_format import LANGS, parse
    folder = Path(__file__).with_name("template_texts")
    rows = []
    for lang in LANGS:
        text = (folder / f"{lang}.txt").read_text(encoding="utf-8")
        for section in parse(text, f"{lang}.txt"):
            body = json.dumps(section.body(), sort_keys=True, separators=(",", ":"),
                              ensure_ascii=False)
            key = hashlib.sha256(f"{section.kind}/{section.lang}/1".encode()).hexdigest()
            rows.append((f"018f0000-0000-7000-8001-{key[:12]}", "HQ", section.kind,
                         section.lang, 1, "2026-01-15", "PartnerDesk default",
                         section.header.get("title", section.kind), body,
                         hashlib.sha256(body.encode()).hexdigest()))
    return rows


def up_templates(db):
    for statement in TEMPLATE_STATEMENTS + SEARCH_7 + TRIGGERS_7:
        db.execute_sql(statement)
    db.execute_sql("INSERT INTO agreement_fts (rowid, reference, agreement_type, partner, title, "
                   "documents) " + FTS_ROW_7.split("documents)", 1)[1]
                   .format(ids="SELECT id FROM agreement"))
    for row in default_template_rows():
        db.execute_sql('INSERT INTO "agreement_template" ("id", "office", "kind", "lang", '
                       '"edition", "issued_on", "issuer", "title", "body", "sha256", '
                       "\"updated_by\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'migration')", row)
    for table in ("agreement_template", "unicef_officer", "signature_evidence", "agreement",
                  "programme_document", "deferred_item"):
        install_capture(db, table, generator=1)
