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

from models import agreements
from models.ids import utc_now, uuid7
from sync.protocol import HQ_OFFICE

from .schema import AUDIT, HQ_OWNED, synced_tables, unique_columns

OPS = ("insert", "update", "delete")


class ReusedSeq(ValueError):
    """A (device, seq) already applied with different content: the device's numbering restarted."""


class ScopeError(Exception):
    """An op outside the device's offices: the whole request is refused (403), nothing changes."""

    def __init__(self, message: str, seq: int):
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


def digest(op: list) -> str:
    return hashlib.blake2b(json.dumps(op, separators=(",", ":"), sort_keys=True).encode(),
                           digest_size=8).hexdigest()


def check_op(op) -> str | None:
    """Why `op` cannot be applied (shape, table, columns), or None. Malformed shapes raise."""
    seq, table, row_id, kind, base, office, fields = op
    tables = synced_tables()
    if table not in tables:
        return f"HQ does not know the table '{table}' (is HQ older than this device?)."
    unknown = sorted(set(fields) - tables[table])
    if unknown:
        return f"HQ does not know the field(s) {', '.join(unknown)} of {table}."
    return None


def _load(tx, table: str, row_id: str):
    row = tx.one("SELECT office, version, seq, deleted, data, meta FROM hq_row WHERE tbl = ? "
                 "AND id = ?", (table, row_id))
    if row is None:
        return None
    return {"office": row[0], "version": row[1], "seq": row[2], "deleted": row[3],
            "data": json.loads(row[4]), "meta": json.loads(row[5])}


def check_scope(tx, device: Device, ops: list) -> None:
    for op in ops:
        seq, table, row_id, _kind, _base, office, fields = op
        target = fields.get("office", office)
        if not device.may(office) or not device.may(target):
            raise ScopeError(f"Change {seq} is for office {target or office}, which this device "
                             "is not enrolled for.", seq)
        if table not in synced_tables():
            continue
        current = tx.one("SELECT office FROM hq_row WHERE tbl = ? AND id = ?", (table, row_id))
        if current is not None and not device.may(current[0]):
            raise ScopeError(f"Change {seq} edits a record of office {current[0]}, which this "
                             "device is not enrolled for.", seq)


class Batch:
    """Applies the ops of one request inside one HQ transaction."""

    def __init__(self, tx, device: Device):
        self.tx, self.device = tx, device
        self.seq = tx.one("SELECT value FROM hq_counter WHERE id = 1")[0]
        self.start_seq = self.seq
        self.applied: list[tuple] = []
        self.renamed: list[tuple] = []
        self.last_row = None
        self.conflicts: list[tuple] = []
        self.now = utc_now()

    def run(self, ops: list) -> list[dict]:
        acks = []
        seqs = [op[0] for op in ops]
        done = {}
        if seqs:
            marks = ",".join("?" for _ in seqs)
            done = {r[0]: (r[1], r[2]) for r in self.tx.all(
                f"SELECT seq, digest, result FROM hq_applied WHERE device = ? AND seq IN ({marks})",
                [self.device.id] + seqs)}
        for op in ops:
            mark = digest(op)
            if op[0] in done:
                old_digest, result = done[op[0]]
                if old_digest != mark:
                    raise ReusedSeq(
                        f"Change number {op[0]} of this device was already used for another "
                        "change (was the database restored from a backup?). Enroll the device "
                        "again with a new code.")
                acks.append(json.loads(result))
                continue
            ack = self.apply(op)
            done[op[0]] = (mark, None)
            self.applied.append((self.device.id, op[0], mark, json.dumps(ack)))
            acks.append(ack)
        self.tx.many("INSERT INTO hq_applied (device, seq, digest, result) VALUES (?, ?, ?, ?)",
                     self.applied)
        self.tx.many("INSERT INTO hq_conflict (id, tbl, row_id, field, kind, hq_value, hq_author,"
                     " device_value, device_author, device, created_at) VALUES "
                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.conflicts)
        if self.seq != self.start_seq:
            self.tx.run("UPDATE hq_counter SET value = ? WHERE id = 1", (self.seq,))
        return acks

    def apply(self, op: list) -> dict:
        seq, table, row_id, kind, base, office, fields = op
        reason = check_op(op)
        if reason:
            return {"s": seq, "x": reason}
        fields = {k: v for k, v in fields.items() if k not in HQ_OWNED}
        user = str(fields.get("updated_by") or "")
        row = _load(self.tx, table, row_id)
        if kind == "delete":
            fields["deleted"] = 1
        if row is None:
            fields.setdefault("office", office)
            if table == "office" and self.tx.one(
                    "SELECT id FROM hq_row WHERE tbl = 'office' AND office = ?", (office,)):
                return {"s": seq, "x": f"Office {office} already exists at HQ; offices are "
                        "added there ('hq office add')."}
            ack = self._store(seq, table, row_id, None, fields, user)
            if self.renamed:
                self._ack(seq, table, row_id, self.last_row, self.renamed, user, ack)
            return ack
        meta, data = row["meta"], row["data"]
        if reason := agreements.status_change_refusal(table, data, {**data, **fields}):
            # the device gets HQ's values back
            return {"s": seq, "x": reason, "r": {f: data.get(f) for f in fields if f in data
                                                 and f not in AUDIT}}

        def by_other_since_base(field: str) -> bool:
            mark = meta.get(field)
            return bool(mark) and mark[0] > base and mark[2] != self.device.id

        conflicts = []
        op_deletes = int(fields.get("deleted") or 0) == 1
        if row["deleted"] and by_other_since_base("deleted") and not op_deletes:
            # An edit of a record someone else deleted: the tombstone stays.
            for field, value in fields.items():
                if field not in AUDIT and field != "deleted" and data.get(field) != value:
                    conflicts.append((field, data.get(field), value, "deleted"))
            conflicts.append(("deleted", 1, 0, "deleted"))
            return self._ack(seq, table, row_id, row, conflicts, user)
        if op_deletes and not row["deleted"]:
            edited = [f for f in meta if f not in AUDIT and f != "deleted"
                      and by_other_since_base(f)]
            if edited:  # a delete racing someone else's edit: the record stays
                conflicts.append(("deleted", 0, 1, "edited"))
                return self._ack(seq, table, row_id, row, conflicts, user)
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
            ack = self._store(seq, table, row_id, row, apply, user)
            conflicts += self.renamed
        else:
            ack = {"s": seq, "v": row["version"]}
        if conflicts:
            self._ack(seq, table, row_id, row, conflicts, user, ack)
        return ack

    def _store(self, seq: int, table: str, row_id: str, row, apply: dict, user: str) -> dict:
        self.seq += 1
        if row is None:
            row = {"office": apply.get("office"), "version": 0, "deleted": 0, "data": {},
                   "meta": {}}
        version = row["version"] + 1
        self.renamed = self._unique(table, row_id, apply)
        row["data"].update(apply)
        self.last_row = row
        for field in apply:
            row["meta"][field] = [version, self.seq, self.device.id, user]
        office = row["data"].get("office", row["office"])
        if row["office"] and office != row["office"]:  # devices of the old office are told
            self.tx.run("INSERT INTO hq_moved (tbl, id, from_office, seq) VALUES (?, ?, ?, ?)",
                        (table, row_id, row["office"], self.seq))
        deleted = int(row["data"].get("deleted", 0) or 0)
        self.tx.run(
            "INSERT INTO hq_row (tbl, id, office, version, seq, deleted, data, meta) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, id) DO UPDATE SET office = excluded.office,"
            " version = excluded.version, seq = excluded.seq, deleted = excluded.deleted, "
            "data = excluded.data, meta = excluded.meta",
            (table, row_id, office, version, self.seq, deleted,
             json.dumps(row["data"], separators=(",", ":"), ensure_ascii=False),
             json.dumps(row["meta"], separators=(",", ":"))))
        row["version"] = version
        return {"s": seq, "v": version}

    def _unique(self, table: str, row_id: str, apply: dict) -> list[tuple]:
        """Keep unique columns (e.g. references) unique across devices: a value another record
        holds already gets a suffix here, and the device is told (a 'renamed' conflict)."""
        renamed = []
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
        return renamed

    def _ack(self, seq, table, row_id, row, conflicts, user, ack=None) -> dict:
        ack = ack or {"s": seq, "v": row["version"]}
        meta, data = row["meta"], row["data"]
        out = []
        for field, hq_value, device_value, kind in conflicts:
            mark = meta.get(field) or [0, 0, "", ""]
            author = mark[3] or mark[2]
            out.append([field, data.get(field, hq_value) if field != "deleted" else
                        int(data.get("deleted", hq_value) or 0), author, kind])
            self.conflicts.append((uuid7(), table, row_id, field, kind,
                                   json.dumps(hq_value), author, json.dumps(device_value),
                                   user, self.device.id, self.now))
        ack["c"] = out
        return ack
