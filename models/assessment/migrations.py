"""Migration 4: benchmark sets and benchmarks (versioned data), self-assessments, ratings, actions.

The default benchmark set of DOMAIN.md section 6 is inserted here with fixed ids, so every
database (office or headquarters) holds the same rows and sync never duplicates them.
"""
from ..capture import install_capture

SYNC_COLUMNS = ('"id" TEXT NOT NULL PRIMARY KEY, "office" TEXT NOT NULL, '
                '"version" INTEGER NOT NULL DEFAULT 0, '
                '"updated_at" TEXT NOT NULL DEFAULT (strftime(\'%Y-%m-%dT%H:%M:%fZ\', \'now\')), '
                '"updated_by" TEXT NOT NULL DEFAULT \'\', "deleted" INTEGER NOT NULL DEFAULT 0')

STATEMENTS = [
    f'''CREATE TABLE "benchmark_set" ({SYNC_COLUMNS}, "identifier" TEXT NOT NULL,
        "edition" INTEGER NOT NULL DEFAULT 1, "year" INTEGER NOT NULL,
        "issuer" TEXT NOT NULL DEFAULT '', "title" TEXT NOT NULL DEFAULT '',
        "issued_on" DATE)''',
    'CREATE INDEX "benchmark_set_office" ON "benchmark_set" ("office")',
    'CREATE UNIQUE INDEX "benchmark_set_identifier_edition" ON "benchmark_set" '
    '("identifier", "edition")',
    f'''CREATE TABLE "benchmark" ({SYNC_COLUMNS}, "set_id" TEXT NOT NULL,
        "code" TEXT NOT NULL, "position" INTEGER NOT NULL DEFAULT 0, "title" TEXT NOT NULL,
        "guidance" TEXT NOT NULL DEFAULT '', "scale" TEXT NOT NULL DEFAULT '[]',
        "rule" TEXT NOT NULL DEFAULT '', "thresholds" TEXT NOT NULL DEFAULT '{{}}',
        FOREIGN KEY ("set_id") REFERENCES "benchmark_set" ("id"))''',
    'CREATE INDEX "benchmark_office" ON "benchmark" ("office")',
    'CREATE INDEX "benchmark_set_id" ON "benchmark" ("set_id")',
    f'''CREATE TABLE "assessment" ({SYNC_COLUMNS}, "year" INTEGER NOT NULL,
        "set_id" TEXT NOT NULL, "status" TEXT NOT NULL DEFAULT 'draft',
        "submitted_at" TEXT, "submitted_by" TEXT NOT NULL DEFAULT '',
        "acknowledged_at" TEXT, "acknowledged_by" TEXT NOT NULL DEFAULT '',
        "summary" TEXT NOT NULL DEFAULT '',
        FOREIGN KEY ("set_id") REFERENCES "benchmark_set" ("id"))''',
    'CREATE INDEX "assessment_office" ON "assessment" ("office")',
    'CREATE INDEX "assessment_year" ON "assessment" ("year")',
    'CREATE INDEX "assessment_set_id" ON "assessment" ("set_id")',
    f'''CREATE TABLE "assessment_rating" ({SYNC_COLUMNS}, "assessment_id" TEXT NOT NULL,
        "benchmark_id" TEXT NOT NULL, "rating" TEXT NOT NULL DEFAULT '',
        "evidence" TEXT NOT NULL DEFAULT '', "attachments" TEXT NOT NULL DEFAULT '[]',
        "data_figure" TEXT NOT NULL DEFAULT '', "data_share" REAL,
        "data_rating" TEXT NOT NULL DEFAULT '',
        FOREIGN KEY ("assessment_id") REFERENCES "assessment" ("id"),
        FOREIGN KEY ("benchmark_id") REFERENCES "benchmark" ("id"))''',
    'CREATE INDEX "assessment_rating_office" ON "assessment_rating" ("office")',
    'CREATE INDEX "assessment_rating_assessment_id" ON "assessment_rating" ("assessment_id")',
    'CREATE INDEX "assessment_rating_benchmark_id" ON "assessment_rating" ("benchmark_id")',
    f'''CREATE TABLE "assessment_action" ({SYNC_COLUMNS}, "assessment_id" TEXT NOT NULL,
        "benchmark_id" TEXT, "action" TEXT NOT NULL, "owner" TEXT NOT NULL DEFAULT '',
        "due_date" DATE, "done" INTEGER NOT NULL DEFAULT 0, "done_on" DATE,
        FOREIGN KEY ("assessment_id") REFERENCES "assessment" ("id"),
        FOREIGN KEY ("benchmark_id") REFERENCES "benchmark" ("id"))''',
    'CREATE INDEX "assessment_action_office" ON "assessment_action" ("office")',
    'CREATE INDEX "assessment_action_assessment_id" ON "assessment_action" ("assessment_id")',
    'CREATE INDEX "assessment_action_benchmark_id" ON "assessment_action" ("benchmark_id")',
    'CREATE INDEX "assessment_action_due_date" ON "assessment_action" ("due_date")',
]

# The default set (DOMAIN.md section 6), frozen here as it was first issued. Later editions
# arrive from headquarters through sync as new rows; these rows never change.
DEFAULT_SET_ID = "018f0000-0000-7000-8000-00000000b500"
DEFAULT_SET = (DEFAULT_SET_ID, "HQ", "PB-DEFAULT", 1, 2012,
               "Default, derived from E/ICEF/2012/18",
               "Global performance benchmarks for partnerships", "2012-06-01")
THRESHOLDS = '{"met":0.9,"partly_met":0.5}'
DEFAULT_BENCHMARKS = [
    ("B1", "Partner landscape mapped and analysed in programme planning",
     "Map who works on the results you seek, their interest and influence, and what each "
     "partner brings (its comparative advantage). Evidence: the comparative advantage of every "
     "partner is recorded for each active partnership.", "landscape_mapped"),
    ("B2", "Due diligence and risk screening done before every new partnership",
     "Before engaging, check registration, mandate, fraud, PSEA and safeguarding, sanctions and "
     "other risks. Evidence: every partner of each partnership started in the last 12 months was "
     "cleared before the start.", "due_diligence_before_start"),
    ("B3", "Every active partnership has a designated focal point and a written agreement "
     "with defined results",
     "Name one focal point per partnership, put the partnership in writing (MoU or legal "
     "agreement) and state the results for children it serves.", "focal_point_agreement"),
    ("B4", "Every active partnership reviewed at least once a year, with partner feedback",
     "Review each partnership on the four dimensions of monitoring and evaluation and ask the "
     "partners for feedback. Evidence: a review recorded in the last 12 months.",
     "reviewed_last_year"),
    ("B5", "Contribution of partnerships to results measured and reported",
     "Measure results and indicators achieved and the partnership's contribution to them. "
     "Evidence: results measured (partnering cycle phase viii) in the last 12 months.",
     "contribution_measured"),
    ("B6", "Every partnership has an exit or sustainability strategy",
     "Plan from the start how the partnership ends, is handed over or is sustained, with the "
     "evaluation that decides continuation.", "exit_strategy"),
]


def benchmark_id(position: int) -> str:
    return f"018f0000-0000-7000-8000-00000000b5{position:02d}"


def up(db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
    db.execute_sql('INSERT INTO "benchmark_set" ("id", "office", "identifier", "edition", "year",'
                   ' "issuer", "title", "issued_on", "updated_by") VALUES (?, ?, ?, ?, ?, ?, ?, ?,'
                   " 'migration')", DEFAULT_SET)
    for position, (code, title, guidance, rule) in enumerate(DEFAULT_BENCHMARKS, start=1):
        db.execute_sql('INSERT INTO "benchmark" ("id", "office", "set_id", "code", "position",'
                       ' "title", "guidance", "scale", "rule", "thresholds", "updated_by")'
                       " VALUES (?, 'HQ', ?, ?, ?, ?, ?, ?, ?, ?, 'migration')",
                       (benchmark_id(position), DEFAULT_SET_ID, code, position, title, guidance,
                        '["met","partly_met","not_met"]', rule, THRESHOLDS))
    for table in ("benchmark_set", "benchmark", "assessment", "assessment_rating",
                  "assessment_action"):
        install_capture(db, table, generator=1)
