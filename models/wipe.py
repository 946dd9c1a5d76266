"""Removing a database from this computer for good, with everything that belongs to it: what a
device revoked by HQ does at its next contact (a laptop lost or seized).

Each file is overwritten with random bytes before it is removed (models/encrypt.shred: on an SSD
or a copy-on-write file system the old blocks may survive, but they were encrypted, and the key
file that could open them is shredded first). What goes: the key file, the database and its
journal files, the attachments, the automatic backups, the migration copies, and the keys held
by this process. The caller closes its connections first.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from . import keystore
from .encrypt import FAMILY, _glob_escape, shred
from .paths import backups_of, beside, files_of, key_path


def _shred_tree(folder: Path) -> None:
    for item in folder.rglob("*"):
        if item.is_file() and not item.is_symlink():
            _shred(item)
    shutil.rmtree(folder, ignore_errors=True)


def _shred(item: Path) -> None:
    try:
        shred(item)
    except OSError:  # overwritten but still open elsewhere (Windows): the window removes it later
        pass


def erase(db_path) -> list[str]:
    """Shred the database at `db_path` and its companions; the names of what was removed. Never
    raises for a file it cannot remove: what is left was overwritten, and erasing again (once
    the last connection is closed) removes it."""
    path = Path(db_path).expanduser().resolve()
    keystore.forget(path)
    gone = []
    for item in [key_path(path)] + [beside(path, s) for s in FAMILY] + \
            sorted(path.parent.glob(f"{_glob_escape(path.name)}.v*.bak*")):
        if item.exists():
            _shred(item)
            gone.append(item.name)
    for folder in (files_of(path), backups_of(path)):
        if folder.is_dir():
            _shred_tree(folder)
            gone.append(folder.name)
    return gone
