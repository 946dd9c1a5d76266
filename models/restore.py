"""Restoring a backup (models/backup.py) into a new database file, all or nothing.

The target must not exist yet (a restore never overwrites a database: the person moves the
current one aside first, so a mistaken restore loses nothing). The backup's passphrase (the one
the database had the day it was made) opens the key file inside it; the HMAC is checked over the
whole file before anything is written; then each entry is written beside the target under a
temporary name and checked (its SHA-256, the database's quick_check, each attachment opened
against its hash), and the files take their names last, the database itself the very last.
The restored database is no longer enrolled with HQ (FORGET_ON_RESTORE says why).
"""
from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from . import crypto, keystore
from .backup import CHUNK, _body_start, _damaged, check, read_header
from .db import SQL_ERRORS, raw_connect, resolve
from .errors import DomainError
from .messages import msg


@dataclass(frozen=True)
class Restored:
    path: Path
    files: int
    made_at: str


def _refuse_existing(target: Path) -> None:
    for taken in (target, crypto.key_path(target), target.with_name(target.name + ".files")):
        if taken.exists():
            raise DomainError(msg("{path} already exists; a backup is restored into a new file. "
                                  "Move the current database aside (or choose another --db), "
                                  "then restore again. Nothing was changed.", path=str(taken)))
    if not target.parent.is_dir():
        raise DomainError(msg("The folder {folder} does not exist; create it or choose another "
                              "--db path.", folder=str(target.parent)))


def restore(archive: Path, target: Path, source) -> Restored:
    """Restore `archive` into the new database `target`; `source` is asked the backup's
    passphrase (models/keystore.py's Request, purpose "unlock", path = the archive)."""
    archive, target = Path(archive), resolve(target)
    _refuse_existing(target)
    header, sealed = read_header(archive)
    passphrase = source(keystore.Request(archive, "unlock")) if source else None
    if passphrase is None:
        raise keystore.PassphraseNeeded(msg(
            "Give the passphrase the database had when {path} was made (the {env} environment "
            "variable, --passphrase-fd N, or type it when asked).", path=str(archive),
            env=keystore.ENV_NAME))
    keys = crypto.open_with_passphrase(sealed, passphrase, archive)
    manifest = check(archive, keys)
    if not manifest or manifest[0][0] != "database":
        raise _damaged(archive, "no database in it")
    staging = target.with_name(f".{target.name}.restoring")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        _extract(archive, manifest, staging, keys)
        _check_database(archive, staging / "database", keys)
        _leave_hq(staging / "database", keys)
        files = staging / "files"
        if files.is_dir():
            os.replace(files, target.with_name(target.name + ".files"))
        (staging / "key").write_text(sealed.to_json(), encoding="utf-8")
        os.replace(staging / "key", crypto.key_path(target))
        os.replace(staging / "database", target)
        crypto.sync_folder(target.parent)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    keystore.forget(target)
    return Restored(target, len(manifest) - 1, str(header.get("made_at", "")))


def _extract(archive: Path, manifest, staging: Path, keys) -> None:
    with open(archive, "rb") as fh:
        fh.seek(_body_start(archive))
        for name, size, sha in manifest:
            if name == "database":
                out = staging / "database"
            elif name.startswith("files/") and len(name) == 70 and name[6:].isalnum():
                out = staging / "files" / name[6:8] / name[6:]
                out.parent.mkdir(parents=True, exist_ok=True)
            else:
                raise _damaged(archive, f"an entry named {name[:40]!r}")
            digest, left = hashlib.sha256(), size
            with open(out, "wb") as dest:
                while left:
                    block = fh.read(min(CHUNK, left))
                    if not block:
                        raise _damaged(archive, "it ends too early")
                    digest.update(block)
                    dest.write(block)
                    left -= len(block)
                dest.flush()
                os.fsync(dest.fileno())
            if digest.hexdigest() != sha:
                raise _damaged(archive, f"{name[:20]} changed")
            if name != "database":
                try:
                    data = crypto.unseal(keys.files, out.read_bytes(), out.name)
                except ValueError:
                    raise _damaged(archive, f"{name[:20]} cannot be opened") from None
                if hashlib.sha256(data).hexdigest() != out.name:
                    raise _damaged(archive, f"{name[:20]} does not match its hash")


# The enrollment of the day of the backup: HQ has applied this device's changes numbered after
# it, and would refuse the same numbers for other changes. The restored database enrolls again
# (a new code from HQ): its changes not yet sent then go as a new device's, and HQ sends the
# office's records back, newer ones included.
FORGET_ON_RESTORE = ("sync.token", "sync.device", "sync.cursor", "sync.enroll_nonce",
                     "sync.last_check")


def _leave_hq(path: Path, keys) -> None:
    con = raw_connect(str(path), keys, isolation_level=None)
    try:
        con.execute(f"DELETE FROM setting WHERE key IN ({','.join('?' * len(FORGET_ON_RESTORE))})",
                    FORGET_ON_RESTORE)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def _check_database(archive: Path, path: Path, keys) -> None:
    try:
        con = raw_connect(str(path), keys)
        try:
            found = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except SQL_ERRORS as exc:
        found = str(exc)
    if found != "ok":
        raise _damaged(archive, f"its database: {found[:60]}")
