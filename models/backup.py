"""Backups of an encrypted database: one file with the database, its key file and its
attachments, authenticated as a whole; written on request, before every migration and once a day
(kept in `<name>.backups/`, the newest KEEP), and restored into a new file.

The archive, in order:
- MAGIC, then the header (length-prefixed JSON, readable): format, when, schema, and the key file
  as it was (the data key wrapped by the passphrase and by the recovery key of that day);
- the manifest, sealed with the database's backup key: each entry's name, size and SHA-256;
- the entries: a snapshot of the database (`VACUUM INTO`: consistent while others write, and
  encrypted with the same key, since SQLCipher writes it with the database's key) and every
  attachment as stored (sealed); nothing in them is readable without the key;
- an HMAC-SHA256 of everything before it, with a key derived from the backup key.
Writing checks each part as it goes (the snapshot's quick_check, each attachment opened against
its hash) and reads the written file back before it takes its name. Restoring asks the
passphrase of the backup's day, checks the HMAC before writing anything, checks every entry again,
and puts the restored files in place last: a damaged backup is refused and nothing is changed.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import struct
from dataclasses import dataclass
from pathlib import Path

from . import crypto, keystore
from .crypto import Keys
from .db import close_database, database, database_path, raw_connect, resolve
from .errors import DatabaseError, DomainError
from .files import files_dir, read_verified
from .messages import msg

MAGIC = b"PDBACKUP\x01\n"
KEEP = 5  # automatic backups kept beside the database
DAY = dt.timedelta(hours=24)
CHUNK = 1 << 20
MAX_HEADER = 1 << 20
SUFFIX = ".pdbackup"


@dataclass(frozen=True)
class Done:
    path: Path
    size: int
    files: int
    made_at: str


class _Mac:
    """Everything written (or read) goes through here, so the HMAC covers it all."""

    def __init__(self, fh, key: bytes):
        self.fh, self.mac, self.count = fh, hmac.new(key, digestmod=hashlib.sha256), 0

    def write(self, data: bytes) -> None:
        self.fh.write(data)
        self.mac.update(data)
        self.count += len(data)

    def read(self, size: int) -> bytes:
        data = self.fh.read(size)
        if len(data) != size:
            raise ValueError("the file ends too early")
        self.mac.update(data)
        self.count += size
        return data


def _mac_key(keys: Keys) -> bytes:
    return hmac.new(keys.backup, b"mac", hashlib.sha256).digest()


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _keys_of_open() -> tuple[Path, Keys]:
    path = database_path()
    if path is None:
        raise DomainError("No database is open to back up.")
    keys = keystore.cached(resolve(path))
    if keys is None:
        raise DomainError(msg("{path} is the demo, which is not encrypted and holds made-up "
                              "records only: it is not backed up.", path=str(path)))
    return resolve(path), keys


def _snapshot(path: Path, keys: Keys, target: Path) -> None:
    """A consistent copy of the open database, encrypted with its key, checked."""
    target.unlink(missing_ok=True)
    database.execute_sql("VACUUM INTO ?", (str(target),))
    con = raw_connect(str(target), keys)
    try:
        found = con.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        con.close()
    if found != "ok":
        raise DatabaseError(msg("{path} is damaged ({problem}); no backup was written. Restore "
                                "the last good backup.", path=str(path), problem=found))


def write(out: Path) -> Done:
    """Back up the open (encrypted) database into `out`, verified; replaces `out` only when the
    new backup is complete and sound."""
    path, keys = _keys_of_open()
    out = Path(out)
    snap, tmp = out.with_name(f".{out.name}.db"), out.with_name(f".{out.name}.part")
    try:
        _snapshot(path, keys, snap)
        entries = [("database", snap)]
        folder = files_dir(path)
        for item in sorted(folder.glob("*/*")) if folder.is_dir() else []:
            if len(item.name) == 64 and item.is_file():
                read_verified(item.name, path)  # a damaged attachment is named now, not later
                entries.append((f"files/{item.name}", item))
        manifest = [(name, source.stat().st_size, _sha(source)) for name, source in entries]
        header = json.dumps({"format": 1, "made_at": _now(), "schema": _user_version(),
                             "key_file": crypto.read_key_file(path).to_json()}).encode()
        with open(tmp, "wb") as fh:
            out_mac = _Mac(fh, _mac_key(keys))
            out_mac.write(MAGIC + struct.pack(">I", len(header)) + header)
            sealed = crypto.seal(keys.backup, json.dumps(manifest).encode(), "manifest")
            out_mac.write(struct.pack(">I", len(sealed)) + sealed)
            for _name, source in entries:
                with open(source, "rb") as src:
                    while block := src.read(CHUNK):
                        out_mac.write(block)
            fh.write(out_mac.mac.digest())
            fh.flush()
            os.fsync(fh.fileno())
        check(tmp, keys)
        os.replace(tmp, out)
        crypto.sync_folder(out.parent)
    except OSError as exc:
        raise DomainError(msg("Could not write the backup {out}: {problem}; nothing was "
                              "written.", out=str(out), problem=exc.strerror or str(exc))) from exc
    finally:
        snap.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)
    return Done(out, out.stat().st_size, len(entries) - 1, json.loads(header)["made_at"])


def _user_version() -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _damaged(path: Path, why: str) -> DomainError:
    return DomainError(msg("{path} is damaged or not a PartnerDesk backup ({problem}); it cannot "
                           "be restored. Nothing was changed.", path=str(path), problem=why))


def read_header(path: Path) -> tuple[dict, crypto.KeyFile]:
    try:
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise ValueError("it does not start like one")
            (size,) = struct.unpack(">I", fh.read(4))
            if size > MAX_HEADER:
                raise ValueError("its header is too large")
            header = json.loads(fh.read(size))
            return header, crypto.KeyFile.from_json(header["key_file"])
    except FileNotFoundError:
        raise DomainError(msg("No backup at {path}.", path=str(path))) from None
    except IsADirectoryError:
        raise DomainError(msg("{path} is a folder, not a backup file.", path=str(path))) from None
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError) as exc:
        raise _damaged(path, str(exc)[:80]) from None


def check(path: Path, keys: Keys) -> list[tuple[str, int, str]]:
    """Read the whole archive and check its HMAC; its manifest. Raises DomainError if damaged."""
    try:
        total = path.stat().st_size
        with open(path, "rb") as fh:
            reader = _Mac(fh, _mac_key(keys))
            reader.read(len(MAGIC))
            (size,) = struct.unpack(">I", reader.read(4))
            if size > MAX_HEADER:
                raise ValueError("its header is too large")
            reader.read(size)
            (size,) = struct.unpack(">I", reader.read(4))
            if size > MAX_HEADER * 64:
                raise ValueError("its manifest is too large")
            manifest = json.loads(crypto.unseal(keys.backup, reader.read(size), "manifest"))
            body = sum(int(entry[1]) for entry in manifest)
            if reader.count + body + 32 != total:
                raise ValueError("its length is not what its manifest says")
            left = body
            while left:
                left -= len(reader.read(min(CHUNK, left)))
            if not hmac.compare_digest(fh.read(32), reader.mac.digest()):
                raise ValueError("its content was altered")
            return [(str(n), int(s), str(h)) for n, s, h in manifest]
    except (ValueError, KeyError, TypeError, struct.error) as exc:
        raise _damaged(path, str(exc)[:80]) from None


def _body_start(path: Path) -> int:
    with open(path, "rb") as fh:
        fh.seek(len(MAGIC))
        (size,) = struct.unpack(">I", fh.read(4))
        fh.seek(size, 1)
        (size,) = struct.unpack(">I", fh.read(4))
        return fh.tell() + size


def folder_of(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


def automatic(path: Path, reason: str) -> Path | None:
    """An automatic backup of the open database into `<name>.backups/` (the newest KEEP are
    kept); None for the demo, which is not backed up."""
    path = resolve(path)
    if keystore.cached(path) is None:
        return None
    folder = folder_of(path)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    done = write(folder / f"{stamp}-{reason}{SUFFIX}")
    for old in sorted(folder.glob(f"*{SUFFIX}"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return done.path


def newest(path: Path) -> dt.datetime | None:
    """When the newest automatic backup of `path` was made (from its name), or None."""
    names = sorted(p.name for p in folder_of(resolve(path)).glob(f"*{SUFFIX}"))
    if not names:
        return None
    try:
        return dt.datetime.strptime(names[-1][:16], "%Y%m%dT%H%M%SZ").replace(
            tzinfo=dt.timezone.utc)
    except ValueError:
        return None


def daily_if_due(now: dt.datetime | None = None) -> Path | None:
    """Once a day: a backup of the open database if the newest is a day old (a background job
    of the window: so a damaged disk loses at most a day of work not yet synced)."""
    path = database_path()
    if path is None:
        return None
    last, now = newest(path), now or dt.datetime.now(dt.timezone.utc)
    if last is not None and now - last < DAY:
        return None
    return automatic(path, "daily")
