"""Helpers shared by the command modules: opening the database, checked arguments, output files,
printing rows."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import platformdirs

from models import demo
from models.db import open_database
from models.directory import settings
from models.errors import DomainError

from . import secret_input
from .signin import act_as_environment_user

# Longest text argument: far above any reference, name or search, far below what makes SQLite
# refuse a LIKE pattern (50,000 bytes) or a message unreadable.
MAX_TEXT = 4096
# Dates a command may be asked to act on (--today): alert and cycle arithmetic stays in range.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def default_db_path() -> Path:
    folder = Path(platformdirs.user_data_dir("PartnerDesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / demo.OFFICE_FILE


def add_db(parser) -> None:
    """--db on a sub-command; it may also stand before the command (`main.py --db F list ...`);
    so may --passphrase-fd (cli/secret_input.py)."""
    parser.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH", help="database file")
    add_passphrase_fd(parser)


def add_passphrase_fd(parser, suppress: bool = True) -> None:
    """--passphrase-fd on the main parser and, like --db, on each command that opens one."""
    kwargs = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--passphrase-fd", type=whole(0, 65535), metavar="N",
                        help=secret_input.HELP, **kwargs)


def db_path(args) -> Path:
    if not getattr(args, "db", None):
        raise DomainError("Say which database to use with --db PATH.")
    return Path(args.db)


def open_for_command(path: Path, *, create: bool = False, plain: bool = False) -> Path:
    """Open the database a command works on and act as its user (changes are stamped with the
    user's name, as in the window): the laptop's own, or the office user the environment names.
    `plain`: a new database stays unencrypted (the demo)."""
    open_database(path, create=create, plain=plain)
    settings.act_as_local_user()
    act_as_environment_user()  # another user of the office, PIN checked (cli/signin.py)
    return path


def open_existing(args) -> Path:
    """Open the database of --db, which must exist; DatabaseError (one line) if unusable."""
    return open_for_command(db_path(args))


def whole(low: int, high: int):
    """argparse type: a whole number from `low` to `high`; argparse reports anything else."""
    def parse(text: str) -> int:
        if not re.fullmatch(r"-?[0-9]{1,30}", text.strip()):
            raise argparse.ArgumentTypeError(f"invalid int value {text[:40]!r}: a whole "
                                             "number is needed")
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text[:40]} is out of range ({low} to {high:,})")
        return value
    return parse


def add_limit(parser, default: int) -> None:
    parser.add_argument("--limit", type=whole(0, 1_000_000), default=default,
                        help=f"at most this many rows (default {default})")


def day(text: str | None) -> dt.date | None:
    """--today: a date written YYYY-MM-DD within the years the rules can count in, or None."""
    if not text:
        return None
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"--today must be a date written YYYY-MM-DD, not {text[:40]}.") from None
    if not FIRST_DAY <= value <= LAST_DAY:
        raise DomainError(f"--today {text} is out of range: give a date from {FIRST_DAY} to "
                          f"{LAST_DAY}.")
    return value


def count(n: int, one: str, many: str) -> str:
    """"1 change", "3 changes": a count with the English form it takes (never "change(s)")."""
    return f"{n:,} {one if n == 1 else many}"


def pixels(text: str) -> tuple[int, int]:
    """argparse type: WIDTHxHEIGHT in pixels, each side 100 to 4000 (a window, not a poster)."""
    found = re.fullmatch(r"([0-9]{1,6})[xX]([0-9]{1,6})", text.strip())
    if not found:
        raise argparse.ArgumentTypeError(f"WIDTHxHEIGHT in pixels is needed, e.g. 1280x800, not "
                                         f"{text[:40]!r}")
    size = (int(found[1]), int(found[2]))
    if not all(100 <= side <= 4000 for side in size):
        raise argparse.ArgumentTypeError(f"{text} is out of range (each side 100 to 4000 pixels)")
    return size


def check_text(args) -> None:
    """Every text argument is valid UTF-8 (argv may carry any bytes) and of sane length."""
    for key, value in vars(args).items():
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            name = f"--{key.replace('_', '-')}" if key != "ref" else "REF"
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise DomainError(f"{name} is not valid UTF-8 text; type it again or check the "
                                  "terminal's encoding.") from None
            if len(item) > MAX_TEXT:
                raise DomainError(f"{name} is too long ({len(item):,} characters; at most "
                                  f"{MAX_TEXT:,}).")


@contextmanager
def output(text: str) -> Iterator[Path]:
    """A temporary file beside --out to write to, moved into place only once it is complete.

    A folder, a missing folder or a device (/dev/full) is refused before any work; a failed write
    (disk full, permission) becomes one line and leaves neither a partial file nor the temporary
    one."""
    out = Path(text)
    if out.is_dir():
        raise DomainError(f"--out {out} is a folder; give a file name in it, e.g. "
                          f"{out / ('document' + (out.suffix or '.pdf'))}.")
    if not out.parent.is_dir():
        raise DomainError(f"The folder {out.parent} does not exist; create it or choose another "
                          "--out path.")
    if out.exists() and not out.is_file():
        raise DomainError(f"--out {out} is not a regular file (a device or a pipe); give a file "
                          "name.")
    try:
        fd, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem[:40]}-",
                                    suffix=out.suffix)
        os.close(fd)
    except OSError as exc:
        raise DomainError(f"Cannot write in the folder {out.parent}: {exc.strerror}.") from exc
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as exc:
        raise DomainError(f"Could not write {out}: {exc.strerror or exc}; nothing was "
                          "written.") from exc
    finally:
        if tmp.exists():
            tmp.unlink()


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
