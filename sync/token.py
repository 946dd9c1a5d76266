"""Where this device keeps its HQ token: the operating system's keyring when one works (Windows
Credential Manager, macOS Keychain, the Secret Service of a Linux desktop), else inside the
encrypted database (setting `sync.token`). Never in a plain file, a log or printed output.

With the keyring, the setting holds only a marker naming the keyring entry (KEYRING + device
id), so a copy of the database, even opened, does not carry the token. Without one (a headless
machine, a locked-down profile: keyring's "fail" or "null" backend, or any error from it), the
encrypted database is the safe place. `python -m keyring diagnose` shows which backend is used.
"""
from __future__ import annotations

import logging

from . import local
from .transport import SyncError

SERVICE = "PartnerDesk HQ token"
KEYRING = "keyring:"  # setting value: the token is in the keyring under this device id
log = logging.getLogger("partnerdesk")
_seen: set[str] = set()  # tokens this process handled: redacted from crash reports (ui/crash.py)


def _keyring():
    """The keyring backend when a real one is there, else None."""
    try:
        import keyring
        from keyring.backends import fail
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration: fall back to the database
        return None
    if isinstance(backend, fail.Keyring) or type(backend).__module__.endswith(".null") or \
            getattr(backend, "priority", 1) <= 0:
        return None
    return backend


def store(con, device: str, token: str) -> str:
    """Keep `token` (inside the caller's transaction for the database part); where it went."""
    _seen.add(token)
    backend = _keyring()
    if backend is not None:
        try:
            backend.set_password(SERVICE, device, token)
            local.put(con, "sync.token", KEYRING + device)
            return "keyring"
        except Exception as exc:  # locked, refused: the encrypted database is the fallback
            log.warning("keyring refused the HQ token (%s); kept in the encrypted database",
                        type(exc).__name__)
    local.put(con, "sync.token", token)
    return "database"


def load(con) -> str | None:
    """The token, wherever it is kept; None when not enrolled. SyncError when the keyring no
    longer has it (another user profile, a keyring reset)."""
    value = local.get(con, "sync.token")
    if value and value.startswith(KEYRING):
        backend = _keyring()
        try:
            value = backend.get_password(SERVICE, value[len(KEYRING):]) if backend else None
        except Exception:
            value = None
        if not value:
            raise SyncError("The HQ token of this computer is no longer in its keyring (another "
                            "user account, or the keyring was reset): ask HQ for a new code and "
                            "enroll again.")
    if value:
        _seen.add(value)
    return value or None


def forget(con) -> None:
    """Remove the token from the keyring and the database (a restored database re-enrolls)."""
    value = local.get(con, "sync.token")
    if value and value.startswith(KEYRING) and (backend := _keyring()) is not None:
        try:
            backend.delete_password(SERVICE, value[len(KEYRING):])
        except Exception:
            pass
    local.put(con, "sync.token", None)


def known_secrets() -> set[str]:
    return set(_seen)
