"""Partners from a CSV or Excel sheet (eTools partner exports or any sheet with a mapping):
a preview with every row's fate, then one transaction recorded as a batch.

Fates: new; match (same vendor number, or the same name without one: nothing changes); conflict
(a match whose values differ: the existing record is kept, the difference reported); similar (a
name close to an existing partner's: created unless the user picks the match); invalid (a rule
broken: skipped with its line and reason).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..db import database
from ..directory import Office, Partner, duplicates, partners
from ..errors import DomainError
from ..messages import joined, message_of, msg
from . import batches, columns, values
from .report import (CONFLICT, INVALID, MATCH, NEW, SIMILAR, Cancelled, ImportReport, RowFate,
                     UnreadableFile)
from .tabular import Table, read_table, text

Progress = Callable[[int, int, str], None] | None
Cancel = Callable[[], bool] | None
DATES = ("risk_assessed_on", "psea_assessed_on", "core_values_assessed_on")
VOCAB_FIELDS = ("risk_rating", "risk_assessment_type", "due_diligence_status")
COMPARED = ("legal_name", "short_name", "partner_type", "risk_rating", "risk_assessed_on")
MAX_TEXT = 2_000


def _office(office: str | None) -> Office:
    from ..directory import settings
    code = (office or settings.home_office() or "").upper()
    row = Office.get_or_none((Office.code == code) & (Office.deleted == False))  # noqa: E712
    if row is None:
        raise DomainError(msg("Office {code} is not set up on this computer; give an office "
                              "code with --office, e.g. KEN.", code=code or "(none)"))
    return row


def _latest_assessment(raw) -> tuple[str | None, object]:
    """eTools 'Micro Assessment (2019-05-03), Simplified Checklist (2017-01-01)' -> the latest."""
    best = (None, None)
    for part in values.split_list(raw):
        name, _, rest = part.partition("(")
        try:
            day = values.parse_date(rest.rstrip(") ").strip())
        except ValueError:
            continue
        if day and (best[1] is None or day > best[1]):
            best = (values.code_of("risk_assessment_type", name), day)
    return best


def _row_data(cells: list, chosen: dict[int, str], mapping, office: Office,
              notes: list[str]) -> dict:
    raw = {f: cells[i] if i < len(cells) else None for i, f in chosen.items()}
    extra = mapping.values if mapping else {}
    data: dict = {"country": office.country, "due_diligence_status": "not_started"}
    for key in ("legal_name", "short_name", "vendor_number", "address", "email", "phone", "notes"):
        if key in raw and text(raw[key]):
            data[key] = text(raw[key])
    for key, limit in (("legal_name", 300), ("short_name", 60)):
        if len(data.get(key, "")) > limit:
            raise ValueError(msg("The {field} is {length} characters long; at most {limit} "
                                 "fit.", field=key.replace("_", " "), length=len(data[key]),
                                 limit=limit))
    for key, value in data.items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValueError(msg("The {field} is {length} characters long; at most {limit} "
                                 "fit.", field=key.replace("_", " "), length=len(value),
                                 limit=MAX_TEXT))
    defaults = extra.get("_default", {})
    ptype = values.code_of("partner_type", raw.get("partner_type"), extra.get("partner_type"))
    cso = None
    if ptype is None:
        ptype, cso = values.split_partner_type(raw.get("partner_type"))
    if raw.get("partner_type") not in (None, "") and ptype is None:
        raise ValueError(msg("Partner type '{value}' is not one PartnerDesk knows (e.g. Civil "
                             "Society Organization, Government, UN Agency); map its values in "
                             "the column mapping.", value=text(raw["partner_type"])))
    data["partner_type"] = ptype or defaults.get("partner_type")
    cso = values.code_of("cso_type", raw.get("cso_type"), extra.get("cso_type")) or cso
    if data["partner_type"] == "cso":
        data["cso_type"] = cso or defaults.get("cso_type")
    for key in VOCAB_FIELDS:
        if raw.get(key) in (None, ""):
            continue
        code = values.code_of(key, raw[key], extra.get(key))
        if code is None:
            notes.append(msg("{field} '{value}' is not known; left empty",
                             field=key.replace("_", " "), value=text(raw[key])))
        else:
            data[key] = code
    for key in DATES:
        if key in raw:
            day = values.parse_date(raw[key])
            if day:
                data[key] = day.isoformat()
    if raw.get("assessments") and not data.get("risk_assessed_on"):
        kind, day = _latest_assessment(raw["assessments"])
        if day:
            data["risk_assessed_on"] = day.isoformat()
            data.setdefault("risk_assessment_type", kind)
    if text(raw.get("sea_risk_rating")):
        data["notes"] = "\n".join(filter(None, [data.get("notes", ""),
                                                f"SEA risk rating: {text(raw['sea_risk_rating'])}"]))
    return {k: v for k, v in data.items() if v not in (None, "")}


def _differences(data: dict, existing: dict) -> list[str]:
    return [k.replace("_", " ") for k in COMPARED
            if data.get(k) not in (None, "") and str(existing.get(k) or "") != str(data[k])]


def plan(path: str | Path, *, office: str | None = None, mapping=None, table: Table | None = None,
         progress: Progress = None, cancel: Cancel = None) -> ImportReport:
    """Read the sheet and decide every row's fate; writes nothing."""
    home = _office(office)
    table = table or read_table(path, mapping.sheet if mapping else None)
    chosen = columns.recognise(table.headers, "partners", mapping)
    if missing := columns.missing_required(chosen, "partners"):
        raise UnreadableFile(msg(
            "{name}: no column holds the partner's {fields} (headers: {headers}). Choose the "
            "columns with a mapping (--map MAPPING.json, or in the import window).",
            name=table.name, fields=[m.replace("_", " ") for m in missing],
            headers=", ".join(h for h in table.headers if h)[:300]))
    report = ImportReport("partners", read=len(table.rows))
    report.context["office"] = home.code
    report.context["columns"] = {table.headers[i]: f for i, f in sorted(chosen.items())}
    names = duplicates.NameIndex()
    vendors = {v: (i, n) for i, n, v in database.execute_sql(
        "SELECT id, legal_name, vendor_number FROM partner WHERE deleted = 0 "
        "AND vendor_number != ''")}
    seen_vendor: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    total = len(table.rows)
    for n, (line, cells) in enumerate(table.rows, start=1):
        if cancel and n % 200 == 1 and cancel():
            raise Cancelled()
        if progress and (n % 500 == 0 or n == total):
            progress(n, total, "")
        source = {table.headers[i] or f"column {i + 1}": text(c)
                  for i, c in enumerate(cells) if i < len(table.headers) and c not in (None, "")}
        notes: list[str] = []
        try:
            data = _row_data(cells, chosen, mapping, home, notes)
        except ValueError as exc:
            report.rows.append(RowFate(line, INVALID, text(cells[0]) if cells else "",
                                       message_of(exc), source=source))
            continue
        label = data.get("legal_name", "")
        errors = partners.validate({k: v for k, v in data.items() if k != "vendor_number"})
        if errors:
            report.rows.append(RowFate(line, INVALID, label, joined(errors.values()),
                                       data=data, source=source))
            continue
        vendor, key = data.get("vendor_number", ""), duplicates.name_key(label)
        fate = RowFate(line, NEW, label, joined(notes), data=data, source=source)
        if vendor and vendor in seen_vendor:
            fate.fate, fate.message = INVALID, msg("Same vendor number {vendor} as line {line}; "
                                                   "keep one row.", vendor=vendor,
                                                   line=seen_vendor[vendor])
        elif not vendor and key in seen_name:
            fate.fate, fate.message = INVALID, msg("Same name as line {line} and no vendor "
                                                   "number to tell them apart; keep one row.",
                                                   line=seen_name[key])
        elif vendor and vendor in vendors:
            fate.existing_id, fate.existing_label = vendors[vendor]
            fate.fate = MATCH
        elif not vendor and (hit := names.exact_match(label)):
            fate.existing_id, fate.existing_label = hit
            fate.fate = MATCH
        elif candidates := names.similar(label, limit=3):
            fate.fate, fate.candidates = SIMILAR, candidates
            fate.message = joined([fate.message, msg("looks like {names}", names=[
                f"{name} ({score:.0f}%)" for _i, name, score in candidates])])
        if fate.fate == MATCH:
            current = partners.as_form(Partner.get_by_id(fate.existing_id))
            if diff := _differences(data, current):
                fate.fate = CONFLICT
                fate.message = msg(("Matches {partner}, whose {fields} differs; the existing "
                                    "values are kept.",
                                    "Matches {partner}, whose {fields} differ; the existing "
                                    "values are kept."), n=len(diff),
                                   partner=fate.existing_label, fields=diff)
        if vendor:
            seen_vendor.setdefault(vendor, line)
        seen_name.setdefault(key, line)
        report.rows.append(fate)
    return report


def tally(report: ImportReport, decisions: dict[int, str] | None = None) -> list[RowFate]:
    """Count the fates into the report (and its problems); returns the rows to create.
    `decisions` maps a line to an existing partner id (a match) or "skip"."""
    decisions = decisions or {}
    report.created = report.matched = report.skipped = 0
    report.problems = []
    creating = []
    for fate in report.rows:
        choice = decisions.get(fate.line)
        if choice == "skip" or fate.fate == INVALID:
            report.skipped += 1
            if fate.fate == INVALID:
                report.problem(f"line {fate.line}", fate.message)
            continue
        if choice or fate.fate in (MATCH, CONFLICT):
            report.matched += 1
            if fate.fate == CONFLICT:
                report.problem(f"line {fate.line}", fate.message)
            continue
        if fate.message:
            report.problem(f"line {fate.line}", msg("{label}: created; {notes}",
                                                    label=fate.label, notes=fate.message))
        creating.append(fate)
    report.created = len(creating)
    return creating


def summarise(report: ImportReport, decisions: dict[int, str] | None = None) -> ImportReport:
    """What apply() would do, counted; nothing is written (--dry-run)."""
    tally(report, decisions)
    return report


def apply(report: ImportReport, *, filename: str, decisions: dict[int, str] | None = None,
          progress: Progress = None, cancel: Cancel = None) -> ImportReport:
    """Write the planned rows in one transaction as a batch; a bad row or a crash writes
    nothing."""
    office = report.context["office"]
    creating = tally(report, decisions)
    with database.atomic() as tx:
        batch_id = batches.start("partners", filename, office)
        prefix = f"{office}/PT/"
        number = int(partners.next_reference(office)[len(prefix):])
        items = []
        for start in range(0, len(creating), 500):
            if cancel and cancel():
                tx.rollback()
                raise Cancelled()
            chunk = [Partner(office=office, reference=f"{prefix}{number + start + i:05d}",
                             **{k: v for k, v in fate.data.items() if k in partners.EDITABLE})
                     for i, fate in enumerate(creating[start:start + 500])]
            batches.insert_records(chunk)  # every row still goes through the triggers
            items += [("partner", record.id, str(fate.line), fate.source)
                      for record, fate in zip(chunk, creating[start:start + 500])]
            if progress:
                progress(start + len(chunk), len(creating), "")
        batches.record(batch_id, items)
        report.batch = batch_id
        batches.finish(batch_id, report.as_json())
    return report
