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
        raise UnreadableFile(f"{name} is empty: there is no header row and no data.")
    width = len(table.headers)
    table.hashtags += [""] * (width - len(table.hashtags))
    return table


def _decode_stream(path: Path, head: bytes) -> io.TextIOBase:
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise UnreadableFile(f"{path.name} is a binary file, not a CSV or Excel sheet.")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    return open(path, encoding=encoding, errors="strict", newline="")


def read_csv(path: Path) -> Table:
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head.strip():
        raise UnreadableFile(f"{path.name} is empty: there is no header row and no data.")
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
        raise UnreadableFile(
            f"{path.name} is not UTF-8 text (byte 0x{exc.object[exc.start]:02X} after line "
            f"{line}). Save it from Excel as 'CSV UTF-8' or as .xlsx, then import it again."
        ) from None
    except csv.Error as exc:
        raise UnreadableFile(f"{path.name} cannot be read as CSV at line {line + 1} ({exc}); "
                             "a quote is probably not closed.") from None
    return _finish(path.name, rows)


def read_xlsx(path: Path, sheet: str | None = None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise UnreadableFile(f"{path.name} is not a readable Excel .xlsx workbook ({exc}).") \
            from None
    try:
        names = book.sheetnames
        if sheet and sheet not in names:
            raise UnreadableFile(f"{path.name} has no sheet '{sheet}'; it has: "
                                 f"{', '.join(names)}.")
        ws = book[sheet or names[0]]
        raw = ((n, [_clean_excel(v) for v in row])
               for n, row in enumerate(ws.iter_rows(values_only=True), start=1))
        try:
            return _finish(path.name, raw, ws.title)
        except (zipfile.BadZipFile, KeyError, ValueError) as exc:
            raise UnreadableFile(f"{path.name} is damaged and cannot be read ({exc}).") from None
    finally:
        book.close()


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """The sheet in `path`: .xlsx through openpyxl, anything else as delimited text."""
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"There is no file {path}.")
    with open(path, "rb") as fh:
        magic = fh.read(8)
    suffix = path.suffix.lower()
    if suffix == ".xls" or magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(f"{path.name} is an old Excel .xls workbook; save it as .xlsx (or "
                             "CSV UTF-8) and import that.")
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
