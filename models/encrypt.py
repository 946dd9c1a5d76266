"""Encrypting a database made before encryption, in place, and its attachments; removing the
unencrypted copies as well as a program can.

`convert(path)` runs the first time such a database is opened (models/db.py), once a passphrase
has been chosen:
1. the plain file is moved aside with its -wal and -shm (SQLite pairs them by name) to
   `<name>.unencrypted`: the backup while converting;
2. SQLCipher's `sqlcipher_export` copies every table, index, trigger and search table into
   `<name>.encrypting`, keyed; user_version and application_id are copied by hand (export leaves
   them out); every table's row count is compared;
3. the encrypted copy takes the database's name; the backup and the `.v<N>.bak` migration copies
   (plain, with the HQ token in them) are overwritten and removed (`shred`).
A crash anywhere leaves either the plain database (moved back at the next open, which converts it
again) or the encrypted one (the backup is then removed): `finish_interrupted`.

Attachments are sealed one by one (`seal_files`), each written beside the plain one first, so a
crash loses none; the setting FILES_SEALED says when all are done.

What "overwritten and removed" can and cannot mean: the bytes are overwritten in place and synced
before the file is unlinked, which defeats undelete tools on a spinning disk with ext4 or NTFS in
their default modes. On an SSD the controller writes the new bytes elsewhere and the old blocks
survive until it erases them (TRIM helps, nothing guarantees); copy-on-write and journalled-data
file systems (btrfs, ZFS, APFS, ext4 data=journal), snapshots, and any backup taken before the
upgrade keep old copies too. Full-disk encryption (BitLocker, FileVault, LUKS) is what protects
those; PartnerDesk's own encryption protects everything written from now on.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from . import crypto, keystore
from .connection import BUSY_SECONDS, SQL_ERRORS, raw_connect, sqlite_code
from .crypto import Keys
from .errors import DatabaseError
from .messages import msg

FAMILY = ("", "-wal", "-shm", "-journal")


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def shred(path: Path) -> None:
    """Overwrite `path` with random bytes, sync, and remove it (see the module docstring for what
    this can and cannot achieve)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as fh:
            done = 0
            while done < size:
                step = min(1 << 20, size - done)
                fh.write(os.urandom(step))
                done += step
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass  # cannot overwrite (read-only medium): removing it is still better than keeping it
    path.unlink(missing_ok=True)


def _move_family(source: Path, target: Path) -> None:
    for suffix in FAMILY:
        if _beside(source, suffix).exists():
            os.replace(_beside(source, suffix), _beside(target, suffix))
    crypto.sync_folder(target.parent)


def finish_interrupted(path: Path) -> None:
    """Complete what a conversion killed half-way left: the plain database goes back under its
    name (to be converted again), or, when the encrypted one is in place, the plain one goes."""
    backup = _beside(path, ".unencrypted")
    if not backup.exists():
        return
    for suffix in FAMILY:
        _beside(_beside(path, ".encrypting"), suffix).unlink(missing_ok=True)
    if not path.exists():
        _move_family(backup, path)
    elif _is_encrypted(path):
        for suffix in FAMILY:
            shred(_beside(backup, suffix))


def _is_encrypted(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) != b"SQLite format 3\x00" and path.stat().st_size > 0


def _counts(con, schema: str) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0 "
        "AND name NOT LIKE 'sqlite_%'")]
    return {n: con.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _export(source: Path, target: Path, keys: Keys) -> None:
    for suffix in FAMILY:
        _beside(target, suffix).unlink(missing_ok=True)
    con = raw_connect(str(target), keys, isolation_level=None, uri=True)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (f"file:{quote(str(source))}?mode=ro",))
        version = con.execute("PRAGMA plain.user_version").fetchone()[0]
        app = con.execute("PRAGMA plain.application_id").fetchone()[0]
        con.execute("SELECT sqlcipher_export('main', 'plain')")
        con.execute(f"PRAGMA main.user_version = {int(version)}")
        con.execute(f"PRAGMA main.application_id = {int(app)}")
        before = _counts(con, "plain")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    check = raw_connect(str(target), keys)
    try:
        after = _counts(check, "main")
        sound = check.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        check.close()
    if after != before or sound != "ok":
        lost = sorted(n for n in before if before[n] != after.get(n))
        raise DatabaseError(msg("Encrypting {path} did not copy every row ({tables}); the "
                                "database was left as it was.", path=str(source),
                                tables=", ".join(lost) or sound))
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _take_alone(path: Path) -> None:
    """Leave WAL mode (which folds the -wal into the file): SQLite allows it only to a connection
    that has the database to itself, so this also says that no other PartnerDesk has it open,
    whose writes would go to the moved file and be lost."""
    try:
        con = raw_connect(str(path), None, isolation_level=None, timeout=BUSY_SECONDS)
        try:
            mode = con.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            con.close()
    except SQL_ERRORS as exc:
        if sqlite_code(exc) not in (5, 6):  # not SQLITE_BUSY/LOCKED: models.db.explain says
            raise
        mode = None
    if mode != "delete":
        raise DatabaseError(msg("{path} is open in another PartnerDesk: close it there, then "
                                "open it again here to encrypt it. Nothing was changed.",
                                path=str(path)))


def convert(path: Path) -> Keys:
    """Encrypt the plain database at `path` in place (see the module docstring); the keys."""
    _take_alone(path)
    keys = keystore.create(path, purpose="convert")
    backup, target = _beside(path, ".unencrypted"), _beside(path, ".encrypting")
    _move_family(path, backup)
    try:
        _export(backup, target, keys)
    except BaseException:
        for suffix in FAMILY:
            _beside(target, suffix).unlink(missing_ok=True)
        _move_family(backup, path)
        raise
    os.replace(target, path)
    crypto.sync_folder(path.parent)
    for suffix in FAMILY:
        shred(_beside(backup, suffix))
    for old in path.parent.glob(f"{_glob_escape(path.name)}.v*.bak*"):
        shred(old)  # migration copies from before: plain, with the HQ token in them
    return keys


def _glob_escape(name: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)


def seal_files(folder: Path, keys: Keys) -> int:
    """Encrypt every attachment in the file store `folder` not encrypted yet (and finish one a
    crash left half done); returns how many were sealed."""
    sealed = 0
    if not folder.is_dir():
        return 0
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        for item in sorted(sub.iterdir()):
            name = item.name
            if name.endswith(".sealing") or name.startswith(".part-"):
                item.unlink(missing_ok=True)
            elif name.endswith(".plain"):
                base = item.with_name(name[:-len(".plain")])
                if base.exists():
                    shred(item)
                else:
                    os.replace(item, base)
                    sealed += _seal_one(base, keys)
            elif len(name) == 64:
                sealed += _seal_one(item, keys)
    return sealed


def _seal_one(item: Path, keys: Keys) -> int:
    data = item.read_bytes()
    if data[:len(crypto.SEALED)] == crypto.SEALED:
        try:
            crypto.unseal(keys.files, data, item.name)
            return 0
        except ValueError:
            pass  # a plain file that happens to start like a sealed one
    sealing = _beside(item, ".sealing")
    with open(sealing, "wb") as fh:
        fh.write(crypto.seal(keys.files, data, item.name))
        fh.flush()
        os.fsync(fh.fileno())
    plain = _beside(item, ".plain")
    os.replace(item, plain)
    os.replace(sealing, item)
    shred(plain)
    return 1
