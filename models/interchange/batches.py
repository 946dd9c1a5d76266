"""Every import is a batch: the rows it created are listed, so that the whole batch can be undone.

Undo tombstones those rows through the normal path (an UPDATE captured by the triggers), so the
undo syncs like any delete. It refuses, saying why, when a created record has since been used by
records outside the batch or edited after the import: undoing would leave those dangling or
drop someone's work.
"""
from __future__ import annotations

from collections import defaultdict

from ..base import WRITE_GUARDS, current_user
from ..db import database
from ..errors import DomainError, NotFound
from ..ids import utc_now, uuid7
from ..messages import msg
from .entities import ImportBatch, ImportItem

LABELS = {"partner": "legal_name", "agreement": "reference", "programme_document": "reference",
          "external_activity": "title", "external_org": "name"}


def start(kind: str, filename: str, office: str = "") -> str:
    """Open a batch (inside the import's transaction); returns its id."""
    batch_id = uuid7()
    ImportBatch.insert(id=batch_id, kind=kind, filename=filename, office=office,
                       created_at=utc_now(), created_by=current_user(), summary={}).execute()
    return batch_id


def insert_records(records: list) -> None:
    """Insert new model instances with one prepared statement (peewee builds SQL per save,
    which costs more than the insert at 10,000 rows); the capture and search triggers still
    fire for every row. Audit fields are stamped, and the save guards asked, as SyncModel.save
    would."""
    if not records:
        return
    model = type(records[0])
    fields = model._meta.sorted_fields
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) '
           f'VALUES ({", ".join("?" for _ in fields)})')
    now, who = utc_now(), current_user()
    rows, asked = [], set()
    for record in records:
        key = (record.office, getattr(record, "status", None))
        if key not in asked:  # the save guards (roles), once per office and status
            asked.add(key)
            for guard in WRITE_GUARDS:
                guard(record)
        record.updated_at, record.updated_by = now, who
        rows.append(tuple(f.db_value(getattr(record, f.name)) for f in fields))
    database.cursor().executemany(sql, rows)


def record(batch_id: str, items: list[tuple[str, str, str, dict]]) -> None:
    """Remember created rows: (table, row id, line it came from, the source row)."""
    source = ImportItem.source
    database.cursor().executemany(
        "INSERT INTO import_item (batch_id, table_name, row_id, line, source) "
        "VALUES (?, ?, ?, ?, ?)",
        [(batch_id, table, row_id, line, source.db_value(row)) for table, row_id, line, row in items])


def finish(batch_id: str, summary: dict) -> None:
    ImportBatch.update(summary=summary, created_at=utc_now()).where(
        ImportBatch.id == batch_id).execute()


def short(batch_id: str) -> str:
    """The part of a batch id people type: its last 8 characters (random, unlike the start of a
    UUIDv7, which is the time)."""
    return batch_id[-8:]


def find(batch: str) -> ImportBatch:
    """A batch by id, or by the end of its id (at least 8 characters, as `short` gives)."""
    batch = (batch or "").strip().lower()
    row = ImportBatch.get_or_none(ImportBatch.id == batch)
    if row is None and len(batch) >= 8:
        found = list(ImportBatch.select().where(ImportBatch.id.endswith(batch)).limit(2))
        if len(found) == 1:
            row = found[0]
    if row is None:
        raise NotFound(msg("No import batch {batch}. 'import list' shows the batches with their "
                           "ids.", batch=batch))
    return row


def recent(limit: int = 50) -> list[ImportBatch]:
    return list(ImportBatch.select().order_by(ImportBatch.created_at.desc()).limit(limit))


def _created(batch_id: str) -> dict[str, list[str]]:
    tables: dict[str, list[str]] = defaultdict(list)
    for table, row_id in database.execute_sql(
            "SELECT table_name, row_id FROM import_item WHERE batch_id = ?", (batch_id,)):
        tables[table].append(row_id)
    return tables


def _blockers(batch: ImportBatch, tables: dict[str, list[str]]) -> list[str]:
    """Why the batch cannot be undone: its records used or edited since."""
    found = []
    database.execute_sql("CREATE TEMP TABLE IF NOT EXISTS undo_ids (id TEXT PRIMARY KEY)")
    database.execute_sql("DELETE FROM undo_ids")
    ids = [(i,) for rows in tables.values() for i in rows]
    database.cursor().executemany("INSERT OR IGNORE INTO undo_ids VALUES (?)", ids)
    names = [r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    for table in names:
        columns = {r[1] for r in database.execute_sql(f'PRAGMA table_info("{table}")')}
        for fk in database.execute_sql(f'PRAGMA foreign_key_list("{table}")').fetchall():
            parent, column = fk[2], fk[3]
            if parent not in tables or "deleted" not in columns or table == "import_item":
                continue
            rows = database.execute_sql(
                f'SELECT count(*) FROM "{table}" WHERE deleted = 0 AND "{column}" IN '
                f'(SELECT id FROM undo_ids) AND id NOT IN (SELECT id FROM undo_ids)').fetchone()[0]
            if rows:
                found.append(msg(("%n {table} record made since the import uses its {parent} "
                                   "records",
                                   "%n {table} records made since the import use its {parent} "
                                   "records"), n=rows, table=table.replace("_", " "),
                                  parent=parent.replace("_", " ")))
    for table, row_ids in tables.items():
        edited = database.execute_sql(
            f'SELECT count(*) FROM "{table}" WHERE deleted = 0 AND updated_at > ? AND id IN '
            f'(SELECT id FROM undo_ids)', (batch.created_at,)).fetchone()[0]
        if edited:
            found.append(msg(("%n {table} record was edited after the import",
                              "%n {table} records were edited after the import"), n=edited,
                             table=table.replace("_", " ")))
    database.execute_sql("DELETE FROM undo_ids")
    return found


def undo(batch: str) -> dict:
    """Tombstone every live record the batch created, in one transaction; returns counts."""
    with database.atomic():
        row = find(batch)
        if row.undone_at:
            raise DomainError(msg("Import {batch} ({file}) was already undone on {when}.",
                                  batch=short(row.id), file=row.filename,
                                  when=row.undone_at[:16].replace("T", " ")))
        tables = _created(row.id)
        blockers = _blockers(row, tables)
        if blockers:
            raise DomainError(msg("Import {batch} cannot be undone: {blockers}. Remove or change "
                                  "those first.", batch=short(row.id), blockers=blockers))
        counts = {}
        now, who = utc_now(), current_user()
        for table in ("programme_document", "agreement", "external_activity", "external_org",
                      "partner"):
            ids = tables.get(table, [])
            counts[table] = 0
            for chunk in range(0, len(ids), 500):
                part = ids[chunk:chunk + 500]
                marks = ", ".join("?" for _ in part)
                cursor = database.execute_sql(
                    f'UPDATE "{table}" SET deleted = 1, updated_at = ?, updated_by = ? '
                    f'WHERE deleted = 0 AND id IN ({marks})', [now, who, *part])
                counts[table] += cursor.rowcount
        ImportBatch.update(undone_at=now).where(ImportBatch.id == row.id).execute()
    return {k: v for k, v in counts.items() if v}
