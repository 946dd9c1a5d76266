"""Sealing sync files (sync/filesync.py): signed by the device, readable only by HQ and back.

Keys, and why:
- HQ keeps only the SHA-256 of a device's token (sync/server/admin.py), so the one secret both
  sides know is that hash. The device's MAC key and the key of HQ's answer are both derived
  from it (HKDF-SHA256 with different labels). The token itself never appears in a file and
  cannot be recovered from one. (Someone who can read HQ's store could forge a device's file,
  but such a person can already write HQ's rows directly.)
- An export is encrypted to HQ's X25519 public key (ephemeral-static ECDH, HKDF, AES-256-GCM):
  only the holder of HQ's private key (kept in the HQ store) can read it; the device's HMAC
  inside says which device wrote it, and that it was not changed.
- An answer is encrypted with AES-256-GCM under the device's answer key: only that device (or
  HQ) can read it, and GCM's tag refuses any change.

A file is: MAGIC, one kind byte, then the sealed bytes. Payloads are zstd-compressed JSON.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.messages import msg

MAGIC = b"PDSYNC1"
EXPORT, ANSWER = b"E", b"A"
MAC_SIZE = 32


class SealError(ValueError):
    """A file that cannot be opened: not a sync file, damaged, changed, or for someone else."""


def _hkdf(secret: bytes, label: bytes, salt: bytes = b"") -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt or None,
                info=b"partnerdesk sync file " + label).derive(secret)


def token_hash(token: str) -> str:
    """What HQ keeps of a token (the same as sync/server/admin._hash)."""
    return hashlib.sha256(token.encode()).hexdigest()


def mac_key(hashed_token: str) -> bytes:
    return _hkdf(bytes.fromhex(hashed_token), b"mac")


def answer_key(hashed_token: str) -> bytes:
    return _hkdf(bytes.fromhex(hashed_token), b"answer")


def sign(key: bytes, payload: bytes) -> bytes:
    """payload followed by its HMAC-SHA256."""
    return payload + hmac.new(key, payload, hashlib.sha256).digest()


def verify(key: bytes, signed: bytes) -> bytes | None:
    """The payload if its HMAC is right, else None."""
    payload, tag = signed[:-MAC_SIZE], signed[-MAC_SIZE:]
    good = hmac.new(key, payload, hashlib.sha256).digest()
    return payload if len(signed) > MAC_SIZE and hmac.compare_digest(tag, good) else None


def new_key_pair() -> tuple[bytes, str]:
    """(private key bytes, public key as text) of a fresh HQ file key."""
    private = X25519PrivateKey.generate()
    return (private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                  serialization.NoEncryption()),
            public_text(private.public_key()))


def public_text(public: X25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def public_key(text: str) -> X25519PublicKey:
    """HQ's public key from its text (43 base64url characters); ValueError if malformed."""
    text = (text or "").strip()
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError):
        raw = b""
    if len(raw) != 32:
        raise ValueError("HQ's file key must be 43 characters of base64 (as 'hq file-key' "
                         "prints it).")
    return X25519PublicKey.from_public_bytes(raw)


def fingerprint(text: str) -> str:
    """A short check of a key read over the phone: 4 groups of 4 hexadecimal digits."""
    digest = hashlib.sha256(text.strip().encode()).hexdigest()[:16].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def seal_to_hq(hq_public: str, signed: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                              serialization.PublicFormat.Raw)
    key = _hkdf(ephemeral.exchange(public_key(hq_public)), b"export", epk)
    nonce = os.urandom(12)
    head = MAGIC + EXPORT
    return head + epk + nonce + AESGCM(key).encrypt(nonce, signed, head + epk)


def open_at_hq(private: bytes, data: bytes) -> bytes:
    head = MAGIC + EXPORT
    if not data.startswith(head):
        raise SealError(_kind_message(data))
    epk, nonce, body = data[8:40], data[40:52], data[52:]
    try:
        shared = X25519PrivateKey.from_private_bytes(private).exchange(
            X25519PublicKey.from_public_bytes(epk))
        return AESGCM(_hkdf(shared, b"export", epk)).decrypt(nonce, body, head + epk)
    except (InvalidTag, ValueError):
        raise SealError("This file was changed after it was made, or it was made for another "
                        "HQ: it cannot be read here. Ask the office to export a new one.") from None


def seal_answer(key: bytes, device: str, payload: bytes) -> bytes:
    nonce, head = os.urandom(12), MAGIC + ANSWER
    return head + nonce + AESGCM(key).encrypt(nonce, payload, head + device.encode())


def open_answer(key: bytes, device: str, data: bytes) -> bytes:
    """The payload of HQ's answer to this device; the messages are for the device's user."""
    head = MAGIC + ANSWER
    if data.startswith(MAGIC + EXPORT):
        raise SealError(msg("This is the file for HQ (an export), not HQ's answer: take it to "
                            "HQ, and import the answer HQ gives back."))
    if not data.startswith(head):
        raise SealError(msg("This is not a PartnerDesk sync file: nothing was applied."))
    try:
        return AESGCM(key).decrypt(data[8:20], data[20:], head + device.encode())
    except (InvalidTag, ValueError):
        raise SealError(msg("This answer was changed after HQ made it, or it was made for "
                            "another device: nothing was applied. Ask HQ for the answer to this "
                            "computer's file.")) from None


def _kind_message(data: bytes) -> str:
    """Why HQ cannot read a file that is no export (HQ's messages are for its administrator,
    on the command line: English)."""
    if data.startswith(MAGIC + ANSWER):
        return "This is an answer from HQ, not an export from a device: nothing was imported."
    return "This is not a PartnerDesk sync file: nothing was imported."
