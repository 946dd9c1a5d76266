"""HQ history commands: `hq history REF|ID [--at DATE]` (every accepted version, or the record
as it was at a date) and `hq restore REF|ID --version N|--at DATE` (a new version that syncs)."""
from __future__ import annotations

import json

from .common import whole


def run_history(args) -> int:
    from sync.server import history
    store = args.open_store(args)
    try:
        if args.at:
            version = history.as_at(store, args.ref, args.at)
            if args.json:
                print(json.dumps(version.as_dict(), ensure_ascii=False, indent=1))
                return 0
            print(f"{args.ref} at {history.at_moment(args.at)}: version {version.version}, "
                  f"accepted {version.accepted_at} from {version.author or '(unknown)'} "
                  f"({version.device or 'before history began'})"
                  + (", deleted" if version.deleted else ""))
            for key in sorted(version.data):
                print(f"  {key}: {json.dumps(version.data[key], ensure_ascii=False)}")
            return 0
        versions = history.versions(store, args.ref)
    finally:
        store.close()
    if args.json:
        print(json.dumps([v.as_dict() for v in versions], ensure_ascii=False, indent=1))
        return 0
    before = None
    for v in versions:
        fields = history.changed_fields(before, v.data)
        print(f"version {v.version}  {v.accepted_at}  {v.author or '(unknown)'}  "
              f"{v.device or '(before history began)'}  "
              + ("deleted  " if v.deleted else "") + ", ".join(fields[:12])
              + (" ..." if len(fields) > 12 else ""))
        before = v.data
    return 0


def run_restore(args) -> int:
    from sync.server import history
    store = args.open_store(args)
    try:
        version, fields = history.restore(store, args.ref, version=args.version, when=args.at,
                                          by=args.by)
    finally:
        store.close()
    print(f"{args.ref} restored as version {version} ({', '.join(fields)}); the offices' "
          "devices receive it at their next sync.")
    return 0


def register(sub, add_hq_db, open_store) -> None:
    """The commands under `hq` (its subparsers `sub`); `add_hq_db(parser)` adds the store's
    options, `open_store(args)` opens it (both from cli/sync.py, which owns them)."""
    p = sub.add_parser("history", help="every version HQ accepted of a record, or the record "
                       "as it was at a date")
    p.add_argument("ref", metavar="REF|ID", help="reference or id of the record")
    p.add_argument("--at", metavar="DATE", help="show it as it was then (2026-11-30: the end "
                   "of that day, UTC; or 2026-11-30T14:00)")
    p.add_argument("--json", action="store_true")
    add_hq_db(p)
    p.set_defaults(func=run_history, open_store=open_store)

    p = sub.add_parser("restore", help="put a record back as it was (a new version, synced)")
    p.add_argument("ref", metavar="REF|ID", help="reference or id of the record")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--version", type=whole(1, 2 ** 53), metavar="N",
                       help="the version to restore ('hq history' lists them)")
    which.add_argument("--at", metavar="DATE", help="the version in force at that date")
    p.add_argument("--by", default="HQ", metavar="NAME", help="who restores it (recorded)")
    add_hq_db(p)
    p.set_defaults(func=run_restore, open_store=open_store)
