"""Helpers shared by the command modules: opening the database, printing rows."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import platformdirs

from models import demo
from models.db import open_database
from models.directory import settings
from models.errors import DomainError


def default_db_path() -> Path:
    folder = Path(platformdirs.user_data_dir("PartnerDesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / demo.OFFICE_FILE


def add_db(parser) -> None:
    """--db on a sub-command; it may also stand before the command (`main.py --db F list ...`)."""
    parser.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH", help="database file")


def db_path(args) -> Path:
    if not getattr(args, "db", None):
        raise DomainError("Say which database to use with --db PATH.")
    return Path(args.db)


def open_for_command(path: Path, *, create: bool = False) -> Path:
    """Open the database a command works on and act as its user (changes are stamped with the
    user's name, as in the window)."""
    open_database(path, create=create)
    settings.act_as_local_user()
    return path


def open_existing(args) -> Path:
    """Open the database of --db, which must exist; DatabaseError (one line) if unusable."""
    return open_for_command(db_path(args))


def print_rows(headers: list[str], rows: list[tuple], as_json: bool) -> None:
    if as_json:
        print(json.dumps([dict(zip(headers, r)) for r in rows], ensure_ascii=False, indent=1,
                         default=str))
        return
    widths = [max([len(h)] + [len(str(r[i] if r[i] is not None else "")) for r in rows])
              for i, h in enumerate(headers)]
    widths = [min(w, 48) for w in widths]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    for row in rows:
        print("  ".join(str(v if v is not None else "")[:w].ljust(w) for v, w in zip(row, widths)))
