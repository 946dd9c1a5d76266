"""Commands for the texts and signatories of agreements: print template, templates list|import|
export (HQ issues editions), officers list|add|remove (UNICEF's authorised officers)."""
from __future__ import annotations

from pathlib import Path

from models import agreements as A
from models.errors import DomainError, ValidationError

from .common import add_db, open_existing, output, print_rows


def _lang(args, print_lang) -> str:
    return print_lang(args)


def run_print_template(args, print_lang) -> int:
    from reports.agreements import render_template
    if args.kind not in A.templates.KINDS or args.kind == "labels":
        raise DomainError(f"Unknown template kind '{args.kind}'; choose one of "
                          f"{', '.join(k for k in A.templates.KINDS if k != 'labels')}.")
    with output(args.out) as out:
        open_existing(args)
        render_template(args.kind, _lang(args, print_lang), out)
    print(f"Wrote {args.out} (blank {args.kind} template, {_lang(args, print_lang)})")
    return 0


def run_list(args) -> int:
    open_existing(args)
    rows = A.templates.list_templates(args.kind)
    print_rows(["kind", "lang", "edition", "issued", "issuer", "title"], rows, args.json)
    return 0


def run_import(args) -> int:
    open_existing(args)
    path = Path(args.file)
    if not path.is_file():
        raise DomainError(f"No file at {path}; give the template file to import.")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DomainError(f"{path} is not UTF-8 text; save it as UTF-8 and try again.") from None
    issued = A.templates.import_text(text, issuer=args.issuer, source=path.name)
    for kind, edition in issued:
        print(f"Issued {kind} edition {edition} in {', '.join(A.templates.LANGS)}; it syncs "
              "to every office.")
    return 0


def run_export(args) -> int:
    open_existing(args)
    text = A.templates.export_kind(args.kind, args.edition)
    if args.out:
        with output(args.out) as out:
            out.write_text(text, encoding="utf-8")
        print(f"Wrote {args.out}")
    else:
        print(text, end="")
    return 0


def run_officers(args) -> int:
    open_existing(args)
    if args.officers_command == "add":
        try:
            A.signatories.save_unicef_officer(
                {"name": args.name, "title": args.title, "email": args.email or "",
                 "valid_from": args.valid_from, "valid_until": args.valid_until},
                office=args.office)
        except ValidationError as exc:
            raise DomainError(" ".join(exc.errors.values())) from None
        print(f"{args.name} may now sign for UNICEF in office {args.office}.")
    elif args.officers_command == "remove":
        found = [o for o in A.signatories.unicef_officers(args.office) if o.name == args.name]
        if not found:
            raise DomainError(f"{args.name} is not on the list of office {args.office}.")
        A.signatories.remove_unicef_officer(found[0].id)
        print(f"{args.name} no longer signs for UNICEF in office {args.office}.")
    else:
        rows = [(o.name, o.title, o.email, o.valid_from or "", o.valid_until or "")
                for o in A.signatories.unicef_officers(args.office)]
        print_rows(["name", "title", "email", "from", "until"], rows, False)
    return 0


def register(commands, printers, langs, print_lang) -> None:
    p = printers.add_parser("template", help="print a blank agreement template for legal review")
    p.add_argument("kind", metavar="KIND", help=", ".join(k for k in A.templates.KINDS
                                                           if k != "labels"))
    add_db(p)
    p.add_argument("--lang", dest="print_lang", choices=langs)
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=lambda args: run_print_template(args, print_lang))

    group = commands.add_parser("templates", help="agreement texts: list, import, export (HQ)")
    sub = group.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="every template edition on this device")
    p.add_argument("--kind")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=run_list)
    p = sub.add_parser("import", help="issue a new edition from a template file (six languages)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--issuer", default="HQ", help="who issues it (default: HQ)")
    add_db(p)
    p.set_defaults(func=run_import)
    p = sub.add_parser("export", help="write a kind's newest edition as a template file")
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--edition", type=int)
    p.add_argument("--out", metavar="FILE")
    add_db(p)
    p.set_defaults(func=run_export)

    group = commands.add_parser("officers", help="UNICEF officers authorised to sign, per office")
    sub = group.add_subparsers(dest="officers_command", metavar="ACTION", required=True)
    for name, what in (("list", "the office's authorised officers"),
                       ("add", "authorise an officer to sign for UNICEF"),
                       ("remove", "withdraw an officer's authority to sign")):
        p = sub.add_parser(name, help=what)
        p.add_argument("--office", required=True)
        if name != "list":
            p.add_argument("name", metavar="NAME")
        if name == "add":
            p.add_argument("--title", required=True)
            p.add_argument("--email")
            p.add_argument("--from", dest="valid_from", metavar="YYYY-MM-DD")
            p.add_argument("--until", dest="valid_until", metavar="YYYY-MM-DD")
        add_db(p)
        p.set_defaults(func=run_officers)
