"""Lists out to CSV or Excel, row by row (bounded memory), exactly as the caller filtered and
sorted them. Text that a spreadsheet would run as a formula (= + - @ at the start) is written as
text: quoted with ' in CSV, a string cell (never a formula) in Excel."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .. import alerts as alerts_api
from .. import listing
from ..errors import DomainError
from ..messages import msg

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PAGE = 1000


def csv_safe(value) -> str:
    """A cell for CSV: formulas defused with a leading apostrophe (OWASP's advice)."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = str(value)
    return "'" + text if isinstance(value, str) and text.startswith(FORMULA_START) else text


def spec_rows(spec: listing.ListSpec, *, search: str | None = None, filters: dict | None = None,
              order: str | None = None, descending: bool = False,
              formatters: dict[str, Callable] | None = None) -> Iterator[list]:
    """Every row of a list in the order shown, page by page, without the id column."""
    formatters = formatters or {}
    keys = [c.key for c in spec.columns]
    query = listing.Query(spec, search, filters, order, descending)
    for row in listing.rows(query, chunk=PAGE):
        yield [formatters[k](v) if k in formatters else v for k, v in zip(keys, row[1:])]


def alert_rows(office: str | None = None, today: dt.date | None = None) -> tuple[list, Iterator]:
    """Every alert (none cut at a limit), most urgent first: headers and rows."""
    found = alerts_api.collect(alerts_api.AlertQuery(today=today or dt.date.today(),
                                                     office=office, limit=alerts_api.EVERYTHING))
    headers = ["Severity", "Kind", "Reference", "Office", "Due", "Title"]
    return headers, ([a.severity, a.kind, a.reference, a.office, a.due, a.title] for a in found)


def write(out: str | Path, headers: list[str], rows: Iterable[list], *,
          total: int | None = None, progress=None, cancel=None, sheet: str = "Export") -> int:
    """Write rows to `out` (.csv or .xlsx by its suffix); returns how many were written.
    The file appears whole or not at all (written aside, then renamed)."""
    out = Path(out)
    if not out.parent.exists():
        raise DomainError(msg("The folder {folder} does not exist; choose another place.",
                              folder=str(out.parent)))
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise DomainError(msg("Export to .csv or .xlsx, not '{name}'.",
                              name=out.suffix or out.name))
    temp = out.with_name(out.name + ".part")
    try:
        count = (_write_csv if suffix == ".csv" else _write_xlsx)(
            temp, headers, rows, total, progress, cancel, sheet)
        temp.replace(out)
    finally:
        temp.unlink(missing_ok=True)
    return count


def _tick(count: int, total, progress, cancel) -> None:
    if count % 500 == 0:
        if cancel and cancel():
            from .report import Cancelled
            raise Cancelled()
        if progress:
            progress(count, total or 0, "")


def _write_csv(path, headers, rows, total, progress, cancel, _sheet) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:  # BOM: Excel reads UTF-8
        writer = csv.writer(fh)
        writer.writerow([csv_safe(h) for h in headers])
        for row in rows:
            writer.writerow([csv_safe(v) for v in row])
            count += 1
            _tick(count, total, progress, cancel)
    if progress:
        progress(count, total or count, "")
    return count


def xlsx_cell(ws, value):
    """A write-only cell; strings are always string cells, so '=...' is never a formula."""
    from openpyxl.cell import WriteOnlyCell
    if isinstance(value, str):
        value = value[:32_767]  # Excel's limit for one cell
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _write_xlsx(path, headers, rows, total, progress, cancel, sheet) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31])
    bold = Font(bold=True)
    head = []
    for h in headers:
        cell = xlsx_cell(ws, h)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    count = 0
    for row in rows:
        ws.append([xlsx_cell(ws, v) for v in row])
        count += 1
        _tick(count, total, progress, cancel)
    book.save(path)
    if progress:
        progress(count, total or count, "")
    return count


# Programme documents have no list of their own in the window (they open inside their
# agreement); this is the list the export and the command line use.
PDS = listing.ListSpec(
    table="programme_document", fts="",
    columns=(
        listing.Column("reference", "Reference", "t.reference"),
        listing.Column("title", "Title", "t.title"),
        listing.Column("pd_type", "Type", "t.pd_type"),
        listing.Column("partner", "Partner", "p.legal_name"),
        listing.Column("agreement", "Agreement", "a.reference"),
        listing.Column("status", "Status", "t.status"),
        listing.Column("start_date", "Start", "t.start_date"),
        listing.Column("end_date", "End", "t.end_date"),
        listing.Column("currency", "Currency", "t.currency"),
        listing.Column("unicef_cash_total", "UNICEF cash", "t.unicef_cash_total"),
        listing.Column("office", "Office", "t.office"),
    ),
    joins="JOIN agreement a ON a.id = t.agreement_id JOIN partner p ON p.id = a.partner_id",
    filters={"office": "t.office = ?", "status": "t.status = ?",
             "amendments": "(t.amendment_of IS NOT NULL) = ?"},
)
