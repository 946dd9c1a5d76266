"""Partnering-cycle commands: `print cycle REF` (PDF summary) and `list alerts`."""
from __future__ import annotations

import datetime as dt

from models import alerts
from models.directory import partnerships

from .common import add_db, add_limit, day, open_existing, output, print_rows

REPORT_LANGS = ("en", "fr", "es", "ar")  # the cycle record, assessment and HQ summary


def run_print(args) -> int:
    from reports import cycle as report
    lang = args.print_lang or (args.lang if getattr(args, "lang", None) in REPORT_LANGS
                               else "en")
    with output(args.out) as out:
        open_existing(args)
        row = partnerships.by_reference(args.ref)
        report.build(row.id, out, lang=lang)
    print(f"Wrote {args.out} ({lang})")
    return 0


def run_alerts(args) -> int:
    today = day(args.today) or dt.date.today()
    open_existing(args)
    found = alerts.collect(alerts.AlertQuery(today=today, office=args.office, limit=args.limit))
    headers = ["severity", "kind", "reference", "office", "due", "title"]
    rows = [(a.severity, a.kind, a.reference, a.office, a.due.isoformat() if a.due else "",
             a.title) for a in found[:args.limit]]
    print_rows(headers, rows, args.json)
    return 0


def register(commands, printers, listers) -> None:
    p = printers.add_parser("cycle", help="partnering-cycle summary of one partnership (PDF)")
    p.add_argument("ref", metavar="REF", help="partnership reference, e.g. KEN/PS/2026/0001")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", dest="print_lang", choices=REPORT_LANGS,
                   help="language of the document (default: the interface language)")
    p.set_defaults(func=run_print)

    p = listers.add_parser("alerts", help="what needs attention (reviews, due diligence, ...)")
    add_db(p)
    p.add_argument("--office", help="only this office")
    p.add_argument("--today", help="date to judge against (YYYY-MM-DD)")
    add_limit(p, 200)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_alerts)
