"""Which column holds which field: eTools export headers recognised out of the box, any other
sheet through a column mapping the user picks once and saves as JSON.

A mapping file: {"kind": "partners" | "agreements", "columns": {"Header in the file": "field"
or "" to ignore}, "values": {"field": {"value in the file": "code"}, "_default": {"field":
"code"}}, "sheet": "Sheet1"}; "_default" gives a field's value where the sheet has none.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DomainError
from ..messages import msg


def normalise(header: str) -> str:
    """'Vendor No.' -> 'vendor no'; 'FR Number(s)' -> 'fr number s'."""
    return " ".join(re.findall(r"[a-z0-9]+", str(header or "").lower()))


# field -> headers that mean it (normalised); eTools export labels first
PARTNER_COLUMNS: dict[str, tuple[str, ...]] = {
    "legal_name": ("organizations full name", "organization full name", "organisation full name",
                   "legal name", "partner name", "organization name", "organisation name",
                   "vendor name", "full name", "name", "partner", "organisation", "organization",
                   "partner organisation", "partner organization", "ngo", "ngo name"),
    "short_name": ("short name", "acronym", "abbreviation"),
    "vendor_number": ("vendor number", "vendor no", "vendor", "vendor id", "vendor code"),
    "partner_type": ("partner type", "organization type", "organisation type", "type"),
    "cso_type": ("cso type", "civil society type"),
    "risk_rating": ("hact risk rating", "risk rating", "rating", "risk"),
    "sea_risk_rating": ("sea risk rating", "psea risk rating"),
    "psea_assessed_on": ("psea assessment date", "date of psea assessment"),
    "risk_assessment_type": ("type of assessment", "assessment type"),
    "risk_assessed_on": ("date assessed", "last assessment date", "assessment date",
                         "date of assessment"),
    "core_values_assessed_on": ("date last assessed against core values",
                                "core values assessment date", "core values date"),
    "assessments": ("assessment type date assessed",),
    "address": ("address", "postal address"),
    "email": ("email address", "email", "e mail", "contact email", "contact e mail"),
    "phone": ("phone number", "phone", "telephone"),
    "country": ("country", "country code"),
    "due_diligence_status": ("due diligence", "due diligence status"),
    "notes": ("notes", "comments", "basis for risk rating"),
}

AGREEMENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "reference": ("reference number", "pd reference", "pd ssfa reference", "pd number",
                  "reference", "number"),
    "partner_name": ("partner", "partner name", "organizations full name"),
    "vendor_number": ("vendor number", "vendor no", "vendor"),
    "status": ("status", "pd status"),
    "agreement_reference": ("agreement", "agreement number", "agreement reference"),
    "agreement_type": ("agreement type",),
    "country_programme": ("country programme", "country program"),
    "document_type": ("document type", "pd type"),
    "title": ("title", "pd title"),
    "start_date": ("start date", "start"),
    "end_date": ("end date", "end"),
    "offices": ("unicef office", "offices", "office"),
    "sections": ("sections", "section"),
    "locations": ("locations", "location"),
    "humanitarian": ("humanitarian", "humanitarian flag", "contingency pd"),
    "currency": ("budget currency", "currency"),
    "partner_contribution": ("total cso contribution", "cso contribution",
                             "partner contribution"),
    "unicef_cash": ("unicef cash", "total unicef cash"),
    "supplies": ("unicef supply", "unicef supplies", "in kind amount"),
    "total_budget": ("total pd ssfa budget", "total budget"),
    "fr_numbers": ("fr number s", "fr numbers", "fr number"),
    "fr_amount": ("fr amount",),
    "partner_signatory": ("signed by partner", "partner signatory"),
    "partner_signed_on": ("signed by partner date", "partner signed date"),
    "unicef_signatory": ("signed by unicef", "unicef signatory"),
    "unicef_signed_on": ("signed by unicef date", "unicef signed date"),
}

KINDS = {"partners": PARTNER_COLUMNS, "agreements": AGREEMENT_COLUMNS}
REQUIRED = {"partners": ("legal_name",), "agreements": ("reference", "title")}


@dataclass
class Mapping:
    kind: str
    columns: dict[str, str] = field(default_factory=dict)  # header in the file -> field ('' = ignore)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> {raw: code}
    sheet: str | None = None

    def as_json(self) -> dict:
        out = {"kind": self.kind, "columns": self.columns, "values": self.values}
        if self.sheet:
            out["sheet"] = self.sheet
        return out

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.as_json(), ensure_ascii=False, indent=1),
                              encoding="utf-8")


def load_mapping(path: str | Path, kind: str) -> Mapping:
    """A saved mapping, checked: DomainError says what is wrong with it."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DomainError(msg("There is no mapping file {path}.", path=str(path))) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DomainError(msg("The mapping {file} is not valid JSON ({reason}).",
                              file=path.name, reason=str(exc))) from None
    if not isinstance(data, dict) or not isinstance(data.get("columns", {}), dict):
        raise DomainError(msg("The mapping {file} needs an object with \"columns\": "
                              "{{\"Header\": \"field\"}}.", file=path.name))
    if data.get("kind", kind) != kind:
        raise DomainError(msg("The mapping {file} is for {other}, not {kind}.", file=path.name,
                              other=str(data["kind"]), kind=kind))
    known = KINDS[kind]
    for header, target in data.get("columns", {}).items():
        if target and target not in known:
            raise DomainError(msg("The mapping {file} sends '{header}' to '{target}', which is "
                                  "not a field; use one of: {fields}.", file=path.name,
                                  header=str(header), target=str(target), fields=list(known)))
    values = data.get("values") or {}
    if not isinstance(values, dict) or not all(isinstance(v, dict) for v in values.values()):
        raise DomainError(msg("The mapping {file}: \"values\" maps a field to {{\"value in the "
                              "file\": \"code\"}}.", file=path.name))
    return Mapping(kind, dict(data.get("columns") or {}), values, data.get("sheet"))


def recognise(headers: list[str], kind: str, mapping: Mapping | None = None) -> dict[int, str]:
    """Column index -> field: the mapping's choices first, then known header names."""
    known = KINDS[kind]
    by_name = {normalise(h): f for f, names in known.items() for h in reversed(names)}
    chosen: dict[int, str] = {}
    taken: set[str] = set()
    explicit = {normalise(h): f for h, f in (mapping.columns.items() if mapping else ())}
    for index, header in enumerate(headers):
        key = normalise(header)
        if key in explicit:
            if explicit[key] and explicit[key] not in taken:
                chosen[index] = explicit[key]
                taken.add(explicit[key])
    for index, header in enumerate(headers):
        key = normalise(header)
        if index in chosen or key in explicit:
            continue
        target = by_name.get(key)
        if target and target not in taken:
            chosen[index] = target
            taken.add(target)
    return chosen


def missing_required(chosen: dict[int, str], kind: str) -> list[str]:
    return [f for f in REQUIRED[kind] if f not in chosen.values()]
