"""Where the companions of a database file live, beside it: its key file, its attachments, its
automatic backups. One definition, so that moving, copying or removing a database (demo, restore,
conversion) takes everything that belongs to it."""
from __future__ import annotations

from pathlib import Path


def beside(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


def key_path(db_path: Path) -> Path:
    """The key file of an encrypted database (models/crypto.py)."""
    return beside(db_path, ".key")


def files_of(db_path: Path) -> Path:
    """The attachments' folder (models/files.py)."""
    return beside(db_path, ".files")


def backups_of(db_path: Path) -> Path:
    """The automatic backups' folder (models/backup.py)."""
    return beside(db_path, ".backups")
