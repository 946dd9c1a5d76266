"""Read a sheet (CSV or Excel .xlsx) into a header and numbered rows, refusing files that cannot
be read with one clear sentence (UnreadableFile) before anything is written.

Cells are kept as the file has them (text stays text: `=HYPERLINK(...)` is never evaluated);
Excel dates become dates and whole numbers lose their `.0` (vendor numbers).
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .report import UnreadableFile
from ..messages import msg

MAX_FIELD = 1_000_000  # characters in one cell; more means a broken quote or not a sheet
SNIFF_BYTES = 65_536


@dataclass
class Table:
    name: str  # file name, for messages
    headers: list[str]
    rows: list[tuple[int, list]] = field(default_factory=list)  # (line in the file, cells)
    hashtags: list[str] = field(default_factory=list)  # an HXL hashtag row under the header
    sheet: str = ""


def _is_hashtag_row(cells: list) -> bool:
    texts = [str(c).strip() for c in cells if c not in (None, "")]
    return bool(texts) and all(t.startswith("#") for t in texts)


def _clean_excel(value):
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time(0) else value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _finish(name: str, raw_rows, sheet: str = "") -> Table:
    """First non-empty row is the header; an HXL hashtag row right under it is kept apart."""
    table: Table | None = None
    for line, cells in raw_rows:
        if table is None:
            if not any(c not in (None, "") for c in cells):
                continue
            if _is_hashtag_row(cells):  # hashtags only, no header text above them
                table = Table(name, [str(c or "").strip() for c in cells], sheet=sheet)
                table.hashtags = list(table.headers)
                continue
            table = Table(name, [str(c if c is not None else "").strip() for c in cells],
                          sheet=sheet)
            continue
        if not table.rows and not table.hashtags and _is_hashtag_row(cells):
            table.hashtags = [str(c or "").strip() for c in cells]
            continue
        if any(c not in (None, "") for c in cells):
            table.rows.append((line, list(cells)))
    if table is None:
        raise UnreadableFile(msg("{file} is empty: there is no header row and no data.",
                                 file=name))
    width = len(table.headers)
    table.hashtags += [""] * (width - len(table.hashtags))
    return table


def _decode_stream(path: Path, head: bytes) -> io.TextIOBase:
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableFile(msg("{file} is a binary file, not a CSV or Excel sheet.",
                                 file=path.name))
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    return open(path, encoding=encoding, errors="strict", newline="")


def read_csv(path: Path) -> Table:
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise UnreadableFile(msg("{file} is empty: there is no header row and no data.",
                                 file=path.name))
    csv.field_size_limit(MAX_FIELD)
    line = 0
    try:
        with _decode_stream(path, head) as text:
            sample = text.read(SNIFF_BYTES)
            text.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
            except csv.Error:
                dialect = csv.excel
            reader = csv.reader(text, dialect)
            rows = []
            for cells in reader:
                line = reader.line_num
                rows.append((line, cells))
    except UnicodeDecodeError as exc:
        raise UnreadableFile(msg(
            "{file} is not UTF-8 text (byte 0x{byte} after line {line}). Save it from Excel as "
            "'CSV UTF-8' or as .xlsx, then import it again.", file=path.name,
            byte=f"{exc.object[exc.start]:02X}", line=line)) from None
    except csv.Error as exc:
        raise UnreadableFile(msg("{file} cannot be read as CSV at line {line} ({reason}); a "
                                 "quote is probably not closed.", file=path.name, line=line + 1,
                                 reason=str(exc))) from None
    return _finish(path.name, rows)


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise UnreadableFile(msg("{file} is not a readable Excel .xlsx workbook ({reason}).",
                                 file=path.name, reason=str(exc))) from None
    try:
        names = book.sheetnames
        if sheet and sheet not in names:
            raise UnreadableFile(msg("{file} has no sheet '{sheet}'; it has: {sheets}.",
                                     file=path.name, sheet=sheet, sheets=list(names)))
        ws = book[sheet or names[0]]
        raw = ((n, [_clean_excel(v) for v in row])
               for n, row in enumerate(ws.iter_rows(values_only=True), start=1))
        try:
            return _finish(path.name, raw, ws.title)
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise UnreadableFile(msg("{file} is damaged and cannot be read ({reason}).",
                                     file=path.name, reason=str(exc))) from None
    finally:
        book.close()


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """The sheet in `path`: .xlsx through openpyxl, anything else as delimited text."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(msg("There is no file {path}.", path=str(path)))
    with open(path, "rb") as fh:
        magic = fh.read(8)
    suffix = path.suffix.lower()
    if suffix == ".xls" or magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(msg("{file} is an old Excel .xls workbook; save it as .xlsx (or CSV "
                                 "UTF-8) and import that.", file=path.name))
    if suffix in (".xlsx", ".xlsm") or magic.startswith(b"PK\x03\x04"):
        return read_xlsx(path, sheet)
    return read_csv(path)


def text(value) -> str:
    """A cell as text: dates in ISO form, whole numbers without decimals, None as ''."""
    if value is None:
        return ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
