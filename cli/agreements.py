"""Agreement commands: print agreement|pd|amendment|template, list agreements, agreements
transition|actions|auto, templates list|import|export (HQ), officers list|add|remove."""
from __future__ import annotations

import json

from models import agreements as A
from models.errors import DomainError

from .common import add_db, add_limit, count, day, open_existing, output, print_rows

LANGS = ("en", "fr", "es", "ar", "pt", "ru")  # print languages (eTools prints six)


def print_lang(args) -> str:
    """--lang of the print command, else the interface language (global --lang), else English."""
    return args.print_lang or (args.lang if getattr(args, "lang", None) in LANGS else "en")


def run_print_agreement(args) -> int:
    from reports.agreements import render_agreement
    with output(args.out) as out:
        open_existing(args)
        agreement = A.agreement_by_reference(args.ref)
        render_agreement(agreement, print_lang(args), out, annexes=not args.no_annexes)
    print(f"Wrote {args.out} ({agreement.reference}, {print_lang(args)})")
    return 0


def run_print_pd(args) -> int:
    from reports.agreements import render_pd
    with output(args.out) as out:
        open_existing(args)
        pd = A.pd_by_reference(args.ref)
        render_pd(pd, print_lang(args), out)
    print(f"Wrote {args.out} ({pd.reference}, {print_lang(args)})")
    return 0


def run_print_amendment(args) -> int:
    from reports.agreements import render_amendment
    with output(args.out) as out:
        open_existing(args)
        amendment = A.amendment_by_reference(args.ref)
        if amendment is None:
            raise DomainError(f"No amendment with reference {args.ref}; an amendment's reference "
                              "ends in -NN, e.g. KEN/PCA2026001-01.")
        render_amendment(amendment, print_lang(args), out)
    print(f"Wrote {args.out} ({amendment.reference}, {print_lang(args)})")
    return 0


def run_list(args) -> int:
    open_existing(args)
    filters = {"status": args.status, "agreement_type": args.type, "office": args.office}
    rows = A.list_agreements(args.search, filters, limit=args.limit)
    headers = ["id"] + [c.key for c in A.LIST.columns]
    if args.json:
        print_rows(headers, rows, True)
    else:
        print_rows(headers[1:], [r[1:] for r in rows], False)
    return 0


def run_transition(args) -> int:
    today = day(args.today)
    open_existing(args)
    record = A.record_by_reference(args.ref)
    reason = (args.reason or "").strip()
    possible = {action for action, ok, _why in A.allowed_actions(record, today) if ok}
    if args.action in possible and A.reason_required(args.action) and not reason:
        raise DomainError(f"{record.reference} becomes {args.action} only with a justification: "
                          "say why with --reason \"...\".")
    A.transition(record, args.action, today=today, reason=reason, lang=print_lang(args))
    print(f"{record.reference} is now {record.status}.")
    return 0


def run_actions(args) -> int:
    today = day(args.today)
    open_existing(args)
    record = A.record_by_reference(args.ref)
    actions = A.allowed_actions(record, today)
    if args.json:
        print(json.dumps([{"action": a, "allowed": ok, "reason": why} for a, ok, why in actions],
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{record.reference} is {record.status}.")
    for action, ok, why in actions:
        print(f"  {action}: {'allowed' if ok else 'refused - ' + why}")
    return 0


def run_auto(args) -> int:
    today = day(args.today)
    open_existing(args)
    messages = A.apply_automatic_transitions(today)
    for message in messages:
        print(message)
    print(count(len(messages), "automatic status change", "automatic status changes") + ".")
    return 0


def register(commands, printers, listers) -> None:
    for name, func, what in (("agreement", run_print_agreement, "an agreement (PCA, SSFA, MoU)"),
                             ("pd", run_print_pd, "a programme document"),
                             ("amendment", run_print_amendment, "an amendment")):
        p = printers.add_parser(name, help=f"print {what} as PDF")
        p.add_argument("ref", metavar="REF", help="reference, e.g. KEN/PCA2026001")
        add_db(p)
        p.add_argument("--lang", dest="print_lang", choices=LANGS,
                       help="language of the document (default: the interface language)")
        p.add_argument("--out", required=True, metavar="FILE.pdf")
        if name == "agreement":
            p.add_argument("--no-annexes", action="store_true",
                           help="leave out the programme documents annexed to the agreement")
        p.set_defaults(func=func)

    p = listers.add_parser("agreements", help="list agreements")
    add_db(p)
    p.add_argument("--search", help="words to look for (prefixes match)")
    p.add_argument("--status")
    p.add_argument("--type", choices=("pca", "ssfa", "mou"))
    p.add_argument("--office")
    add_limit(p, 1000)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list)

    group = commands.add_parser("agreements", help="status changes of agreements and PDs")
    sub = group.add_subparsers(dest="agreements_command", metavar="ACTION", required=True)
    p = sub.add_parser("transition", help="change the status of an agreement or PD")
    p.add_argument("ref", metavar="REF")
    p.add_argument("action", metavar="STATUS", help="the status to move to, e.g. signed")
    needs_reason = [s for s in A.PD_STATUSES if A.reason_required(s)]
    p.add_argument("--reason", help="justification, kept on record (needed to become "
                   f"{' or '.join(needs_reason)})")
    p.add_argument("--lang", dest="print_lang", choices=LANGS,
                   help="signing: the language of the text signed (default: English)")
    p.add_argument("--today", help="act as if today were this date (YYYY-MM-DD)")
    add_db(p)
    p.set_defaults(func=run_transition)
    p = sub.add_parser("actions", help="show the possible status changes and their guards")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--today", help="act as if today were this date (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true")
    add_db(p)
    p.set_defaults(func=run_actions)
    p = sub.add_parser("auto", help="apply the automatic transitions (start, end) for today")
    p.add_argument("--today", help="act as if today were this date (YYYY-MM-DD)")
    add_db(p)
    p.set_defaults(func=run_auto)
    from . import agreement_texts
    agreement_texts.register(commands, printers, LANGS, print_lang)
