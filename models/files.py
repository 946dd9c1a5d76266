"""Where attached files live: `<database>.files/ab/<sha256>`, one file per content, encrypted.

The one definition of the layout: agreements keep their attachments here, the self-assessment
its evidence, and sync sends and fetches files by hash from here. A file is written once, under
its SHA-256, whatever it was called; rows elsewhere say what it is for and what it was called.

Each file is sealed (models/crypto.py: AES-256-GCM with the database's files key, bound to its
name) when its database is encrypted; the name stays the SHA-256 of the plain content, so
sync and deduplication work as before, and HQ receives the plain content over its link and
verifies the hash. The demo's files stay plain, like the demo itself. Reading checks the hash
after opening, so a file altered on disk is reported, never used.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from . import crypto, keystore
from .db import database_path
from .errors import DomainError, NotFound
from .messages import msg
from .paths import files_of

MAX_BYTES = 200 * 1024 * 1024


def files_dir(db_path: str | os.PathLike | None = None) -> Path:
    """The folder of the files of the database at `db_path` (default: the open database)."""
    # resolved like open_database resolves it, so a symlinked or relative path finds the same folder
    path = Path(db_path).expanduser().resolve() if db_path is not None else database_path()
    if path is None:
        raise DomainError(msg("No database is open, so attachments have nowhere to go."))
    return files_of(path)


def path_of(sha256: str, db_path: str | os.PathLike | None = None) -> Path:
    """Where the file with this SHA-256 is (or would be) kept."""
    return files_dir(db_path) / sha256[:2] / sha256


def store_bytes(data: bytes, db_path: str | os.PathLike | None = None) -> str:
    """Keep `data` in the file store (atomically, once) and return its SHA-256."""
    if len(data) > MAX_BYTES:
        raise DomainError(msg("The file is larger than 200 MB; scan it at a lower resolution."))
    digest = hashlib.sha256(data).hexdigest()
    target = path_of(digest, db_path)
    keys = keys_of(target)
    if target.exists() and target.stat().st_size == len(data) + (0 if keys is None else
                                                                   crypto.SEALED_EXTRA):
        return digest
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data if keys is None else crypto.seal(keys.files, data, digest))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return digest


def keys_of(file_path: Path):
    """The keys of the database whose file store holds `file_path` (None: a plain database)."""
    db_file = file_path.parent.parent
    db_file = db_file.with_name(db_file.name[:-len(".files")])
    if not crypto.key_path(db_file).exists():
        return None
    return keystore.unlock(db_file)


def read_verified(sha256: str, db_path: str | os.PathLike | None = None) -> bytes:
    """The plain content of the stored file with this SHA-256, checked against it. NotFound when
    it is not on this computer; DomainError when it was altered or damaged."""
    target = path_of(sha256, db_path)
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        raise NotFound(msg("The file of this attachment is not on this computer yet; sync to "
                           "fetch it.")) from None
    data = raw
    if raw[:len(crypto.SEALED)] == crypto.SEALED and (keys := keys_of(target)) is not None:
        try:
            data = crypto.unseal(keys.files, raw, sha256)
        except ValueError:
            data = raw  # a plain file from before encryption that starts like a sealed one
    if hashlib.sha256(data).hexdigest() != sha256:
        raise DomainError(msg("The stored file {file} is damaged (its content changed); attach "
                              "the document again.", file=target.name))
    return data
