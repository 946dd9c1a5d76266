"""Core commands: run the application, demo, list partners|partnerships, shot, check."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from models import checks, demo, listing
from models.db import close_database, inspect_file, resolve
from models.directory import partners, partnerships
from models.errors import DomainError

from .common import (add_db, add_limit, count, db_path, default_db_path, open_existing,
                     open_for_command, output, pixels, print_rows, whole)

# Demo databases up to twice the size the performance targets are measured at (DESIGN.md).
MAX_DEMO_PARTNERSHIPS = 200_000


def run_app(args) -> int:
    from ui.app import run
    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    return run(path, lang=getattr(args, "lang", None))


def run_demo(args) -> int:
    """Build the demo into `<name>.partial` and rename it when complete: a killed demo leaves
    no half-built database under the real name (which demo would then refuse)."""
    path = resolve(db_path(args))
    if path.exists() and (not path.is_file() or path.stat().st_size > 0):
        inspect_file(path, create=True)  # a foreign, damaged or newer file gets its own message
        raise DomainError(f"{path} already exists; demo data goes into a new file. Choose "
                          "another --db path or remove the file.")
    files = path.with_name(path.name + ".files")
    if files.exists():
        raise DomainError(f"{files} already exists (attachments of an earlier database); move "
                          "it away or choose another --db path.")
    partial = path.with_name(path.name + ".partial")
    _remove_database(partial)  # left by a demo that was killed
    try:
        open_for_command(partial, create=True, plain=True)  # made-up records: not encrypted
        demo.build(partnerships=args.partnerships, seed=args.seed)
        close_database()  # checkpoints the WAL into the file before it is renamed
        if partial.with_name(partial.name + ".files").exists():
            os.replace(partial.with_name(partial.name + ".files"), files)
        os.replace(partial, path)
    except BaseException:
        close_database()
        _remove_database(partial)
        raise
    print(f"Demo database written to {path} ({args.partnerships} partnerships).")
    return 0


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    shutil.rmtree(path.with_name(path.name + ".files"), ignore_errors=True)


def _run_list(spec: listing.ListSpec):
    def run(args) -> int:
        open_existing(args)
        rows = listing.fetch(spec, search=args.search, limit=args.limit)
        headers = ["id"] + [c.key for c in spec.columns]
        print_rows(headers if args.json else headers[1:],
                   rows if args.json else [r[1:] for r in rows], args.json)
        return 0
    return run


def run_check(args) -> int:
    open_existing(args)
    problems = checks.run()
    for problem in problems:
        print(problem)
    if problems:
        print(count(len(problems), "problem", "problems") + " found.", file=sys.stderr)
        return 1
    print("Database is sound: integrity check and domain rules pass.")
    return 0


def run_shot(args) -> int:
    from ui.shot import shot
    open_existing(args)
    options = {"ref": args.ref, "office": args.office, "year": args.year}
    with output(args.out) as out:
        shot(db_path(args), args.view, out, args.size, options, lang=getattr(args, "lang", None))
    print(f"Wrote {args.out}")
    return 0


def register(commands, printers, listers) -> None:
    p = commands.add_parser("demo", help="write a demo database")
    add_db(p)
    p.add_argument("--partnerships", type=whole(0, MAX_DEMO_PARTNERSHIPS), default=400,
                   metavar="N", help=f"how many (0 to {MAX_DEMO_PARTNERSHIPS:,}; default 400)")
    p.add_argument("--seed", type=whole(0, 2**63 - 1), default=1, metavar="S")
    p.set_defaults(func=run_demo)

    for name, spec in (("partners", partners.LIST), ("partnerships", partnerships.LIST)):
        p = listers.add_parser(name, help=f"list {name}")
        add_db(p)
        p.add_argument("--search", help="words to look for (prefixes match)")
        add_limit(p, 1000)
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=_run_list(spec))

    p = commands.add_parser("check", help="check the database's integrity and domain rules")
    add_db(p)
    p.set_defaults(func=run_check)

    p = commands.add_parser("shot", help="render a view to PNG without a screen")
    add_db(p)
    p.add_argument("--view", required=True, help="dashboard, partners, partnerships, ...")
    p.add_argument("--out", required=True, metavar="FILE.png")
    p.add_argument("--size", type=pixels, default=(1280, 800), metavar="WxH",
                   help="window size in pixels (default 1280x800)")
    p.add_argument("--ref", help="record reference, for views of one record")
    p.add_argument("--office", help="office code, for views of one office")
    p.add_argument("--year", type=whole(1900, 2999), help="year, for views of one year")
    p.add_argument("--lang", default="en", help="interface language: en, fr, es or ar")
    p.set_defaults(func=run_shot)
