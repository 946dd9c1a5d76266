"""HXL 3W out: the office's programme documents and partnerships as who does what where, with
the HXL 1.1 hashtag row under the header row (CSV or Excel)."""
from __future__ import annotations

from pathlib import Path

from ..db import database
from ..errors import DomainError
from .export_lists import write

COLUMNS = [  # header, HXL 1.1 hashtag
    ("Organisation", "#org+impl+name"), ("Organisation type", "#org+impl+type"),
    ("Funded by", "#org+funder+name"), ("Sector / contribution", "#sector+name"),
    ("Activity", "#activity+name"), ("Reference", "#activity+code"),
    ("Country", "#country+code"), ("Place", "#loc+name"), ("Status", "#status+name"),
    ("Start", "#date+start"), ("End", "#date+end"), ("Budget (UNICEF)", "#value+budget"),
    ("Currency", "#currency"),
]

PDS = """SELECT p.legal_name, p.partner_type, d.pd_type, d.title, d.reference, o.country,
    d.locations, d.status, d.start_date, d.end_date, d.unicef_cash_total, d.currency
    FROM programme_document d JOIN agreement a ON a.id = d.agreement_id
    JOIN partner p ON p.id = a.partner_id JOIN office o ON o.code = d.office
    WHERE d.office = ? AND d.deleted = 0 AND d.amendment_of IS NULL AND d.status != 'draft'
    ORDER BY d.reference"""
PARTNERSHIPS = """SELECT pr.legal_name, pr.partner_type, s.contribution_types, s.title, s.reference,
    o.country, s.geographic_reach, s.status, s.start_date, s.planned_end
    FROM partnership s JOIN partnership_partner m ON m.partnership_id = s.id AND m.deleted = 0
    JOIN partner pr ON pr.id = m.partner_id JOIN office o ON o.code = s.office
    WHERE s.office = ? AND s.deleted = 0 ORDER BY s.reference, pr.legal_name"""


def rows(office: str):
    import json
    for (org, otype, pd_type, title, ref, country, places, status, start, end, cash,
         currency) in database.execute_sql(PDS, (office,)):
        where = ", ".join(json.loads(places or "[]"))
        yield [org, otype, "UNICEF", "Humanitarian" if pd_type == "humanitarian" else "Programme",
               title, ref, country, where, status, start, end, cash, currency]
    for (org, otype, kinds, title, ref, country, reach, status, start,
         end) in database.execute_sql(PARTNERSHIPS, (office,)):
        yield [org, otype, "", ", ".join(json.loads(kinds or "[]")), title, ref, country, reach,
               status, start, end, None, ""]


def export(office: str, out: str | Path, progress=None) -> int:
    """Write the 3W table; returns the number of data rows."""
    code = (office or "").upper()
    if not database.execute_sql("SELECT 1 FROM office WHERE code = ? AND deleted = 0",
                                (code,)).fetchone():
        raise DomainError(f"Office {office} is not set up on this computer.")

    def body():
        yield [tag for _h, tag in COLUMNS]
        yield from rows(code)
    return write(out, [h for h, _t in COLUMNS], body(), progress=progress, sheet="3W") - 1
