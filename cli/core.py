"""Core commands: run the application, demo, list partners|partnerships, shot, check."""
from __future__ import annotations

import sys
from pathlib import Path

from models import checks, demo, listing
from models.db import read_user_version
from models.directory import partners, partnerships
from models.errors import DomainError

from .common import add_db, db_path, default_db_path, open_existing, open_for_command, print_rows


def run_app(args) -> int:
    from ui.app import run
    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    return run(path, lang=getattr(args, "lang", None))


def run_demo(args) -> int:
    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        read_user_version(path)  # a damaged or foreign file gets its own clear message
        raise DomainError(f"{path} already exists; demo data goes into a new file. Choose "
                          "another --db path or remove the file.")
    if args.partnerships < 0:
        raise DomainError("--partnerships must be 0 or more.")
    open_for_command(path, create=True)
    demo.build(partnerships=args.partnerships, seed=args.seed)
    print(f"Demo database written to {path} ({args.partnerships} partnerships).")
    return 0


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
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print("Database is sound: integrity check and domain rules pass.")
    return 0


def run_shot(args) -> int:
    from ui.shot import shot
    open_existing(args)
    size = args.size.lower().split("x")
    if len(size) != 2 or not all(s.isdigit() for s in size):
        raise DomainError(f"--size must be WIDTHxHEIGHT in pixels, e.g. 1280x800, not {args.size}.")
    options = {"ref": args.ref, "office": args.office, "year": args.year}
    shot(db_path(args), args.view, Path(args.out), (int(size[0]), int(size[1])), options,
         lang=getattr(args, "lang", None))
    print(f"Wrote {args.out}")
    return 0


def register(commands, printers, listers) -> None:
    p = commands.add_parser("demo", help="write a demo database")
    add_db(p)
    p.add_argument("--partnerships", type=int, default=400, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(func=run_demo)

    for name, spec in (("partners", partners.LIST), ("partnerships", partnerships.LIST)):
        p = listers.add_parser(name, help=f"list {name}")
        add_db(p)
        p.add_argument("--search", help="words to look for (prefixes match)")
        p.add_argument("--limit", type=int, default=1000)
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=_run_list(spec))

    p = commands.add_parser("check", help="check the database's integrity and domain rules")
    add_db(p)
    p.set_defaults(func=run_check)

    p = commands.add_parser("shot", help="render a view to PNG without a screen")
    add_db(p)
    p.add_argument("--view", required=True, help="dashboard, partners, partnerships, ...")
    p.add_argument("--out", required=True, metavar="FILE.png")
    p.add_argument("--size", default="1280x800", metavar="WxH")
    p.add_argument("--ref", help="record reference, for views of one record")
    p.add_argument("--office", help="office code, for views of one office")
    p.add_argument("--year", type=int, help="year, for views of one year")
    p.add_argument("--lang", default="en", help="interface language: en, fr, es or ar")
    p.set_defaults(func=run_shot)
