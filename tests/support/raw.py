"""What `sqlite3.connect(path)` was for a test before encryption: a raw connection to a
PartnerDesk database as it is on disk (no pragmas, no checks), keyed when it is encrypted."""
from __future__ import annotations

from pathlib import Path

from models import crypto, keystore
from models.db import raw_connect as _raw


def raw_connect(path, **kwargs):
    path = Path(path).resolve()
    keys = keystore.unlock(path) if crypto.key_path(path).exists() else None
    return _raw(str(path), keys, **kwargs)


def copy_database(source, target) -> None:
    """A copy of a database with what belongs to it: its key file and its attachments."""
    import shutil
    source, target = Path(source), Path(target)
    shutil.copy2(source, target)
    if crypto.key_path(source).exists():
        shutil.copy2(crypto.key_path(source), crypto.key_path(target))
    files = source.with_name(source.name + ".files")
    if files.exists():
        shutil.copytree(files, target.with_name(target.name + ".files"))
