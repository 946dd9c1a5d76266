"""The timeline of a record: its status changes and those of the records that belong to it.

A partnership's timeline holds its cycle phases too; an agreement's or a programme document's
holds its amendments (rows of the same table that name it in `amendment_of`). Entries are in the
order they happened (the time of the change, then the id, which is time-ordered per device).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..db import database
from ..errors import NotFound
from ..messages import msg
from .entities import StatusChange

# Tables whose records have a human reference, in the order a reference is looked up.
REFERENCED = ("partnership", "agreement", "programme_document")


@dataclass(frozen=True)
class Step:
    """One status change as the timeline shows it. `part` names the record it belongs to when
    it is not the record itself (a phase code, an amendment's reference), else ''."""
    changed_at: str
    record_table: str
    record_id: str
    part: str
    from_status: str | None
    to_status: str
    changed_by: str
    reason: str

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Record:
    table: str
    id: str
    reference: str


def find(ref: str) -> Record:
    """The record a reference (or an id) names, or NotFound saying how to find one."""
    ref = (ref or "").strip()
    for table in REFERENCED:
        row = database.execute_sql(
            f'SELECT id, reference FROM "{table}" WHERE reference = ? AND deleted = 0 '
            'ORDER BY updated_at DESC LIMIT 1', (ref,)).fetchone()
        if row:
            return Record(table, row[0], row[1])
    row = database.execute_sql("SELECT record_table, record_id FROM status_change "
                               "WHERE record_id = ? LIMIT 1", (ref,)).fetchone()
    if row:
        return Record(row[0], row[1], _reference(row[0], row[1]) or row[1])
    raise NotFound(msg("No partnership, agreement or programme document has the reference "
                       "{ref}; 'list partnerships' and 'list agreements' show the references.",
                       ref=ref))


def _reference(table: str, record_id: str) -> str:
    if table not in REFERENCED:
        return ""
    row = database.execute_sql(f'SELECT reference FROM "{table}" WHERE id = ?',
                               (record_id,)).fetchone()
    return row[0] if row else ""


def _parts(record: Record) -> dict[str, str]:
    """{record id: part label} of the records whose changes the record's timeline shows."""
    parts = {record.id: ""}
    if record.table == "partnership":
        parts.update(database.execute_sql(
            "SELECT id, phase FROM cycle_phase WHERE partnership_id = ?", (record.id,)).fetchall())
    elif record.table in ("agreement", "programme_document"):
        parts.update(database.execute_sql(
            f'SELECT id, reference FROM "{record.table}" WHERE amendment_of = ?',
            (record.id,)).fetchall())
    return parts


def timeline(record: Record) -> list[Step]:
    """Every status change of `record` and of the records that belong to it, oldest first."""
    parts = _parts(record)
    ids = list(parts)
    rows = (StatusChange.select()
            .where(StatusChange.record_id.in_(ids) & (StatusChange.deleted == False))  # noqa: E712
            .order_by(StatusChange.changed_at, StatusChange.id))
    return [Step(r.changed_at, r.record_table, r.record_id, parts.get(r.record_id, ""),
                 r.from_status, r.to_status, r.changed_by, r.reason) for r in rows]


def of_reference(ref: str) -> tuple[Record, list[Step]]:
    record = find(ref)
    return record, timeline(record)
