"""Recovery keys at HQ: each enrolled device sends the recovery key of its encrypted database over
its authenticated link (sync/client.py, after enrolling and whenever it makes a new one), HQ
keeps the latest, and an administrator reads it out to a person who forgot the passphrase
(`hq recovery-key DEVICE`). A recovery key opens that device's data key only; it is not a
passphrase and opens nothing at HQ. HQ's store must be guarded like the offices' data it holds.
"""
from __future__ import annotations

from fastapi import Header, Request
from fastapi.concurrency import run_in_threadpool

from models.crypto import format_recovery, parse_recovery
from models.errors import DomainError, NotFound
from models.ids import utc_now
from sync import protocol


def keep(store, device_id: str, key: str) -> None:
    with store.write() as tx:
        if tx.run("UPDATE hq_recovery SET recovery_key = ?, received_at = ? WHERE device = ?",
                  (key, utc_now(), device_id)) == 0:
            tx.run("INSERT INTO hq_recovery (device, recovery_key, received_at) VALUES (?, ?, ?)",
                   (device_id, key, utc_now()))


def recovery_key(store, device_id: str) -> tuple[str, str]:
    """The recovery key HQ holds for a device and when it arrived; NotFound if none."""
    with store.read() as tx:
        known = tx.one("SELECT id FROM hq_device WHERE id = ?", (device_id,))
        row = tx.one("SELECT recovery_key, received_at FROM hq_recovery WHERE device = ?",
                     (device_id,))
    if known is None:
        raise NotFound(f"No device {device_id[:64]} at HQ; 'hq devices' lists them.")
    if row is None:
        raise NotFound(f"Device {device_id[:64]} has not sent a recovery key yet (it sends one "
                       "at its first sync after enrolling, from PartnerDesk with encryption).")
    return row[0], row[1]


def register(app, store, device_of, error) -> None:
    @app.post(protocol.API_RECOVERY, responses={401: {"description": "unknown or revoked token"},
                                                422: {"description": "not a recovery key"}})
    async def recovery(request: Request, authorization: str | None = Header(default=None)):
        device = await run_in_threadpool(device_of, authorization)
        if device is None:
            return error(401, "Unknown or revoked device token; enroll again with a new code.")
        try:
            body = protocol.decode(await request.body(), request.headers.get("content-encoding"),
                                   1024)
            key = format_recovery(parse_recovery(body["key"]))
        except (protocol.ProtocolError, ValueError, KeyError, TypeError, AttributeError):
            raise DomainError("The body must be {\"key\": RECOVERY KEY}.") from None
        await run_in_threadpool(keep, store, device.id, key)
        return {"ok": True}
