"""HQ's append-only history (store step 5): every version HQ accepted of a row, a record as it
was at a date, and a mistaken change restored.

Versions are written by the merge itself (merge.Batch.write_row), in its transaction, and never
changed. A restore is not a rewrite: it writes the chosen version's values as the row's next
version, through the same write path as a device's change, so it gets a new global sequence and
reaches every device of the office at its next sync; the mistaken version stays in the history.
A restore that changes a status also records the change in the status history (status_change),
so the record's timeline on every device says that HQ put it back.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from models import history
from models.errors import DomainError, NotFound
from models.ids import utc_now, uuid7

from .merge import Batch, Device, _load
from .schema import AUDIT, HQ_OWNED

# Tables whose records have a human reference, looked up in this order.
REFERENCED = ("partnership", "agreement", "programme_document")
HQ_DEVICE = "hq"


@dataclass(frozen=True)
class Version:
    table: str
    id: str
    version: int
    accepted_at: str  # '' never: rows found when history began carry the time it began
    author: str
    device: str  # '' for a version found when history began (who made it is not known)
    deleted: bool
    data: dict

    def as_dict(self) -> dict:
        return {"table": self.table, "id": self.id, "version": self.version,
                "accepted_at": self.accepted_at, "author": self.author, "device": self.device,
                "deleted": self.deleted, "data": self.data}


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def locate(tx, ref: str) -> tuple[str, str]:
    """(table, id) of the row a reference or an id names, or NotFound."""
    ref = (ref or "").strip()
    if not ref:
        raise NotFound("Say which record: its reference (KEN/PCA2026001) or its id.")
    row = tx.one("SELECT tbl, id FROM hq_row WHERE id = ? ORDER BY tbl LIMIT 1", (ref,))
    if row:
        return row[0], row[1]
    as_stored = json.dumps({"reference": ref}, ensure_ascii=False, separators=(",", ":"))[1:-1]
    needle = "%" + _like(as_stored) + "%"  # a first sieve; the JSON itself decides
    for table in REFERENCED:
        for row_id, data in tx.all("SELECT id, data FROM hq_row WHERE tbl = ? AND data LIKE ? "
                                   "ESCAPE '\\'", (table, needle)):
            if json.loads(data).get("reference") == ref:
                return table, row_id
    raise NotFound(f"HQ holds no record with the reference or id {ref}.")


def at_moment(text: str) -> str:
    """A date (the end of that day, UTC) or a date and time, as the text HQ keeps times in."""
    raw = (text or "").strip()
    try:
        if len(raw) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(raw), dt.time(23, 59, 59, 999000),
                                         dt.timezone.utc)
        else:
            moment = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.timezone.utc)
    except ValueError:
        raise DomainError(f"'{text}' is not a date; write it as 2026-11-30 or "
                          "2026-11-30T14:00.") from None
    utc = moment.astimezone(dt.timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _versions(tx, table: str, row_id: str) -> list[Version]:
    return [Version(table, row_id, r[0], r[1], r[2], r[3], bool(r[4]), json.loads(r[5]))
            for r in tx.all("SELECT version, accepted_at, author, device, deleted, data FROM "
                            "hq_version WHERE tbl = ? AND id = ? ORDER BY version",
                            (table, row_id))]


def versions(store, ref: str) -> list[Version]:
    """Every version of the record HQ accepted, oldest first."""
    with store.read() as tx:
        return _versions(tx, *locate(tx, ref))


def changed_fields(before: dict | None, after: dict) -> list[str]:
    """The fields a version changed (audit stamps left out), for listing versions."""
    before = before or {}
    return sorted(f for f in set(before) | set(after)
                  if f not in AUDIT and before.get(f) != after.get(f))


def as_at(store, ref: str, when: str) -> Version:
    """The record as it was at `when` (a date: the end of that day), or NotFound saying why."""
    moment = at_moment(when)
    with store.read() as tx:
        table, row_id = locate(tx, ref)
        found = [v for v in _versions(tx, table, row_id) if v.accepted_at <= moment]
        if not found:
            first = _versions(tx, table, row_id)
            since = first[0].accepted_at if first else "never"
            raise NotFound(f"HQ has no version of {ref} at {moment}: its history starts at "
                           f"{since}.")
        return max(found, key=lambda v: (v.accepted_at, v.version))


def restore(store, ref: str, *, version: int | None = None, when: str | None = None,
            by: str = "HQ") -> tuple[int, list[str]]:
    """Make version `version` (or the one in force at `when`) the record's current values again,
    as a new version. Returns (the new version, the fields it changed)."""
    if (version is None) == (when is None):
        raise DomainError("Say which version to restore: --version N or --at DATE.")
    chosen = as_at(store, ref, when) if when is not None else None
    by = (by or "").strip() or "HQ"
    with store.write() as tx:
        table, row_id = locate(tx, ref)
        if chosen is None:
            chosen = next((v for v in _versions(tx, table, row_id) if v.version == version),
                          None)
            if chosen is None:
                raise NotFound(f"{ref} has no version {version}; 'hq history {ref}' lists them.")
        row = _load(tx, table, row_id)
        current = row["data"]
        apply = {f: chosen.data.get(f) for f in changed_fields(current, chosen.data)
                 if f not in HQ_OWNED and f in chosen.data and f != "id"}
        if not apply:
            raise DomainError(f"{ref} is already as it was in version {chosen.version}; "
                              "nothing to restore.")
        now = utc_now()
        apply.update({"updated_at": now, "updated_by": by})
        batch = Batch(tx, Device(HQ_DEVICE, frozenset(), True))
        written = batch.write_row(table, row_id, row, apply, by)
        if "status" in apply and table in history.TRACKED_TABLES:
            change_id = uuid7()
            batch.write_row("status_change", change_id, None, {"id": change_id,
                "office": written.row["office"], "record_table": table, "record_id": row_id,
                "from_status": current.get("status"), "to_status": apply["status"],
                "reason": f"Restored at HQ to version {chosen.version}", "changed_by": by,
                "changed_at": now, "updated_at": now, "updated_by": by, "deleted": 0}, by)
        batch.finish()
    return written.version, sorted(f for f in apply if f not in AUDIT)
