"""HQ administration: offices, one-time enrollment codes, device tokens (hashes only), revoking.

Enrollment is safe against a lost reply: the device sends a nonce of its own, its token is
derived from that nonce (HQ keeps only the token's hash), so the same request sent again gets the
same answer. A code is spent only when its device confirms, by its first authenticated request;
until then the same code enrolls again (the device that never confirmed is dropped: it never
synced, so nothing of it is lost), and an unconfirmed device shows as "pending".
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

from models.directory import HQ_OFFICE, settings
from models.errors import DomainError, NotFound, ValidationError
from models.ids import utc_now, uuid7
from models.messages import msg

from .merge import Device

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over a phone line
CODE_DAYS = 7


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    name: str
    offices: list[str]
    all_offices: bool
    enrolled_at: str
    last_seen: str | None
    revoked_at: str | None
    confirmed_at: str | None = None

    @property
    def state(self) -> str:
        return "revoked" if self.revoked_at else "active" if self.confirmed_at else "pending"


def add_office(store, code: str, name: str, country: str) -> str:
    """Register an office at HQ (and its office record, which syncs to the office's devices)."""
    errors = settings.validate_office({"code": code, "name": name, "country": country})
    if errors:
        raise ValidationError(errors)
    code, country = code.strip().upper(), country.strip().upper()
    from .merge import Batch
    with store.write() as tx:
        if tx.one("SELECT code FROM hq_office WHERE code = ?", (code,)):
            raise DomainError(f"Office {code} already exists at HQ.")
        tx.run("INSERT INTO hq_office (code, name, country, created_at) VALUES (?, ?, ?, ?)",
               (code, name.strip(), country, utc_now()))
        if not tx.one("SELECT id FROM hq_row WHERE tbl = 'office' AND office = ?", (code,)):
            batch = Batch(tx, Device("hq", frozenset(), True))
            batch.write_row("office", uuid7(), None, {
                "office": code, "code": code, "name": name.strip(), "country": country,
                "region": "", "updated_at": utc_now(), "updated_by": HQ_OFFICE, "deleted": 0},
                HQ_OFFICE)  # written by headquarters itself
            batch.finish()
    return code


def offices(store) -> list[tuple[str, str, str]]:
    with store.read() as tx:
        return tx.all("SELECT code, name, country FROM hq_office ORDER BY code")


def new_code(store, office_codes: list[str], all_offices: bool = False) -> str:
    """Issue a one-time enrollment code for the given offices (or all of them)."""
    codes = sorted({c.strip().upper() for c in office_codes if c.strip()})
    if not codes and not all_offices:
        raise DomainError("Say which offices the device works for: --office CODE (repeatable) "
                          "or --all-offices.")
    known = {row[0] for row in offices(store)}
    missing = [c for c in codes if c not in known]
    if missing:
        raise DomainError(msg(("Unknown office at HQ: {codes}. Add it first with 'hq office "
                               "add'.", "Unknown offices at HQ: {codes}. Add them first with "
                               "'hq office add'."), n=len(missing), codes=missing))
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    now = dt.datetime.now(dt.timezone.utc)
    with store.write() as tx:
        tx.run("INSERT INTO hq_enrollment (code_hash, offices, all_offices, created_at, "
               "expires_at) VALUES (?, ?, ?, ?, ?)",
               (_hash(raw), json.dumps(codes), int(all_offices), now.isoformat(),
                (now + dt.timedelta(days=CODE_DAYS)).isoformat()))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


def _token_for(nonce: str, device: str) -> str:
    """The token of `device` enrolled with `nonce`: HQ can give it again to the same nonce, and
    keeps only its hash."""
    digest = hmac.new(nonce.encode(), device.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def enroll(store, code: str, name: str, nonce: str | None = None, guard=None) -> dict:
    """Enroll a device with a code: a new device with a fresh token, pending until it confirms.
    The same `nonce` again (a retry after a lost reply) gets the same answer. Refused: {}, or
    {"locked": True} when `guard` (guard.EnrollGuard) counted one refusal too many of this real
    code, which is then expired for good."""
    code_hash = _hash(normalise_code(code))
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    with store.write() as tx:
        row = tx.one("SELECT offices, all_offices, expires_at, used_at, device_id FROM "
                     "hq_enrollment WHERE code_hash = ?", (code_hash,))
        if row is None:
            return {}

        def refused() -> dict:
            if guard is None or not guard.code_refused(code_hash):
                return {}
            tx.run("UPDATE hq_enrollment SET expires_at = ? WHERE code_hash = ?", (now, code_hash))
            return {"locked": True}
        offices, all_offices, expires_at, used_at, earlier = row
        answer = {"offices": json.loads(offices), "all_offices": bool(all_offices)}
        if earlier and nonce:
            known = tx.one("SELECT token_hash FROM hq_device WHERE id = ? AND revoked_at IS NULL",
                           (earlier,))
            token = _token_for(nonce, earlier)
            if known and hmac.compare_digest(known[0], _hash(token)):
                return {"device": earlier, "token": token, **answer}
        if used_at is not None or expires_at <= now:
            return refused()
        if earlier:  # enrolled with this code but never confirmed: it never synced
            if refused():  # a new device secret each time: someone racing the real device
                return {"locked": True}
            tx.run("DELETE FROM hq_device WHERE id = ? AND confirmed_at IS NULL", (earlier,))
        device = uuid7()
        token = _token_for(nonce, device) if nonce else secrets.token_urlsafe(32)
        tx.run("UPDATE hq_enrollment SET device_id = ? WHERE code_hash = ?", (device, code_hash))
        tx.run("INSERT INTO hq_device (id, name, token_hash, offices, all_offices, enrolled_at) "
               "VALUES (?, ?, ?, ?, ?, ?)", (device, (name or "device")[:80], _hash(token),
                                             offices, all_offices, now))
    return {"device": device, "token": token, **answer}


def _confirm(store, device_id: str) -> bool:
    """The device's first authenticated request: its enrollment code is spent now. False when
    the device was dropped meanwhile (its code enrolled another one)."""
    now = utc_now()
    with store.write() as tx:
        if tx.one("SELECT 1 FROM hq_device WHERE id = ? AND revoked_at IS NULL",
                  (device_id,)) is None:
            return False
        tx.run("UPDATE hq_device SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL",
               (now, device_id))
        tx.run("UPDATE hq_enrollment SET used_at = ? WHERE device_id = ? AND used_at IS NULL",
               (now, device_id))
    return True


def authenticate(store, token: str | None) -> Device | None:
    if not token:
        return None
    with store.read() as tx:
        row = tx.one("SELECT id, offices, all_offices, revoked_at, confirmed_at FROM hq_device "
                     "WHERE token_hash = ?", (_hash(token),))
    if row is None or row[3] is not None:
        return None
    if row[4] is None and not _confirm(store, row[0]):
        return None
    return Device(row[0], frozenset(json.loads(row[1])), bool(row[2]))


def revoked_device(store, token: str | None) -> str | None:
    """The id of the revoked device that holds `token`, else None (unknown, or not revoked)."""
    if not token:
        return None
    with store.read() as tx:
        row = tx.one("SELECT id FROM hq_device WHERE token_hash = ? AND revoked_at IS NOT NULL",
                     (_hash(token),))
    return row[0] if row else None


def devices(store) -> list[DeviceInfo]:
    with store.read() as tx:
        rows = tx.all("SELECT id, name, offices, all_offices, enrolled_at, last_seen, revoked_at, "
                      "confirmed_at FROM hq_device ORDER BY enrolled_at")
    return [DeviceInfo(r[0], r[1], json.loads(r[2]), bool(r[3]), *r[4:]) for r in rows]


def revoke(store, device_id: str) -> None:
    with store.write() as tx:
        changed = tx.run("UPDATE hq_device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                         (utc_now(), device_id))
        # a device revoked before it confirmed: its code is spent, not free to enroll again
        tx.run("UPDATE hq_enrollment SET used_at = ? WHERE device_id = ? AND used_at IS NULL",
               (utc_now(), device_id))
        if not changed and not tx.one("SELECT id FROM hq_device WHERE id = ?", (device_id,)):
            raise NotFound(f"No device {device_id} at HQ; 'hq devices' lists them.")


def conflicts(store, limit: int = 200) -> list[tuple]:
    with store.read() as tx:
        return tx.all("SELECT created_at, tbl, row_id, field, kind, hq_value, hq_author, "
                      "device_value, device_author FROM hq_conflict ORDER BY created_at DESC "
                      "LIMIT ?", (limit,))
