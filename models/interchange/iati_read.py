"""Stream the activities of an IATI activity file (2.0x, and the 1.0x date names) in bounded
memory: each <iati-activity> becomes a plain dict and is dropped from the tree at once.

Tolerant of what real publishers send (files that do not validate, namespaced extra attributes
and elements, missing parts); strict about what could hurt: no DTD, no entity expansion, no
network, libxml2's size limits kept. A file that is not XML, is cut off, or declares entities is
refused with one sentence (UnreadableFile).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from .codelists import name_of
from .report import UnreadableFile
from ..messages import msg

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
START = {"2": 0, "start-actual": 0, "1": 1, "start-planned": 1}  # lower is preferred
END = {"4": 0, "end-actual": 0, "3": 1, "end-planned": 1}
TRANSACTIONS = {"2": "commitments", "C": "commitments", "3": "disbursements", "D": "disbursements",
                "4": "expenditures", "E": "expenditures"}
MAX_TEXT = 2_000


def narrative(element) -> str:
    """The English (or first) narrative of an element; 1.0x files put text in the element."""
    if element is None:
        return ""
    texts = element.findall("narrative")
    if not texts:
        return (element.text or "").strip()
    for node in texts:
        if node.get(XML_LANG) in (None, "en"):
            return (node.text or "").strip()
    return (texts[0].text or "").strip()


def _number(text: str | None) -> float:
    try:
        return float((text or "").strip().replace(",", ""))
    except ValueError:
        return 0.0


def _sector_name(sector) -> str:
    vocabulary, code = sector.get("vocabulary") or "1", (sector.get("code") or "").strip()
    named = narrative(sector)
    if vocabulary in ("1", "DAC"):
        return name_of("Sector", code) if code else named
    if vocabulary in ("2", "DAC-3"):
        return name_of("SectorCategory", code) if code else named
    return named or code


def activity(elem) -> dict:
    """The parts of one <iati-activity> element PartnerDesk keeps."""
    orgs = []
    for org in elem.iterfind("participating-org"):
        name = narrative(org) or (org.get("ref") or "").strip()
        orgs.append({"name": name, "ref": (org.get("ref") or "").strip(),
                     "type": (org.get("type") or "").strip(),
                     "role": (org.get("role") or "").strip()})
    reporting = elem.find("reporting-org")
    start = end = None
    for date in elem.iterfind("activity-date"):
        kind, day = date.get("type") or "", (date.get("iso-date") or "")[:10]
        if kind in START and day and (start is None or START[kind] < start[0]):
            start = (START[kind], day)
        if kind in END and day and (end is None or END[kind] < end[0]):
            end = (END[kind], day)
    currency = elem.get("default-currency") or ""
    budgets: dict[str, float] = {"1": 0.0, "2": 0.0}
    mixed = False
    for budget in elem.iterfind("budget"):
        value = budget.find("value")
        if value is None:
            continue
        if (value.get("currency") or currency) != currency:
            mixed = True
            continue
        budgets["2" if budget.get("type") == "2" else "1"] += _number(value.text)
    totals = {"commitments": 0.0, "disbursements": 0.0, "expenditures": 0.0}
    for tx in elem.iterfind("transaction"):
        kind = TRANSACTIONS.get((tx.find("transaction-type").get("code") or "")
                                if tx.find("transaction-type") is not None else "")
        value = tx.find("value")
        if kind is None or value is None:
            continue
        if (value.get("currency") or currency) != currency:
            mixed = True
            continue
        totals[kind] += _number(value.text)
    areas = []
    for location in elem.iterfind("location"):
        name = narrative(location.find("name")) or narrative(location.find("description"))
        if name and name not in areas:
            areas.append(name)
    sectors = []
    for sector in elem.iterfind("sector"):
        name = _sector_name(sector)
        if name and name not in sectors:
            sectors.append(name)
    status = elem.find("activity-status")
    description = elem.find("description[@type='1']")
    return {
        "identifier": (elem.findtext("iati-identifier") or "").strip(),
        "title": narrative(elem.find("title"))[:MAX_TEXT],
        "description": narrative(description if description is not None
                                 else elem.find("description"))[:MAX_TEXT],
        "reporting_org": narrative(reporting),
        "reporting_org_ref": (reporting.get("ref") or "").strip() if reporting is not None else "",
        "reporting_org_type": (reporting.get("type") or "").strip() if reporting is not None
        else "",
        "organisations": orgs,
        "status": (status.get("code") or "").strip() if status is not None else "",
        "start_date": start[1] if start else None,
        "end_date": end[1] if end else None,
        "countries": [(c.get("code") or "").strip().upper()
                      for c in elem.iterfind("recipient-country") if c.get("code")],
        "regions": [c.get("code") for c in elem.iterfind("recipient-region") if c.get("code")],
        "sectors": sectors,
        "areas": areas,
        "humanitarian": (elem.get("humanitarian") or "").strip() in ("1", "true"),
        "currency": currency,
        "budget": budgets["2"] or budgets["1"],
        **totals,
        "mixed_currencies": mixed,
        "line": elem.sourceline,
    }


def _refuse_entities(path: Path) -> None:
    """IATI files never declare a DTD; one that does (entity bombs) is refused before parsing."""
    with open(path, "rb") as fh:
        head = fh.read(65_536)
    if not head.strip():
        raise UnreadableFile(msg("{file} is empty.", file=path.name))
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise UnreadableFile(msg("{file} declares a DTD or entities, which IATI files never do; "
                                 "PartnerDesk refuses it (it could expand without end).",
                                 file=path.name))


def _options() -> dict:
    return {"resolve_entities": False, "no_network": True, "load_dtd": False,
            "huge_tree": False, "remove_comments": True, "recover": False}


def _check_root(path: Path) -> None:
    from lxml import etree
    try:
        for _event, elem in etree.iterparse(str(path), events=("start",), **_options()):
            name = etree.QName(elem).localname
            if name != "iati-activities":
                raise UnreadableFile(msg(
                    "{file} is XML but not an IATI activity file (its root is <{name}>, not "
                    "<iati-activities>).", file=path.name, name=name))
            if elem.getroottree().docinfo.internalDTD is not None:
                raise UnreadableFile(msg("{file} declares a DTD, which IATI files never do; "
                                         "refused.", file=path.name))
            return
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(msg("{file} is not XML ({reason}, line {line}).", file=path.name,
                                 reason=str(exc.msg), line=exc.lineno)) from None
    raise UnreadableFile(msg("{file} is not XML.", file=path.name))


def activities(path: str | Path, progress=None) -> Iterator[dict]:
    """Every activity of the file, in order; UnreadableFile if the file is not whole XML.
    `progress(bytes read, file size)` is called every few hundred activities."""
    from lxml import etree
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(msg("There is no file {path}.", path=str(path)))
    _refuse_entities(path)
    _check_root(path)
    size = path.stat().st_size
    fh = open(path, "rb")
    context = etree.iterparse(fh, events=("end",), tag="iati-activity", **_options())
    try:
        for n, (_event, elem) in enumerate(context, start=1):
            if progress and n % 250 == 0:
                progress(fh.tell(), size)
            yield activity(elem)
            elem.clear(keep_tail=False)
            parent = elem.getparent()
            while parent is not None and elem.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        raise UnreadableFile(msg("{file} is not whole XML ({reason}, line {line}); if it was "
                                 "downloaded, download it again.", file=path.name,
                                 reason=str(exc.msg), line=exc.lineno)) from None
    finally:
        del context
        fh.close()
