"""One `POST /v1/sync` at HQ: apply the device's ops in one transaction, then answer with a page
of others' changes (or a repair page, or checksums).

If applying fails for a reason nobody foresaw (a bug, a value no check knew about), the ops are
applied again one at a time, each in its own transaction, to find the one at fault: the ops
before it are stored (their acks come from hq_applied when the device sends them again), and the
request is refused naming that op's seq, so the device sets it aside and sends the rest. One bad
row then costs its office one round trip, not every sync from then on. A failure of the store
itself (connection lost, locked) is not pinned on an op: it stays a 500, which devices retry.
"""
from __future__ import annotations

import datetime as dt
import hmac
import logging
import sqlite3

from models.ids import utc_now
from models.messages import msg
from sync.protocol import CONTENT_SUMS

from . import changes
from .merge import Batch, ReusedSeq, ScopeError, check_scope
from .validate import BadRequest

log = logging.getLogger("partnerdesk.hq")


def _store_failure(exc: BaseException) -> bool:
    """Errors of the database itself, not of what an op holds: worth a retry, never a refusal."""
    if isinstance(exc, (sqlite3.OperationalError, sqlite3.InterfaceError, OSError, MemoryError)):
        return True
    try:
        import psycopg2
    except ImportError:
        return False
    return isinstance(exc, (psycopg2.OperationalError, psycopg2.InterfaceError))


# How long an applied change is remembered after its device moved past it: longer than any
# request can be on its way (two syncs of one device at once, one of them on a slow link).
KEEP_APPLIED = dt.timedelta(days=1)


def prune_applied(tx, device_id: str, lowest: int) -> int:
    """Forget the applied changes of a device below `lowest`, the smallest change number of its
    request, once KEEP_APPLIED has passed. The device sends its pending changes oldest first and
    marks one done only with HQ's answer stored (sync/apply.py), so a request starting at
    `lowest` says that every change before it was answered and will never come again. Until
    then each is kept, so that a change sent again after a lost answer gets the same answer."""
    before = dt.datetime.now(dt.timezone.utc) - KEEP_APPLIED
    return tx.run("DELETE FROM hq_applied WHERE device = ? AND seq < ? AND (applied_at IS NULL "
                  "OR applied_at < ?)", (device_id, lowest, utc_now(before)))


class SyncRun:
    def __init__(self, store):
        self.store = store

    def push(self, device, req: dict, ops) -> list[dict]:
        with self.store.write() as tx:
            check_scope(tx, device, ops)
            acks = Batch(tx, device).run(ops) if ops else []
            if ops:
                prune_applied(tx, device.id, min(op.seq for op in ops))
            tx.run("UPDATE hq_device SET last_seen = ?, schema_version = ? WHERE id = ?",
                   (utc_now(), req["schema"], device.id))
        return acks

    def run(self, device, req: dict) -> dict:
        return self.pull(device, req, {"acks": self.push_all(device, req)})

    def push_all(self, device, req: dict) -> list[dict]:
        """The acks of the request's ops, or the refusal naming the op at fault (an import of
        a sync file pushes its requests through here too: sync/server/fileimport.py)."""
        try:
            return self.push(device, req, req["ops"])
        except (ScopeError, ReusedSeq, BadRequest):
            raise
        except Exception as exc:
            if _store_failure(exc) or not req["ops"]:
                raise
            culprit = self._culprit(device, req, exc)
            if culprit is exc:
                raise
            raise culprit from exc

    def _culprit(self, device, req: dict, first: Exception) -> Exception:
        """The refusal naming the op that fails on its own (see the module docstring)."""
        for op in req["ops"]:
            try:
                self.push(device, req, [op])
            except (ScopeError, ReusedSeq, BadRequest) as exc:
                return exc
            except Exception as exc:
                if _store_failure(exc):
                    return exc
                log.exception("HQ could not apply change %s of device %s", op.seq, device.id)
                return BadRequest(f"HQ could not store this change ({type(exc).__name__}: "
                                  f"{str(exc)[:200]}); it was set aside. Tell HQ's administrator "
                                  "what the record holds.", op.seq)
        return first  # no op fails alone: not an op's fault

    def pull(self, device, req: dict, out: dict) -> dict:
        ops, cursor = req["ops"], req["cursor"]
        with self.store.read() as tx:
            if req["repair"]:
                office, after = req["repair"]
                if not device.reads(office):
                    raise ScopeError(msg("This device is not enrolled for office {office}.",
                                         office=office), None)
                rows, nxt, more = changes.repair_page(tx, device, office, after)
                out.update(changes=rows, cursor=cursor, more=False,
                           repair=[office, nxt] if more else None)
                return out
            rows, new_cursor, more = changes.page(tx, device, cursor, req["since"])
            out.update(changes=rows, cursor=new_cursor, more=more)
            if more:  # how far the cursor has to go: a device receiving its office shows progress
                out["head"] = changes.head(tx)
            fresh: list = []  # content hashes computed for this checksum, kept below
            if req["sum"] and not ops and not more and new_cursor == changes.head(tx):
                per_office = changes.sums(tx, device, req["schema"] >= CONTENT_SUMS, fresh)
                out["checked"] = True
                if not hmac.compare_digest(changes.combined(per_office), req["sum"]):
                    out["sums"] = per_office
        if fresh:
            with self.store.write() as tx:
                changes.keep_hashes(tx, fresh)
        return out
