"""IATI 2.03 codelists and schemas shipped in models/interchange/iati/: code -> English name,
checks of the codes PartnerDesk writes, and the XSD validators (loaded once, offline)."""
from __future__ import annotations

import functools
from pathlib import Path

HERE = Path(__file__).resolve().parent / "iati"
ACTIVITY_XSD = HERE / "iati-activities-schema.xsd"
ORGANISATION_XSD = HERE / "iati-organisations-schema.xsd"


def safe_parser(**options):
    """An lxml parser that never expands entities, never loads a DTD or anything from the
    network, and keeps libxml2's limits on huge documents (billion laughs and friends)."""
    from lxml import etree
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           huge_tree=False, dtd_validation=False, **options)


@functools.lru_cache(maxsize=None)
def codelist(name: str) -> dict[str, str]:
    """code -> English name of an IATI codelist, e.g. codelist("OrganisationType")["21"]."""
    from lxml import etree
    root = etree.parse(str(HERE / f"{name}.xml"), safe_parser()).getroot()
    out = {}
    for item in root.iter("codelist-item"):
        code = item.findtext("code")
        names = [n for n in item.findall("name/narrative")
                 if n.get("{http://www.w3.org/XML/1998/namespace}lang") in (None, "en")]
        out[code] = (names[0].text or "").strip() if names else code
    return out


def name_of(list_name: str, code: str | None) -> str:
    if not code:
        return ""
    return codelist(list_name).get(code, code)


def check(list_name: str, code: str, where: str) -> None:
    """ValueError when `code` is not in the codelist (what PartnerDesk writes must be)."""
    if code not in codelist(list_name):
        raise ValueError(f"{where}: '{code}' is not in the IATI {list_name} codelist.")


@functools.lru_cache(maxsize=None)
def schema(kind: str):
    """The lxml XMLSchema for 'activities' or 'organisations'."""
    from lxml import etree
    path = ACTIVITY_XSD if kind == "activities" else ORGANISATION_XSD
    return etree.XMLSchema(etree.parse(str(path), safe_parser()))


def validate(path: str | Path, kind: str = "activities") -> list[str]:
    """Schema errors of an IATI file (empty when it is valid), each with its line."""
    from lxml import etree
    xsd = schema(kind)
    doc = etree.parse(str(path), safe_parser())
    if xsd.validate(doc):
        return []
    return [f"line {e.line}: {e.message}" for e in xsd.error_log]
