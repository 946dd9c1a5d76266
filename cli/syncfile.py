"""Sync by file (issue 13): `sync --export-to FILE`, `sync --import-from ANSWER`, `sync
--file-key KEY` on the device, `hq import FILE --out ANSWER` and `hq file-key` at HQ. Parsers
live with the other sync commands (cli/sync.py); the work in sync/filesync.py and
sync/server/fileimport.py."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from models.db import close_database
from models.errors import DomainError

from .common import count, db_path, open_for_command


def file_mode(args) -> bool:
    """Does this `sync` carry files (or a key) instead of talking to HQ?"""
    return bool(args.export_to or args.import_from or args.file_key)


def run_sync_file(args) -> int:
    from sync import filesync
    if sum(map(bool, (args.export_to, args.import_from, args.file_key))) > 1 or args.server \
            or args.enroll or args.check:
        raise DomainError("Give one of --export-to, --import-from or --file-key, without "
                          "--server, --enroll or --check.")
    path = db_path(args)
    if not path.exists():
        raise DomainError(f"No database at {path}: sync by file works on an enrolled office "
                          "database.")
    open_for_command(path)  # checks and migrates the database like every command
    close_database()
    if args.file_key:
        check = filesync.set_file_key(path, args.file_key)
        print(f"HQ's file key stored; its fingerprint is {check} (compare it with what HQ reads "
              "out).")
        return 0
    if args.export_to:
        done = filesync.export_to(path, Path(args.export_to))
        figures = {"changes": done.ops, "bytes": done.bytes, "cursor": done.cursor}
        text = (f"Wrote {count(done.ops, 'change', 'changes')} for HQ to {args.export_to} "
                f"({done.bytes} bytes). "
                "Bring it to HQ; apply HQ's answer with --import-from.")
    else:
        done = filesync.import_from(path, Path(args.import_from))
        figures = dict(done.as_dict(), more=done.more)
        text = (f"Applied HQ's answer: {count(done.pushed, 'change', 'changes')} acknowledged, "
                f"received "
                f"{done.pulled}, conflicts {done.conflicts}, set aside {done.rejected}.")
        if done.more:
            text += " HQ has more for this office: export again and bring the new file."
    print(json.dumps(figures, indent=1) if args.json else text)
    return 0


def run_hq_import(args) -> int:
    from sync.server import fileimport
    source, out = Path(args.file), Path(args.out)
    if out.resolve() == source.resolve():
        raise DomainError("--out must name another file than the one imported.")
    try:
        if source.stat().st_size > fileimport.MAX_FILE:  # refused before it is read into memory
            raise DomainError(f"{source} is larger than {fileimport.MAX_FILE // 1024 // 1024} MB; "
                              "it is not a PartnerDesk export.")
        data = source.read_bytes()
    except OSError as exc:
        raise DomainError(f"Cannot read {source}: {exc.strerror or exc}.") from None
    answer, done = fileimport.import_file(args.store_of(args), data)
    from sync.filesync import write_file
    write_file(out, answer)
    print(f"Imported the file of device {done.name}: {count(done.pushed, 'change', 'changes')} "
          f"applied or already there, {done.refused} refused; the answer "
          f"({count(done.changes, 'change', 'changes')} for the office) "
          f"is in {out}.")
    if done.more:
        print("HQ has more changes for this office than one answer holds: the next file from "
              "the office gets the rest.", file=sys.stderr)
    return 0


def run_hq_file_key(args) -> int:
    from sync import filecrypt
    from sync.server import fileimport
    key = fileimport.public_key(args.store_of(args))
    print(key)
    print(f"HQ's file key, fingerprint {filecrypt.fingerprint(key)}: an office without a link "
          "enters it with sync --file-key KEY.", file=sys.stderr)
    return 0


def register_hq(sub, add_hq_db, store_of) -> None:
    """`hq import` and `hq file-key`; `store_of(args)` opens the HQ store (cli/sync.py)."""
    p = sub.add_parser("import", help="apply a device's sync file and write the answer file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--out", required=True, metavar="ANSWER", help="where to write the answer")
    add_hq_db(p)
    p.set_defaults(func=run_hq_import, store_of=store_of)
    p = sub.add_parser("file-key", help="print HQ's public key for sync files")
    add_hq_db(p)
    p.set_defaults(func=run_hq_file_key, store_of=store_of)


def add_sync_options(p) -> None:
    p.add_argument("--export-to", metavar="FILE",
                   help="no network: write the changes HQ has not acknowledged to FILE")
    p.add_argument("--import-from", metavar="ANSWER", help="apply HQ's answer file")
    p.add_argument("--file-key", metavar="KEY", help="store HQ's file key (from 'hq file-key')")
