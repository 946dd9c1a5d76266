"""IATI 2.03 out: an activity file for an office (one activity per programme document and per
partnership) and an organisation file, written incrementally with lxml, every code checked
against the shipped codelists, the result checked against the official XSD by the tests.

What PartnerDesk does not hold is left out rather than invented: sectors for programme documents
(a partnership's contributions are given under the reporting organisation's own vocabulary 99),
document links only when an office publishes its documents under a base URL (setting
`iati.document_base_url`), organisation identifiers of partners (only their names and types).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..agreements import Agreement, ProgrammeDocument, pd_totals
from ..db import database
from ..directory import Office, Partner, Partnership, partnerships, settings, vocab
from ..errors import DomainError
from ..ids import utc_now
from .codelists import check
from .landscape import alpha2

PD_STATUS = {"draft": "1", "review": "1", "signature": "1", "signed": "2", "active": "2",
             "ended": "3", "closed": "4", "terminated": "5", "cancelled": "5", "suspended": "6"}
PARTNERSHIP_STATUS = {"proposed": "1", "active": "2", "suspended": "6", "closed": "4"}
CSO_ORG_TYPES = {"international": "21", "national": "22", "community_based": "24",
                 "academic": "80", "red_cross": "21"}
ROLES = {"lead": "4", "implementing": "4", "technical": "4", "convening": "2", "funding": "1",
         "other": "4"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def org_type(partner: Partner) -> str:
    """IATI OrganisationType of a partner, from its type (DOMAIN.md section 1)."""
    if partner.partner_type == "cso":
        return CSO_ORG_TYPES.get(partner.cso_type or "", "22")
    return vocab.PARTNER_TYPES.get(partner.partner_type, ("", ("90",)))[1][0]


def publisher() -> tuple[str, str]:
    """The reporting organisation's IATI identifier and name (settings, UNICEF by default)."""
    return (settings.get("iati.org_ref") or "XM-DAC-41122",
            settings.get("iati.org_name") or "United Nations Children's Fund (UNICEF)")


def _office(code: str) -> Office:
    office = Office.get_or_none((Office.code == (code or "").upper()) & (Office.deleted == False))  # noqa: E712
    if office is None:
        raise DomainError(f"Office {code} is not set up on this computer; 'python main.py list "
                          "partners' shows the offices in use.")
    return office


def _text(el, tag: str, value: str, **attrs):
    from lxml import etree
    node = etree.SubElement(el, tag, **attrs)
    etree.SubElement(node, "narrative").text = value
    return node


def _org(el, tag: str, name: str, role: str | None, otype: str, ref: str | None = None):
    attrs = {}
    if ref:
        attrs["ref"] = ref
    if role:
        check("OrganisationRole", role, f"{tag} {name}")
        attrs["role"] = role
    check("OrganisationType", otype, f"{tag} {name}")
    attrs["type"] = otype
    return _text(el, tag, name, **attrs)


def _day(value) -> str | None:
    if value in (None, ""):
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)[:10]


def _dates(el, start, end, started: bool) -> None:
    from lxml import etree
    for kind, day in (("1", start), ("2", start if started else None), ("3", end)):
        if day:
            check("ActivityDateType", kind, "activity-date")
            etree.SubElement(el, "activity-date", type=kind, **{"iso-date": _day(day)})


def _numeric(value) -> dict:
    """{'value': ...} when an indicator figure is a number (IATI wants one there), else {}."""
    text = str(value or "").strip().replace(",", "")
    try:
        float(text)
    except ValueError:
        return {}
    return {"value": text}


def _identifier(ref: str, reference: str) -> str:
    return f"{ref}-{reference}".replace("/", "-").replace(" ", "")


def pd_activity(pd: ProgrammeDocument, agreement: Agreement, partner: Partner, office: Office,
                ref: str, name: str, base_url: str):
    """The <iati-activity> element of one programme document; ValueError if it cannot be one."""
    from lxml import etree
    start, end = _day(pd.start_date), _day(pd.end_date)
    if not start:
        raise ValueError("it has no start date")
    currency = (pd.currency or "USD").upper()
    check("Currency", currency, "default-currency")
    humanitarian = "1" if (pd.pd_type == "humanitarian" or pd.is_emergency) else "0"
    el = etree.Element("iati-activity", {"default-currency": currency, "humanitarian": humanitarian,
                                         "last-updated-datetime": pd.updated_at[:19],
                                         XML_LANG: "en"})
    etree.SubElement(el, "iati-identifier").text = _identifier(ref, pd.reference)
    _org(el, "reporting-org", name, None, "40", ref)
    _text(el, "title", pd.title)
    _text(el, "description", f"{vocab.label({'standard': 'Programme document', 'humanitarian': 'Humanitarian programme document'}, pd.pd_type)} {pd.reference} under {agreement.agreement_type.upper()} {agreement.reference}, with {partner.legal_name}.", type="1")
    _org(el, "participating-org", name, "1", "40", ref)
    _org(el, "participating-org", partner.legal_name, "4", org_type(partner))
    status = PD_STATUS.get(pd.status, "1")
    check("ActivityStatus", status, "activity-status")
    etree.SubElement(el, "activity-status", code=status)
    _dates(el, start, end, pd.status in ("active", "ended", "closed", "suspended"))
    country = alpha2(office.country)
    check("Country", country, "recipient-country")
    etree.SubElement(el, "recipient-country", code=country, percentage="100")
    for place in pd.locations or []:
        loc = etree.SubElement(el, "location")
        _text(loc, "name", str(place))
    totals = pd_totals(pd)
    if totals.unicef_total and end:
        budget = etree.SubElement(el, "budget", type="1", status="2")
        etree.SubElement(budget, "period-start", **{"iso-date": start})
        etree.SubElement(budget, "period-end", **{"iso-date": end})
        etree.SubElement(budget, "value", **{"value-date": start}).text = f"{totals.unicef_total:.2f}"
    signed = _day(pd.unicef_signed_on)
    if signed and pd.status in ("signed", "active", "ended", "closed", "suspended") \
            and totals.unicef_total:
        tx = etree.SubElement(el, "transaction")
        etree.SubElement(tx, "transaction-type", code="2")
        etree.SubElement(tx, "transaction-date", **{"iso-date": signed})
        etree.SubElement(tx, "value", **{"value-date": signed}).text = f"{totals.unicef_total:.2f}"
        _org(tx, "receiver-org", partner.legal_name, None, org_type(partner))
    if base_url and pd.signed_document:
        link = etree.SubElement(el, "document-link", format="application/pdf",
                                url=f"{base_url.rstrip('/')}/{pd.reference.replace('/', '-')}.pdf")
        _text(link, "title", f"Programme document {pd.reference}")
        etree.SubElement(link, "category", code="A09")  # Agreement: the signed document
        etree.SubElement(link, "document-date", **{"iso-date": signed or start})
    year = int(start[:4])
    for output in pd.results or []:
        result = etree.SubElement(el, "result", type="1", **{"aggregation-status": "0"})
        _text(result, "title", output.get("title") or "Output")
        for ind in output.get("indicators") or []:
            indicator = etree.SubElement(result, "indicator", measure="5")
            _text(indicator, "title", ind.get("name") or "Indicator")
            if str(ind.get("baseline") or "").strip():
                base = etree.SubElement(indicator, "baseline", year=str(year),
                                        **_numeric(ind["baseline"]))
                _text(base, "comment", str(ind["baseline"]))
            if end:
                period = etree.SubElement(indicator, "period")
                etree.SubElement(period, "period-start", **{"iso-date": start})
                etree.SubElement(period, "period-end", **{"iso-date": end})
                target = etree.SubElement(period, "target", **_numeric(ind.get("target")))
                _text(target, "comment", str(ind.get("target") or ""))
    return el


def partnership_activity(ps: Partnership, office: Office, ref: str, name: str):
    from lxml import etree
    start, end = _day(ps.start_date), _day(ps.planned_end)
    if not start:
        raise ValueError("it has no start date")
    el = etree.Element("iati-activity", {"last-updated-datetime": ps.updated_at[:19],
                                         XML_LANG: "en"})
    etree.SubElement(el, "iati-identifier").text = _identifier(ref, ps.reference)
    _org(el, "reporting-org", name, None, "40", ref)
    _text(el, "title", ps.title)
    if ps.objectives:
        _text(el, "description", ps.objectives, type="2")
    _org(el, "participating-org", name, "2", "40", ref)
    for member in partnerships.live_members(ps):
        _org(el, "participating-org", member.partner.legal_name,
             ROLES.get(member.role, "4"), org_type(member.partner))
    status = PARTNERSHIP_STATUS.get(ps.status, "1")
    check("ActivityStatus", status, "activity-status")
    etree.SubElement(el, "activity-status", code=status)
    _dates(el, start, end, ps.status in ("active", "suspended", "closed"))
    country = alpha2(office.country)
    check("Country", country, "recipient-country")
    etree.SubElement(el, "recipient-country", code=country, percentage="100")
    for kind in ps.contribution_types or []:
        _text(el, "sector", vocab.label(vocab.CONTRIBUTION_TYPES, kind), vocabulary="99",
              code=kind)
    return el


def activities(office_code: str, out: str | Path, *, progress=None) -> dict:
    """Write the office's IATI activity file; returns {activities, skipped: [(ref, why)]}."""
    from lxml import etree
    office = _office(office_code)
    ref, name = publisher()
    base_url = settings.get("iati.document_base_url") or ""
    out = Path(out)
    if not out.parent.exists():
        raise DomainError(f"The folder {out.parent} does not exist; choose another place.")
    pds = list(ProgrammeDocument.select(ProgrammeDocument, Agreement, Partner)
               .join(Agreement).join(Partner)
               .where((ProgrammeDocument.office == office.code)
                      & (ProgrammeDocument.deleted == False)  # noqa: E712
                      & ProgrammeDocument.amendment_of.is_null()
                      & (ProgrammeDocument.status != "draft"))
               .order_by(ProgrammeDocument.reference))
    groups = list(Partnership.live().where(Partnership.office == office.code)
                  .order_by(Partnership.reference))
    total, written, skipped = len(pds) + len(groups), 0, []
    temp = out.with_name(out.name + ".part")
    try:
        with etree.xmlfile(str(temp), encoding="utf-8") as xf:
            xf.write_declaration()
            with xf.element("iati-activities", version="2.03",
                            **{"generated-datetime": utc_now()[:19] + "Z"}):
                for n, item in enumerate(pds + groups, start=1):
                    try:
                        if isinstance(item, ProgrammeDocument):
                            el = pd_activity(item, item.agreement, item.agreement.partner,
                                             office, ref, name, base_url)
                        else:
                            el = partnership_activity(item, office, ref, name)
                    except ValueError as exc:
                        skipped.append((item.reference, str(exc)))
                        continue
                    xf.write(el, pretty_print=True)
                    written += 1
                    if progress and n % 250 == 0:
                        progress(n, total, "")
        temp.replace(out)
    finally:
        temp.unlink(missing_ok=True)
    return {"activities": written, "skipped": skipped}


def organisation(office_code: str, out: str | Path) -> dict:
    """Write the organisation file: the publisher, with the office's country budget per year."""
    from lxml import etree
    office = _office(office_code)
    ref, name = publisher()
    out = Path(out)
    if not out.parent.exists():
        raise DomainError(f"The folder {out.parent} does not exist; choose another place.")
    years = database.execute_sql(
        "SELECT substr(start_date, 1, 4), sum(unicef_cash_total) FROM programme_document "
        "WHERE office = ? AND deleted = 0 AND amendment_of IS NULL AND start_date IS NOT NULL "
        "AND status NOT IN ('draft', 'cancelled') GROUP BY 1 ORDER BY 1",
        (office.code,)).fetchall()
    root = etree.Element("iati-organisations", version="2.03",
                         **{"generated-datetime": utc_now()[:19] + "Z"})
    org = etree.SubElement(root, "iati-organisation", {"default-currency": "USD",
                                                       "last-updated-datetime": utc_now()[:19],
                                                       XML_LANG: "en"})
    etree.SubElement(org, "organisation-identifier").text = ref
    _text(org, "name", name)
    _org(org, "reporting-org", name, None, "40", ref)
    country = alpha2(office.country)
    check("Country", country, "recipient-country-budget")
    for year, amount in years:
        budget = etree.SubElement(org, "recipient-country-budget", status="2")
        etree.SubElement(budget, "recipient-country", code=country)
        etree.SubElement(budget, "period-start", **{"iso-date": f"{year}-01-01"})
        etree.SubElement(budget, "period-end", **{"iso-date": f"{year}-12-31"})
        etree.SubElement(budget, "value", **{"value-date": f"{year}-01-01"}).text = \
            f"{amount or 0:.2f}"
    etree.ElementTree(root).write(str(out), encoding="utf-8", xml_declaration=True,
                                  pretty_print=True)
    return {"years": len(years)}
