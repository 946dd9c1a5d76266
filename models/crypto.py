"""Keys of an encrypted database: one random data key, wrapped by the passphrase and by a recovery
key, kept in a small key file beside the database (`<name>.key`).

Why a data key and not the passphrase itself: the passphrase can change without re-encrypting
anything (only the key file is rewritten), HQ can help a person who forgot it (it keeps the
recovery key, never the passphrase), and the slow key derivation runs once per process, not once
per connection (SQLCipher gets the derived raw key, so the reader thread, the pool and the sync
open their connections as fast as before).

- The passphrase unwraps the data key through scrypt (SCRYPT: about 0.2 s and 32 MiB, OWASP's
  "N=2^15, r=8, p=3"); the parameters and salt are stored in the key file, so a file made with
  other parameters opens with its own (bounded: a key file cannot ask for hours or gigabytes).
- The recovery key is 20 random bytes, written as 8 groups of 4 letters and digits; it is
  random, so HKDF is enough to turn it into a wrapping key.
- Wrapping is AES-256-GCM with the purpose as associated data: a wrong passphrase or recovery key
  fails the tag, and so does a key file altered on disk.
- From the data key, HKDF derives a key per use: SQLCipher's raw key, the attachments' key, the
  backups' key. None of them is ever written anywhere.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import DatabaseError
from .messages import msg
from .paths import key_path

FORMAT = 1
DEFAULT_SCRYPT = {"n": 2 ** 15, "r": 8, "p": 3}
SCRYPT = dict(DEFAULT_SCRYPT)  # for new key files; the tests make theirs cheaper (conftest)
MAX_N, MAX_P = 2 ** 20, 16  # what a key file may ask for (1 GiB, seconds), no more
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over a phone line
RECOVERY_BYTES = 20
SEALED = b"PDE1"  # the first bytes of a file sealed by `seal`
SEALED_EXTRA = 4 + 12 + 16  # bytes a sealed file has beyond its content: mark, nonce, tag


class WrongPassphrase(DatabaseError):
    """The passphrase (or recovery key) does not open this database's key file."""


@dataclass(frozen=True)
class Keys:
    """The data key of one database and the keys derived from it."""
    data: bytes

    def derive(self, purpose: str) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=f"partnerdesk {purpose}".encode()).derive(self.data)

    @cached_property
    def sqlcipher(self) -> str:
        """SQLCipher's raw key (`x'...'`): no PBKDF2 at each connection."""
        return f"x'{self.derive('sqlcipher').hex()}'"

    @cached_property
    def files(self) -> bytes:
        return self.derive("files")

    @cached_property
    def backup(self) -> bytes:
        return self.derive("backup")

    def __repr__(self) -> str:  # never print a key, even in a traceback's locals
        return "Keys(...)"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text) -> bytes:
    return base64.b64decode(str(text).encode(), validate=True)


def _wrap(kek: bytes, secret: bytes, purpose: str) -> str:
    nonce = os.urandom(12)
    return _b64(nonce + AESGCM(kek).encrypt(nonce, secret, purpose.encode()))


def _unwrap(kek: bytes, wrapped: str, purpose: str) -> bytes:
    raw = _unb64(wrapped)
    return AESGCM(kek).decrypt(raw[:12], raw[12:], purpose.encode())


def _scrypt(passphrase: str, kdf: dict) -> bytes:
    import hashlib
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    if not (2 <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= MAX_P):
        raise ValueError("key derivation parameters out of bounds")
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=_unb64(kdf["salt"]), n=n, r=r, p=p,
                          maxmem=128 * r * n * 2 + 2 ** 20, dklen=32)


def _recovery_kek(recovery: bytes, salt: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=_unb64(salt),
                info=b"partnerdesk recovery").derive(recovery)


def format_recovery(raw: bytes) -> str:
    """20 bytes as 32 characters of RECOVERY_ALPHABET in groups of 4: ABCD-EFGH-..."""
    number, chars = int.from_bytes(raw, "big"), []
    for _ in range(RECOVERY_BYTES * 8 // 5):
        number, digit = divmod(number, 32)
        chars.append(RECOVERY_ALPHABET[digit])
    text = "".join(reversed(chars))
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery(text: str) -> bytes:
    """A recovery key as typed (any case, with or without dashes or spaces); ValueError if it is
    not one."""
    clean = "".join(ch for ch in (text or "").upper() if ch.isalnum())
    clean = clean.replace("0", "O").replace("1", "I")  # misread: O and I are not in the alphabet
    if len(clean) != RECOVERY_BYTES * 8 // 5 or any(ch not in RECOVERY_ALPHABET for ch in clean):
        raise ValueError("not a recovery key")
    number = 0
    for ch in clean:
        number = number * 32 + RECOVERY_ALPHABET.index(ch)
    return number.to_bytes(RECOVERY_BYTES, "big")


@dataclass
class KeyFile:
    """The contents of `<db>.key`: the data key wrapped twice, and how."""
    kdf: dict  # scrypt's parameters and salt, for the passphrase
    recovery_salt: str
    by_passphrase: str
    by_recovery: str
    changed_at: str

    def to_json(self) -> str:
        return json.dumps({"partnerdesk": "key", "format": FORMAT, "kdf": self.kdf,
                           "recovery_salt": self.recovery_salt,
                           "by_passphrase": self.by_passphrase, "by_recovery": self.by_recovery,
                           "changed_at": self.changed_at}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> "KeyFile":
        data = json.loads(text)
        if data.get("partnerdesk") != "key" or data.get("format") != FORMAT:
            raise ValueError("not a PartnerDesk key file of this format")
        kdf = dict(data["kdf"])
        if kdf.get("name") != "scrypt":
            raise ValueError("unknown key derivation")
        return cls(kdf, str(data["recovery_salt"]), str(data["by_passphrase"]),
                   str(data["by_recovery"]), str(data.get("changed_at", "")))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _new_kdf() -> dict:
    return {"name": "scrypt", **SCRYPT, "salt": _b64(os.urandom(16))}


def new_keys(passphrase: str) -> tuple[Keys, KeyFile, str]:
    """A new data key wrapped by `passphrase` and by a new recovery key (returned, formatted)."""
    keys = Keys(secrets.token_bytes(32))
    kdf = _new_kdf()
    sealed = KeyFile(kdf, "", _wrap(_scrypt(passphrase, kdf), keys.data, "passphrase"), "",
                     _now())
    return (keys, *new_recovery(sealed, keys))


def rewrap(sealed: KeyFile, keys: Keys, passphrase: str) -> KeyFile:
    """The same data key under a new passphrase (a new salt); the recovery key still opens it."""
    kdf = _new_kdf()
    return KeyFile(kdf, sealed.recovery_salt, _wrap(_scrypt(passphrase, kdf), keys.data,
                                                    "passphrase"), sealed.by_recovery, _now())


def new_recovery(sealed: KeyFile, keys: Keys) -> tuple[KeyFile, str]:
    """A new recovery key for the same data key (at first, and after the old one was used)."""
    recovery, salt = secrets.token_bytes(RECOVERY_BYTES), _b64(os.urandom(16))
    wrapped = _wrap(_recovery_kek(recovery, salt), keys.data, "recovery")
    return (KeyFile(sealed.kdf, salt, sealed.by_passphrase, wrapped, _now()),
            format_recovery(recovery))


def open_with_passphrase(sealed: KeyFile, passphrase: str, path: Path) -> Keys:
    try:
        return Keys(_unwrap(_scrypt(passphrase, sealed.kdf), sealed.by_passphrase, "passphrase"))
    except InvalidTag:
        raise WrongPassphrase(msg("Wrong passphrase for {path}; nothing was changed. Type it "
                                  "again (capital letters count).", path=str(path))) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise damaged_key_file(path, exc) from None


def open_with_recovery(sealed: KeyFile, recovery_text: str, path: Path) -> Keys:
    try:
        recovery = parse_recovery(recovery_text)
    except ValueError:
        raise WrongPassphrase(msg("That is not a recovery key: it has 32 letters and digits in "
                                  "groups of four, e.g. ABCD-EFGH-...")) from None
    try:
        return Keys(_unwrap(_recovery_kek(recovery, sealed.recovery_salt), sealed.by_recovery,
                            "recovery"))
    except InvalidTag:
        raise WrongPassphrase(msg("This recovery key does not open {path}; nothing was changed. "
                                  "Check it with headquarters (it belongs to one computer).",
                                  path=str(path))) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise damaged_key_file(path, exc) from None


def damaged_key_file(path: Path, exc) -> DatabaseError:
    return DatabaseError(msg("The key file {file} is damaged ({problem}); restore it from a "
                             "backup. The database was not changed.",
                             file=str(key_path(path)), problem=str(exc)[:80]))


def read_key_file(path: Path) -> KeyFile:
    """The key file of the database at `path`; DatabaseError when it is missing or damaged."""
    target = key_path(path)
    try:
        return KeyFile.from_json(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatabaseError(msg("{path} is encrypted but its key file {file} is missing; put the "
                                "key file back beside it (from a backup). The database was not "
                                "changed.", path=str(path), file=str(target))) from None
    except PermissionError:
        raise DatabaseError(msg("{file} cannot be read: permission denied.",
                                file=str(target))) from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
        raise damaged_key_file(path, exc) from None


def write_key_file(path: Path, sealed: KeyFile) -> Path:
    """Replace `<db>.key` atomically (a power cut leaves the old file or the new, never half),
    readable by its owner only."""
    target = key_path(path)
    tmp = target.with_name(target.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(sealed.to_json())
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    sync_folder(target.parent)
    return target


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def seal(key: bytes, data: bytes, label: str) -> bytes:
    """`data` encrypted and authenticated (AES-256-GCM), bound to `label` (e.g. its hash)."""
    nonce = os.urandom(12)
    return SEALED + nonce + AESGCM(key).encrypt(nonce, data, label.encode())


def unseal(key: bytes, blob: bytes, label: str) -> bytes:
    """The data `seal` sealed; ValueError when the blob was altered or belongs elsewhere."""
    if blob[:4] != SEALED or len(blob) < SEALED_EXTRA:
        raise ValueError("not a sealed file")
    try:
        return AESGCM(key).decrypt(blob[4:16], blob[16:], label.encode())
    except InvalidTag:
        raise ValueError("the sealed file was altered") from None
