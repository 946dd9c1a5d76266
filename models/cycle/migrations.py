"""Migration 2: the partnering cycle (phase records, per-partnership summary, reviews, due
diligence), with the indexes the alert queries use at 100,000 partnerships."""
from ..capture import install_capture

SYNC_COLUMNS = ('"id" TEXT NOT NULL PRIMARY KEY, "office" TEXT NOT NULL, '
                '"version" INTEGER NOT NULL DEFAULT 0, '
                '"updated_at" TEXT NOT NULL DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\', \'now\')), '
                '"updated_by" TEXT NOT NULL DEFAULT \'\', "deleted" INTEGER NOT NULL DEFAULT 0')

STATEMENTS = [
    f'''CREATE TABLE "cycle_phase" ({SYNC_COLUMNS}, "partnership_id" TEXT NOT NULL,
        "phase" TEXT NOT NULL, "spec_version" TEXT NOT NULL DEFAULT '',
        "status" TEXT NOT NULL DEFAULT 'not_started', "na_reason" TEXT NOT NULL DEFAULT '',
        "answers" TEXT NOT NULL DEFAULT '{{}}', "notes" TEXT NOT NULL DEFAULT '',
        "evidence" TEXT NOT NULL DEFAULT '[]', "started_on" DATE, "completed_on" DATE,
        "completed_by" TEXT NOT NULL DEFAULT '',
        FOREIGN KEY ("partnership_id") REFERENCES "partnership" ("id"))''',
    'CREATE INDEX "cycle_phase_office" ON "cycle_phase" ("office")',
    'CREATE INDEX "cycle_phase_partnership_id" ON "cycle_phase" ("partnership_id")',
    'CREATE UNIQUE INDEX "cycle_phase_partnership_id_phase" ON "cycle_phase" '
    '("partnership_id", "phase")',
    'CREATE INDEX "cycle_phase_status_started_on" ON "cycle_phase" ("status", "started_on")',

    f'''CREATE TABLE "partnership_cycle" ({SYNC_COLUMNS}, "partnership_id" TEXT NOT NULL,
        "current_phase" TEXT NOT NULL DEFAULT 'i', "lifespan_months" INTEGER,
        "lifespan_end" DATE, "evaluation_due" DATE, "exit_conditions" TEXT NOT NULL DEFAULT '',
        "evaluated_on" DATE, "last_review_on" DATE, "next_review_due" DATE, "decision" TEXT,
        "decided_on" DATE, FOREIGN KEY ("partnership_id") REFERENCES "partnership" ("id"))''',
    'CREATE INDEX "partnership_cycle_office" ON "partnership_cycle" ("office")',
    'CREATE UNIQUE INDEX "partnership_cycle_partnership_id" ON "partnership_cycle" '
    '("partnership_id")',
    'CREATE INDEX "partnership_cycle_lifespan_end" ON "partnership_cycle" ("lifespan_end")',
    'CREATE INDEX "partnership_cycle_next_review_due" ON "partnership_cycle" '
    '("next_review_due")',

    f'''CREATE TABLE "partnership_review" ({SYNC_COLUMNS}, "partnership_id" TEXT NOT NULL,
        "reviewed_on" DATE NOT NULL, "reviewer" TEXT NOT NULL DEFAULT '',
        "rating_contribution" TEXT NOT NULL DEFAULT '', "rating_partners" TEXT NOT NULL DEFAULT '',
        "rating_value_added" TEXT NOT NULL DEFAULT '', "rating_quality" TEXT NOT NULL DEFAULT '',
        "partner_feedback" TEXT NOT NULL DEFAULT '', "health" TEXT NOT NULL DEFAULT '',
        FOREIGN KEY ("partnership_id") REFERENCES "partnership" ("id"))''',
    'CREATE INDEX "partnership_review_office" ON "partnership_review" ("office")',
    'CREATE INDEX "partnership_review_partnership_id" ON "partnership_review" ("partnership_id")',
    'CREATE INDEX "partnership_review_partnership_id_reviewed_on" ON "partnership_review" '
    '("partnership_id", "reviewed_on")',

    f'''CREATE TABLE "due_diligence" ({SYNC_COLUMNS}, "partner_id" TEXT NOT NULL,
        "partnership_id" TEXT, "checked_on" DATE NOT NULL, "reviewer" TEXT NOT NULL DEFAULT '',
        "checklist" TEXT NOT NULL DEFAULT '{{}}', "other_risks" TEXT NOT NULL DEFAULT '',
        "outcome" TEXT NOT NULL, "conditions" TEXT NOT NULL DEFAULT '',
        FOREIGN KEY ("partner_id") REFERENCES "partner" ("id"),
        FOREIGN KEY ("partnership_id") REFERENCES "partnership" ("id") ON DELETE SET NULL)''',
    'CREATE INDEX "due_diligence_office" ON "due_diligence" ("office")',
    'CREATE INDEX "due_diligence_partner_id" ON "due_diligence" ("partner_id")',
    'CREATE INDEX "due_diligence_partnership_id" ON "due_diligence" ("partnership_id")',
    'CREATE INDEX "due_diligence_partner_id_checked_on" ON "due_diligence" '
    '("partner_id", "checked_on")',
]

SYNCED_TABLES = ["cycle_phase", "partnership_cycle", "partnership_review", "due_diligence"]


def up(db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    for table in SYNCED_TABLES:
        install_capture(db, table, generator=1)
