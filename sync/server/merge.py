"""Applying a device's ops on HQ: exactly-once by (device, seq), per-field merge, conflicts.

Each field on HQ remembers the version, global sequence, device and user of its last change
(`meta[field] = [version, seq, device, user]`). An op carries the version its edit was based on.
A field changed on HQ by another device after that base, to a different value, is a conflict: HQ
keeps its value, records both, and the ack tells the device (which shows it to a person). An
update racing a delete is a conflict too: the tombstone stays (no silent resurrection), and a
delete racing someone else's edit keeps the edited record.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import NamedTuple

from models import agreements, columns, history
from models.ids import utc_now, uuid7
from models.message_data import to_data
from models.messages import Message, msg
from sync.protocol import HQ_OFFICE, Op

from .marks import Marks
from .roles import Roles
from .schema import AUDIT, HQ_OWNED, synced_tables, unique_columns

class ReusedSeq(ValueError):
    """A (device, seq) already applied with different content: the device's numbering restarted."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class ScopeError(Exception):
    """An op outside the device's offices: the whole request is refused (403), nothing changes."""

    def __init__(self, message: str, seq: int | None):
        super().__init__(message)
        self.message, self.seq = message, seq


@dataclass
class Device:
    id: str
    offices: frozenset[str]
    all_offices: bool

    def may(self, office) -> bool:
        """May this device write records of `office`?"""
        return self.all_offices or office in self.offices

    def reads(self, office) -> bool:
        """Does this device receive records of `office`? Its offices and HQ's own records."""
        return self.may(office) or office == HQ_OFFICE

    def read_offices(self) -> list[str]:
        return sorted(set(self.offices) | {HQ_OFFICE})


def digest(op: Op) -> str:
    return hashlib.blake2b(json.dumps(op, separators=(",", ":"), sort_keys=True).encode(),
                           digest_size=8).hexdigest()


def refused(op: Op, reason, **extra) -> dict:
    """The ack that sets `op` aside: the reason in English ("x") and, for a device that
    translates it, as data ("xm", models/message_data.py)."""
    ack = {"s": op.seq, "x": str(reason), **extra}
    if isinstance(reason, Message):
        ack["xm"] = to_data(reason)
    return ack


def check_op(op: Op) -> "Message | None":
    """Why `op` cannot be applied (table, columns unknown here; a value its column refuses: the
    device's own column definitions, models/columns.py), or None. One pass over the fields."""
    # An insert may lack required columns: an op too large for one request arrives in parts
    # (sync/oversize.py), the insert first; a device holds such a row until it is whole.
    found = columns.problems(op.table, op.fields)
    if not found:
        return None
    if "*" in found:
        return msg("HQ does not know the table '{table}' (is HQ older than this device?).",
                   table=op.table)
    unknown = sorted(n for n in found if n not in synced_tables()[op.table])
    if unknown:
        return msg(("HQ does not know the field {fields} of {table}.",
                    "HQ does not know the fields {fields} of {table}."), n=len(unknown),
                   fields=unknown, table=op.table)
    # the column's own words stay technical (English): the names of fields and JSON shapes
    return msg("HQ refused this change of {table} {row}: {problems}.", table=op.table,
               row=op.row_id, problems=columns.describe(found))


def _flag(value) -> int:
    """A stored 0/1 flag; anything else (a value stored before HQ checked values) counts as 0."""
    return 1 if value == 1 else 0


def _load(tx, table: str, row_id: str):
    row = tx.one("SELECT office, version, seq, deleted, data, meta FROM hq_row WHERE tbl = ? "
                 "AND id = ?", (table, row_id))
    if row is None:
        return None
    return {"office": row[0], "version": row[1], "seq": row[2], "deleted": row[3],
            "data": json.loads(row[4]), "meta": Marks.parse(row[5])}


def check_scope(tx, device: Device, ops: list[Op]) -> None:
    for op in ops:
        target = op.fields.get("office", op.office)
        if not device.may(op.office) or not device.may(target):
            raise ScopeError(msg("Change {seq} is for office {office}, which this device is not "
                                 "enrolled for.", seq=op.seq, office=target or op.office),
                             op.seq)
        if op.table not in synced_tables():
            continue
        current = tx.one("SELECT office FROM hq_row WHERE tbl = ? AND id = ?",
                         (op.table, op.row_id))
        if current is not None and not device.may(current[0]):
            raise ScopeError(msg("Change {seq} edits a record of office {office}, which this "
                                 "device is not enrolled for.", seq=op.seq, office=current[0]),
                             op.seq)


class Written(NamedTuple):
    """What `Batch.write_row` stored: the row's new version, the row as it now is (office,
    version, deleted, data, meta), and the unique values it had to rename on the way (conflicts
    of kind 'renamed', for the device to be told)."""
    version: int
    row: dict
    renamed: list[tuple]


class Batch:
    """Applies the ops of one request inside one HQ transaction; `finish()` writes what the batch
    collected (applied ops, conflicts, the global sequence)."""

    def __init__(self, tx, device: Device):
        self.tx, self.device = tx, device
        self.seq = tx.one("SELECT value FROM hq_counter WHERE id = 1")[0]
        self.start_seq = self.seq
        self.applied: list[tuple] = []  # hq_applied rows to insert
        self.conflicts: list[tuple] = []  # hq_conflict rows to insert
        self.now = utc_now()
        self.after: dict | None = None  # the last op's row data as HQ keeps it (apply())
        self.roles = Roles(tx)  # who may do what in each office (sync/server/roles.py)

    def run(self, ops: list[Op]) -> list[dict]:
        acks = []
        seqs = [op.seq for op in ops]
        done = {}
        if seqs:
            marks = ",".join("?" for _ in seqs)
            done = {r[0]: (r[1], r[2]) for r in self.tx.all(
                f"SELECT seq, digest, result FROM hq_applied WHERE device = ? AND seq IN ({marks})",
                [self.device.id] + seqs)}
        for op in ops:
            mark = digest(op)
            if op.seq in done:
                old_digest, result = done[op.seq]
                if old_digest != mark:
                    raise ReusedSeq(msg(
                        "Change number {seq} of this device was already used for another "
                        "change (was the database restored from a backup?). Enroll the device "
                        "again with a new code.", seq=op.seq))
                acks.append(json.loads(result))
                continue
            ack = self.apply(op)
            done[op.seq] = (mark, None)
            self.applied.append((self.device.id, op.seq, mark, json.dumps(ack), self.now))
            acks.append(ack)
        self.finish()
        return acks

    def finish(self) -> None:
        self.tx.many("INSERT INTO hq_applied (device, seq, digest, result, applied_at) VALUES "
                     "(?, ?, ?, ?, ?)", self.applied)
        self.tx.many("INSERT INTO hq_conflict (id, tbl, row_id, field, kind, hq_value, hq_author,"
                     " device_value, device_author, device, created_at) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.conflicts)
        self.applied, self.conflicts = [], []
        if self.seq != self.start_seq:
            self.tx.run("UPDATE hq_counter SET value = ? WHERE id = 1", (self.seq,))
            self.start_seq = self.seq

    def apply(self, op: Op) -> dict:
        reason = check_op(op)
        if reason:
            row = _load(self.tx, op.table, op.row_id)
            ack = refused(op, reason)
            if row is not None:  # the device puts HQ's values back (none of the op applies)
                ack["r"] = {f: row["data"][f] for f in op.fields if f in row["data"]}
            return ack
        self.after = None
        ack = self._apply(op)
        if "x" not in ack and self.after is not None:
            # HQ kept other audit values than the op's (nothing of it applied, or a conflict):
            # the device takes HQ's, or its updated_at would differ from HQ's for good
            audit = {f: self.after.get(f) for f in AUDIT
                     if f in op.fields and self.after.get(f) != op.fields[f]}
            if audit:
                ack["a"] = audit
        return ack

    def _apply(self, op: Op) -> dict:
        """The ack of `op` (validated); `self.after` is then the row's data as HQ keeps it."""
        fields = {k: v for k, v in op.fields.items() if k not in HQ_OWNED}
        user = str(fields.get("updated_by") or "")
        row = _load(self.tx, op.table, op.row_id)
        self.after = row["data"] if row else None
        if reason := self.roles.refusal(op, row):  # the author's role does not allow it
            ack = {"s": op.seq, "x": reason}
            if row is not None:  # the device gets HQ's values back
                ack["r"] = {f: row["data"].get(f) for f in fields if f in row["data"]}
            return ack
        if op.kind == "delete":
            fields["deleted"] = 1
        if row is None:
            fields.setdefault("office", op.office)
            if op.table == "office" and self.tx.one(
                    "SELECT id FROM hq_row WHERE tbl = 'office' AND office = ?", (op.office,)):
                return refused(op, msg("Office {office} already exists at HQ; offices are added "
                                       "there ('hq office add').", office=op.office))
            written = self.write_row(op.table, op.row_id, None, fields, user)
            self.after = written.row["data"]
            ack = {"s": op.seq, "v": written.version}
            if written.renamed:
                self._ack(op, written.row, written.renamed, user, ack)
            return ack
        meta, data = row["meta"], row["data"]
        if reason := (agreements.status_change_refusal(op.table, data, {**data, **fields})
                      or history.edit_refusal(op.table, data, {**data, **fields})):
            # the device gets HQ's values back
            return refused(op, reason, r={f: data.get(f) for f in fields if f in data})

        def by_other_since_base(field: str) -> bool:
            mark = meta.get(field)
            return bool(mark) and mark[0] > op.base and mark[2] != self.device.id

        conflicts = []
        op_deletes = _flag(fields.get("deleted")) == 1
        if row["deleted"] and by_other_since_base("deleted") and not op_deletes:
            # An edit of a record someone else deleted: the tombstone stays.
            for field, value in fields.items():
                if field not in AUDIT and field != "deleted" and data.get(field) != value:
                    conflicts.append((field, data.get(field), value, "deleted"))
            conflicts.append(("deleted", 1, 0, "deleted"))
            return self._ack(op, row, conflicts, user)
        if op_deletes and not row["deleted"]:
            edited = [f for f in meta.names() if f not in AUDIT and f != "deleted"
                      and by_other_since_base(f)]
            if edited:  # a delete racing someone else's edit: the record stays
                conflicts.append(("deleted", 0, 1, "edited"))
                return self._ack(op, row, conflicts, user)
        apply = {}
        for field, value in fields.items():
            if field in AUDIT or data.get(field) == value:
                continue
            if by_other_since_base(field):
                conflicts.append((field, data.get(field), value, "field"))
            else:
                apply[field] = value
        if apply:
            for field in AUDIT:
                if field in fields:
                    apply[field] = fields[field]
            written = self.write_row(op.table, op.row_id, row, apply, user)
            row, ack = written.row, {"s": op.seq, "v": written.version}
            self.after = row["data"]
            conflicts += written.renamed
        else:
            ack = {"s": op.seq, "v": row["version"]}
        if conflicts:
            self._ack(op, row, conflicts, user, ack)
        return ack

    def write_row(self, table: str, row_id: str, row: dict | None, apply: dict,
                  user: str) -> Written:
        """Store `apply` over `row` (None: a new record) as the row's next version, at the next
        global sequence. `row` is not changed; the stored row comes back in the result."""
        self.seq += 1
        if table == "office_user":
            self.roles.forget()
        old = row or {"office": apply.get("office"), "version": 0, "deleted": 0, "data": {},
                      "meta": Marks({})}
        version = old["version"] + 1
        apply, renamed = self._unique(table, row_id, apply)
        data = {**old["data"], **apply}
        meta = old["meta"].written(apply, version, self.seq, self.device.id, user)
        office = data.get("office", old["office"])
        if old["office"] and office != old["office"]:  # devices of the old office are told
            self.tx.run("INSERT INTO hq_moved (tbl, id, from_office, seq) VALUES (?, ?, ?, ?)",
                        (table, row_id, old["office"], self.seq))
        deleted = _flag(data.get("deleted"))
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        self.tx.run(
            "INSERT INTO hq_row (tbl, id, office, version, seq, deleted, data, meta) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, id) DO UPDATE SET office = excluded.office,"
            " version = excluded.version, seq = excluded.seq, deleted = excluded.deleted, "
            "data = excluded.data, meta = excluded.meta",
            (table, row_id, office, version, self.seq, deleted, text,
             json.dumps(meta, separators=(",", ":"))))
        # the append-only history (HQ store step 5): every accepted version, who, device, when
        self.tx.run("INSERT INTO hq_version (tbl, id, version, seq, office, deleted, data, author,"
                    " device, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (table, row_id, version, self.seq, office, deleted, text, user,
                     self.device.id, self.now))
        return Written(version, {"office": office, "version": version, "seq": self.seq,
                                 "deleted": deleted, "data": data, "meta": Marks(meta)},
                       renamed)

    def _unique(self, table: str, row_id: str, apply: dict) -> tuple[dict, list[tuple]]:
        """Keep unique columns (e.g. references) unique across devices: a value another record
        holds already gets a suffix here, and the device is told (a 'renamed' conflict).
        Returns the values to store (renamed ones replaced) and the renames."""
        apply, renamed = dict(apply), []
        for column in unique_columns().get(table, ()):
            value = apply.get(column)
            if not isinstance(value, str) or not value:
                continue
            wanted, n = value, 1
            while True:
                holder = self.tx.one("SELECT row_id FROM hq_unique WHERE tbl = ? AND col = ? AND "
                                     "value = ?", (table, column, value))
                if holder is None or holder[0] == row_id:
                    break
                n += 1
                value = f"{wanted}-{n}"
            self.tx.run("DELETE FROM hq_unique WHERE tbl = ? AND col = ? AND row_id = ?",
                        (table, column, row_id))
            self.tx.run("INSERT INTO hq_unique (tbl, col, value, row_id) VALUES (?, ?, ?, ?)",
                        (table, column, value, row_id))
            if value != wanted:
                apply[column] = value
                renamed.append((column, value, wanted, "renamed"))
        return apply, renamed

    def _ack(self, op: Op, row: dict, conflicts: list[tuple], user: str,
             ack: dict | None = None) -> dict:
        """`ack` (or a plain one at the row's version) with the conflicts the device must show;
        each conflict is also kept for HQ's own list."""
        ack = ack or {"s": op.seq, "v": row["version"]}
        meta, data = row["meta"], row["data"]
        out = []
        for field, hq_value, device_value, kind in conflicts:
            mark = meta.get(field) or [0, 0, "", ""]
            author = mark[3] or mark[2]
            out.append([field, data.get(field, hq_value) if field != "deleted" else
                        _flag(data.get("deleted", hq_value)), author, kind])
            self.conflicts.append((uuid7(), op.table, op.row_id, field, kind,
                                   json.dumps(hq_value), author, json.dumps(device_value),
                                   user, self.device.id, self.now))
        ack["c"] = out
        return ack
