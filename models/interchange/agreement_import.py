"""Agreements and programme documents from a CSV or Excel sheet (eTools intervention exports or
any sheet with a mapping). Each row is a PD; its agreement is found by reference or created once
for the rows that name it; its partner must already be in PartnerDesk (same vendor number or
name). Columns PartnerDesk has no field for (offices, sections, FR numbers and amounts) stay in
the import record of the row, so nothing read is lost."""
from __future__ import annotations

from pathlib import Path

from ..agreements import PD_STATUSES, Agreement, ProgrammeDocument, pd_totals, validate_pd
from ..db import database
from ..directory import duplicates
from ..messages import message_of, msg, status as status_label
from . import batches, columns, values
from .partner_import import _office, summarise, tally
from .report import CONFLICT, INVALID, MATCH, NEW, Cancelled, ImportReport, RowFate, UnreadableFile
from .tabular import Table, read_table, text

__all__ = ["plan", "apply", "summarise"]
SIGNED = {"signed", "active", "ended", "closed", "suspended", "terminated"}


def _agreement_type(raw: dict, reference: str, document_type: str | None) -> str:
    kind = text(raw.get("agreement_type")).lower()
    for code in ("ssfa", "pca", "mou"):
        if code in kind or code.upper() in reference.upper():
            return code
    return "ssfa" if document_type == "ssfa" else "pca"


def _row(cells, chosen, mapping) -> tuple[dict, dict]:
    raw = {f: cells[i] if i < len(cells) else None for i, f in chosen.items()}
    extra = mapping.values if mapping else {}
    document_type = values.code_of("document_type", raw.get("document_type"),
                                   extra.get("document_type"))
    status = values.code_of("pd_status", raw.get("status"), extra.get("status")) or "draft"
    pd = {"reference": text(raw.get("reference")), "title": text(raw.get("title")),
          "pd_type": "humanitarian" if (document_type == "humanitarian"
                                        or values.parse_flag(raw.get("humanitarian")))
          else "standard",
          "status": status, "currency": (text(raw.get("currency")) or "USD").upper()[:3],
          "locations": values.split_list(raw.get("locations")),
          "partner_signatory": text(raw.get("partner_signatory")),
          "unicef_signatory": text(raw.get("unicef_signatory"))}
    for key in ("start_date", "end_date", "partner_signed_on", "unicef_signed_on"):
        day = values.parse_date(raw.get(key))
        pd[key] = day.isoformat() if day else None
    pd["budget_lines"] = [{"activity": "Budget as imported",
                           "unicef_cash": values.parse_amount(raw.get("unicef_cash")),
                           "partner_contribution": values.parse_amount(
                               raw.get("partner_contribution")),
                           "supplies": values.parse_amount(raw.get("supplies"))}]
    agreement = {"reference": text(raw.get("agreement_reference")),
                 "country_programme": text(raw.get("country_programme")),
                 "agreement_type": _agreement_type(raw, text(raw.get("agreement_reference")),
                                                   document_type)}
    partner = {"vendor_number": text(raw.get("vendor_number")),
               "name": text(raw.get("partner_name"))}
    return {"pd": pd, "agreement": agreement, "partner": partner}, raw


def _partner(partner: dict, names: duplicates.NameIndex, vendors: dict) -> tuple[str, str] | None:
    """The partner a row names: by vendor number when it has one (the number decides), else by
    the same name."""
    if partner["vendor_number"]:
        return vendors.get(partner["vendor_number"])
    return names.exact_match(partner["name"]) if partner["name"] else None


def plan(path: str | Path, *, office: str | None = None, mapping=None, table: Table | None = None,
         progress=None, cancel=None) -> ImportReport:
    """Decide every row's fate; writes nothing."""
    home = _office(office)
    table = table or read_table(path, mapping.sheet if mapping else None)
    chosen = columns.recognise(table.headers, "agreements", mapping)
    if missing := columns.missing_required(chosen, "agreements"):
        raise UnreadableFile(msg("{name}: no column holds the programme document's {fields}; "
                                 "choose the columns with a mapping.", name=table.name,
                                 fields=list(missing)))
    report = ImportReport("agreements", read=len(table.rows))
    report.context.update(office=home.code, columns={table.headers[i]: f for i, f in
                                                     chosen.items()})
    names = duplicates.NameIndex()
    vendors = {v: (i, n) for i, n, v in database.execute_sql(
        "SELECT id, legal_name, vendor_number FROM partner WHERE deleted = 0 AND "
        "vendor_number != ''")}
    existing = {r: (i, t, s) for i, r, t, s in database.execute_sql(
        "SELECT id, reference, title, status FROM programme_document WHERE deleted = 0")}
    agreements = {r: i for i, r in database.execute_sql(
        "SELECT id, reference FROM agreement WHERE deleted = 0 AND amendment_of IS NULL")}
    seen: dict[str, int] = {}
    for n, (line, cells) in enumerate(table.rows, start=1):
        if cancel and n % 200 == 1 and cancel():
            raise Cancelled()
        source = {table.headers[i] or f"column {i + 1}": text(c)
                  for i, c in enumerate(cells) if i < len(table.headers) and c not in (None, "")}
        try:
            data, _raw = _row(cells, chosen, mapping)
        except ValueError as exc:
            report.rows.append(RowFate(line, INVALID, text(cells[0]) if cells else "",
                                       message_of(exc), source=source))
            continue
        pd, ref = data["pd"], data["pd"]["reference"]
        fate = RowFate(line, NEW, ref or pd["title"], data=data, source=source)
        hit = _partner(data["partner"], names, vendors)
        if not ref:
            fate.fate, fate.message = INVALID, msg("The row has no programme document "
                                                   "reference.")
        elif ref in seen:
            fate.fate, fate.message = INVALID, msg("Same reference {reference} as line {line}.",
                                                   reference=ref, line=seen[ref])
        elif ref in existing:
            fate.existing_id, title, status = existing[ref]
            fate.fate = MATCH
            if (title, status) != (pd["title"], pd["status"]):
                fate.fate = CONFLICT
                fate.message = msg("{reference} is already in PartnerDesk as '{title}' "
                                   "({status}); it is kept as it is.", reference=ref,
                                   title=title, status=status_label(PD_STATUSES, status))
        elif hit is None:
            who = data["partner"]["name"] or data["partner"]["vendor_number"] or msg(
                "(no partner)")
            fate.fate, fate.message = INVALID, msg("Partner {who} is not in PartnerDesk; import "
                                                   "the partners first (import partners FILE).",
                                                   who=who)
        elif not data["agreement"]["reference"]:
            fate.fate, fate.message = INVALID, msg("The row names no agreement.")
        else:
            data["partner_id"] = hit[0]
            agreement = Agreement(agreement_type=data["agreement"]["agreement_type"],
                                  status="draft", end_date=None, reference="")
            if data["agreement"]["reference"] in agreements:
                agreement = Agreement.get_by_id(agreements[data["agreement"]["reference"]])
            errors = validate_pd(pd, agreement, new=False)
            if errors:
                first = next(iter(errors.values()))
                fate.fate, fate.message = INVALID, first if len(errors) == 1 else msg(
                    ("{problem} (%n more problem in this row)",
                     "{problem} (%n more problems in this row)"), n=len(errors) - 1,
                    problem=first)
        seen.setdefault(ref, line)
        report.rows.append(fate)
    return report


def apply(report: ImportReport, *, filename: str, decisions=None, progress=None,
          cancel=None) -> ImportReport:
    """Create the agreements and PDs in one transaction, recorded as a batch."""
    office = report.context["office"]
    creating = tally(report, decisions)
    made: dict[str, Agreement] = {}
    with database.atomic() as tx:
        batch_id = batches.start("agreements", filename, office)
        items = []
        for i, fate in enumerate(creating):
            if cancel and i % 200 == 0 and cancel():
                tx.rollback()
                raise Cancelled()
            data, pd = fate.data, dict(fate.data["pd"])
            ref = data["agreement"]["reference"]
            agreement = made.get(ref) or Agreement.get_or_none(
                (Agreement.reference == ref) & (Agreement.deleted == False)  # noqa: E712
                & Agreement.amendment_of.is_null())
            if agreement is None:
                agreement = Agreement(office=office, reference=ref, partner=data["partner_id"],
                                      agreement_type=data["agreement"]["agreement_type"],
                                      country_programme=data["agreement"]["country_programme"],
                                      start_date=pd["start_date"], end_date=pd["end_date"],
                                      status="draft")
                agreement.save(force_insert=True)
                made[ref] = agreement
                items.append(("agreement", agreement.id, str(fate.line), {"agreement": ref}))
            elif ref in made:
                for key, pick in (("start_date", min), ("end_date", max)):
                    days = [d for d in (getattr(agreement, key), pd[key]) if d]
                    setattr(agreement, key, pick(str(d) for d in days) if days else None)
            if pd["status"] in SIGNED and agreement.status == "draft":
                agreement.status = "signed"
            agreement.save()
            record = ProgrammeDocument(office=office, agreement=agreement, **pd)
            record.unicef_cash_total = float(pd_totals(record).unicef_total)
            record.save(force_insert=True)
            items.append(("programme_document", record.id, str(fate.line), fate.source))
            if progress:
                progress(i + 1, len(creating), "")
        batches.record(batch_id, items)
        report.batch = batch_id
        report.extra["agreements_created"] = len(made)
        batches.finish(batch_id, report.as_json())
    return report
