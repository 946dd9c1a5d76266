"""Self-assessment commands: print one office's assessment, print or list the HQ summary."""
from __future__ import annotations

import datetime as dt
import json

from models import assessment
from models.errors import DomainError

from .common import add_db, open_existing, output, print_rows, whole


REPORT_LANGS = ("en", "fr", "es", "ar")


def _lang(args) -> str:
    """--lang of the print command, else the interface language, else English."""
    return args.print_lang or (args.lang if getattr(args, "lang", None) in REPORT_LANGS
                               else "en")


def run_print_assessment(args) -> int:
    from reports.assessment import print_assessment
    with output(args.out) as out:
        open_existing(args)
        assessment.check_year(args.year)
        print_assessment(args.office.strip().upper(), args.year, out, _lang(args))
    print(f"Wrote {args.out} ({_lang(args)})")
    return 0


def _summary(args) -> dict:
    open_existing(args)
    assessment.check_year(args.year)
    return assessment.summary(args.year)


def run_print_summary(args) -> int:
    from reports.assessment import render_summary as render
    from models import history
    data = _summary(args)
    data["timing"] = [f.as_dict() for f in history.timing()]  # as the window prints it
    with output(args.out) as out:
        render(data, out, _lang(args))
    print(f"Wrote {args.out} ({_lang(args)})")
    return 0


def run_list_summary(args) -> int:
    data = _summary(args)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    print(f"{data['reported']} of {data['offices']} offices reported for {data['year']}; "
          f"{data['all_met']} met all benchmarks.")
    rows = [(c, data["benchmark_titles"][c][:60], data["benchmarks"][c]["met"],
             data["benchmarks"][c]["share_met"]) for c in data["codes"]]
    print_rows(["code", "benchmark", "offices met", "share met"], rows, False)
    return 0


def run_status(args) -> int:
    """Headquarters acknowledges a submitted assessment, or sends it back as a draft."""
    open_existing(args)
    office = args.office.strip().upper()
    assessment.check_year(args.year)
    found = assessment.find(office, args.year)
    if found is None:
        raise DomainError(f"{office} has no self-assessment for {args.year}.")
    changed = (assessment.acknowledge if args.action == "acknowledge" else assessment.reopen)(
        found.id)
    print(f"{office} {args.year}: {changed.status}")
    return 0


def register(commands, printers, listers) -> None:
    this_year = dt.date.today().year
    p = commands.add_parser("assessment", help="headquarters: acknowledge a submitted "
                            "self-assessment, or reopen it as a draft")
    add_db(p)
    p.add_argument("action", choices=["acknowledge", "reopen"])
    p.add_argument("--office", required=True, metavar="CODE")
    p.add_argument("--year", type=whole(1900, 2999), default=this_year, metavar="YYYY")
    p.set_defaults(func=run_status)

    p = printers.add_parser("assessment", help="an office's benchmark self-assessment as PDF")
    add_db(p)
    p.add_argument("--office", required=True, metavar="CODE")
    p.add_argument("--year", type=whole(1900, 2999), default=this_year, metavar="YYYY")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", dest="print_lang", choices=REPORT_LANGS,
                   help="language of the document (default: the interface language)")
    p.set_defaults(func=run_print_assessment)

    p = printers.add_parser("benchmarks-summary",
                            help="headquarters summary of the self-assessments as PDF")
    add_db(p)
    p.add_argument("--year", type=whole(1900, 2999), default=this_year, metavar="YYYY")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--lang", dest="print_lang", choices=REPORT_LANGS,
                   help="language of the document (default: the interface language)")
    p.set_defaults(func=run_print_summary)

    p = listers.add_parser("benchmarks-summary",
                           help="share of offices that met each benchmark (by region, trend)")
    add_db(p)
    p.add_argument("--year", type=whole(1900, 2999), default=this_year, metavar="YYYY")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list_summary)
