"""Data in and out: `import partners|agreements|iati|3w FILE`, `import undo BATCH`,
`import list`, `list landscape`, `export LIST|iati|iati-org|3w --out FILE`."""
from __future__ import annotations

import json
from pathlib import Path

from models import agreements, interchange, listing
from models.directory import partners, partnerships
from models.errors import DomainError
from models.interchange import (batches, columns, export_lists, hxl_import, hxl_write,
                                iati_import, iati_write, landscape, partner_import)

from .common import add_db, add_limit, count, open_existing, output, print_rows

SHOWN_PROBLEMS = 20


def _print_report(report, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1, default=str))
        return
    verb = "Would import" if report.dry_run else "Imported"
    batch = f" (batch {batches.short(report.batch)}; undo with 'import undo " \
        f"{batches.short(report.batch)}')" \
        if report.batch else ""
    print(f"{verb} {report.kind} from {count(report.read, 'row', 'rows')}{batch}: "
          f"{report.created} created, "
          f"{report.matched} matched, {report.skipped} skipped.")
    for extra in ("activities", "organisations"):
        if extra in report.extra:
            print(f"  {extra}: {report.extra[extra]}")
    for problem in report.problems[:SHOWN_PROBLEMS]:
        print(f"  {problem.where}: {problem.message}")
    if len(report.problems) > SHOWN_PROBLEMS:
        print(f"  ... and {len(report.problems) - SHOWN_PROBLEMS} more (--json lists them all).")


def _mapping(args, kind: str):
    return columns.load_mapping(args.map, kind) if getattr(args, "map", None) else None


def run_import_sheet(args) -> int:
    from models.interchange import agreement_import
    module = partner_import if args.what == "partners" else agreement_import
    mapping = _mapping(args, args.what)
    table = interchange.tabular.read_table(args.file, mapping.sheet if mapping else None)
    open_existing(args)
    report = module.plan(args.file, office=args.office, mapping=mapping, table=table)
    if args.dry_run:
        report.dry_run = True
        module.summarise(report)
    else:
        module.apply(report, filename=Path(args.file).name)
    _print_report(report, args.json)
    return 0


def run_import_landscape(args) -> int:
    module = iati_import if args.what == "iati" else hxl_import
    if not Path(args.file).is_file():
        raise DomainError(f"There is no file {args.file}.")
    open_existing(args)
    report = module.run(args.file, country=args.country, dry_run=args.dry_run)
    _print_report(report, args.json)
    return 0


def run_undo(args) -> int:
    open_existing(args)
    counts = batches.undo(args.batch)
    done = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in counts.items()) or "nothing left"
    print(f"Undone: {done} removed (the removals sync like any other).")
    return 0


def run_batches(args) -> int:
    open_existing(args)
    rows = [(b.id, b.kind, b.filename, b.office, b.created_at[:16].replace("T", " "),
             (b.summary or {}).get("created", 0), b.undone_at or "")
            for b in batches.recent(args.limit)]
    print_rows(["batch", "kind", "file", "office", "when", "created", "undone"], rows, args.json)
    return 0


def run_list_landscape(args) -> int:
    open_existing(args)
    filters = {}
    if args.country:
        iso3 = landscape.alpha3(args.country)
        if not iso3:
            raise DomainError(f"--country takes a two-letter ISO code such as KE, not "
                              f"{args.country}.")
        filters["country"] = iso3
    spec = landscape.ACTIVITIES
    rows = listing.fetch(spec, filters=filters, limit=args.limit)
    headers = ["id"] + [c.key for c in spec.columns]
    print_rows(headers if args.json else headers[1:],
               rows if args.json else [r[1:] for r in rows], args.json)
    return 0


def _list_rows(what: str, office: str | None):
    filters = {"office": office} if office else {}
    specs = {"partners": partners.LIST, "partnerships": partnerships.LIST,
             "agreements": agreements.LIST, "pds": export_lists.PDS,
             "landscape": landscape.ACTIVITIES}
    if what == "alerts":
        return export_lists.alert_rows(office)
    spec = specs[what]
    if what in ("agreements", "pds"):
        filters["amendments"] = 0
    return [c.title for c in spec.columns], export_lists.spec_rows(spec, filters=filters)


def run_export(args) -> int:
    office = args.office.upper() if args.office else None
    if args.what in ("iati", "iati-org", "3w") and not office:
        raise DomainError("Say which office to export with --office CODE (e.g. KEN).")
    with output(args.out) as out:  # written whole or not at all
        open_existing(args)
        if args.what == "iati":
            result = iati_write.activities(office, out)
            done = count(result["activities"], "activity", "activities") + "."
        elif args.what == "iati-org":
            iati_write.organisation(office, out)
            result, done = None, ""
        elif args.what == "3w":
            result, done = None, count(hxl_write.export(office, out), "row", "rows") + "."
        else:
            headers, rows = _list_rows(args.what, office)
            result, done = None, count(export_lists.write(out, headers, rows), "row", "rows") + "."
    print(f"Wrote {args.out}: {done}" if done else f"Wrote {args.out}.")
    for ref, why in (result["skipped"] if result else [])[:SHOWN_PROBLEMS]:
        print(f"  left out {ref}: {why}")
    return 0


def register(commands, printers, listers) -> None:
    group = commands.add_parser("import", help="bring partners, agreements, IATI or 3W data in")
    sub = group.add_subparsers(dest="what", metavar="WHAT", required=True,
                               parser_class=type(group))
    for name, what in (("partners", "partners"), ("agreements", "agreements and PDs")):
        p = sub.add_parser(name, help=f"{what} from CSV or Excel (eTools exports recognised)")
        p.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
        add_db(p)
        p.add_argument("--office", help="office the records belong to (default: home office)")
        p.add_argument("--map", metavar="MAPPING.json", help="which column holds which field")
        p.add_argument("--dry-run", action="store_true", help="show what would happen; write "
                       "nothing")
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        p.set_defaults(func=run_import_sheet)
    for name, what in (("iati", "an IATI activity file (.xml)"),
                       ("3w", "an HXL-tagged 3W table (.csv or .xlsx)")):
        p = sub.add_parser(name, help=f"{what} into the landscape")
        p.add_argument("file", metavar="FILE")
        add_db(p)
        p.add_argument("--country", metavar="ISO2", help="only activities in this country")
        p.add_argument("--dry-run", action="store_true", help="count; write nothing")
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        p.set_defaults(func=run_import_landscape)
    p = sub.add_parser("undo", help="undo an import batch as a whole")
    p.add_argument("batch", metavar="BATCH", help="batch id (or its first 8 characters)")
    add_db(p)
    p.set_defaults(func=run_undo)
    p = sub.add_parser("list", help="list the import batches")
    add_db(p)
    add_limit(p, 50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_batches)

    p = listers.add_parser("landscape", help="external activities (IATI, 3W) by office")
    add_db(p)
    p.add_argument("--country", metavar="ISO2", help="only this country, e.g. KE")
    add_limit(p, 1000)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list_landscape)

    p = commands.add_parser("export", help="write a list, IATI or 3W file")
    p.add_argument("what", choices=["partners", "partnerships", "agreements", "pds", "alerts",
                                    "landscape", "iati", "iati-org", "3w"], metavar="WHAT",
                   help="partners, partnerships, agreements, pds, alerts, landscape, iati, "
                        "iati-org or 3w")
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE", help=".csv/.xlsx, or .xml for IATI")
    p.add_argument("--office", help="office code (required for iati, iati-org, 3w)")
    p.set_defaults(func=run_export)
