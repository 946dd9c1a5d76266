"""History commands: `list history REF` (the status timeline of a record) and `list timing`
(days from submission to review to signature, per office and overall)."""
from __future__ import annotations

import json

from models import history
from models.directory import settings
from models.errors import DomainError

from .common import add_db, count, open_existing, print_rows

TIMELINE_HEADERS = ["changed_at", "record_table", "record_id", "part", "from_status",
                    "to_status", "changed_by", "reason"]


def run_history(args) -> int:
    open_existing(args)
    record, steps = history.of_reference(args.ref)
    if args.json:
        print(json.dumps({"table": record.table, "id": record.id, "reference": record.reference,
                          "steps": [s.as_dict() for s in steps]}, ensure_ascii=False, indent=1))
        return 0
    print(f"{record.reference} ({record.table}): "
          f"{count(len(steps), 'status change', 'status changes')}")
    print_rows(["when", "part", "from", "to", "who", "reason"],
               [(s.changed_at[:16].replace("T", " "), s.part, s.from_status or "(created)",
                 s.to_status, s.changed_by, s.reason) for s in steps], False)
    return 0


def run_timing(args) -> int:
    open_existing(args)
    office = (args.office or "").strip().upper() or None
    if office and office not in settings.office_codes():
        raise DomainError(f"No office {office} in this database; offices here: "
                          f"{', '.join(settings.office_codes()) or 'none'}.")
    figures = history.timing(office)
    if args.json:
        print(json.dumps([f.as_dict() for f in figures], ensure_ascii=False, indent=1))
        return 0
    rows = []
    for figure in figures:
        for name, m in figure.measures.items():
            rows.append(("all offices" if figure.office == history.ALL_OFFICES
                         else figure.office, name.replace("_", " "), m.count,
                         "" if m.median_days is None else m.median_days,
                         "" if m.shortest_days is None else m.shortest_days,
                         "" if m.longest_days is None else m.longest_days))
    print_rows(["office", "measure", "count", "median days", "shortest", "longest"], rows, False)
    return 0


def register(commands, printers, listers) -> None:
    p = listers.add_parser("history", help="status changes of a partnership, agreement or "
                           "programme document (with its phases or amendments)")
    p.add_argument("ref", metavar="REF", help="reference (or id) of the record")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_history)

    p = listers.add_parser("timing", help="time to sign: days from submission to review and "
                           "from review to signature, per office and overall")
    add_db(p)
    p.add_argument("--office", metavar="CODE", help="only this office")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_timing)
