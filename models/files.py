"""Where attached files live: `<database>.files/ab/<sha256>`, one file per content.

The one definition of the layout: agreements keep their attachments here, the self-assessment
its evidence, and sync sends and fetches files by hash from here. A file is written once, under
its SHA-256, whatever it was called; rows elsewhere say what it is for and what it was called.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .db import database_path
from .errors import DomainError
from .messages import msg

MAX_BYTES = 200 * 1024 * 1024


def files_dir(db_path: str | os.PathLike | None = None) -> Path:
    """The folder of the files of the database at `db_path` (default: the open database)."""
    # resolved like open_database resolves it, so a symlinked or relative path finds the same folder
    path = Path(db_path).expanduser().resolve() if db_path is not None else database_path()
    if path is None:
        raise DomainError(msg("No database is open, so attachments have nowhere to go."))
    return path.with_name(path.name + ".files")


def path_of(sha256: str, db_path: str | os.PathLike | None = None) -> Path:
    """Where the file with this SHA-256 is (or would be) kept."""
    return files_dir(db_path) / sha256[:2] / sha256


def store_bytes(data: bytes, db_path: str | os.PathLike | None = None) -> str:
    """Keep `data` in the file store (atomically, once) and return its SHA-256."""
    if len(data) > MAX_BYTES:
        raise DomainError(msg("The file is larger than 200 MB; scan it at a lower resolution."))
    digest = hashlib.sha256(data).hexdigest()
    target = path_of(digest, db_path)
    if target.exists() and target.stat().st_size == len(data):
        return digest
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return digest
