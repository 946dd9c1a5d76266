"""Helpers for the data in/out tests: offices for the real files' countries, eTools-shaped
sheets, a hash of a database file, and the CLI run in-process."""
from __future__ import annotations

import hashlib
from pathlib import Path

from openpyxl import Workbook

from cli import main as cli_main
from models.db import close_database
from models.directory import settings
from .raw import raw_connect

DATA = Path(__file__).resolve().parents[1] / "data" / "interchange"

ETOOLS_PARTNER_HEADERS = [
    "Vendor Number", "Marked for Deletion", "Blocked", "Organizations Full Name", "Short Name",
    "Alternate Name", "Partner Type", "Shared Partner", "Address", "Email Address",
    "Phone Number", "HACT Risk Rating", "SEA Risk Rating", "Psea Assessment Date",
    "Highest Risk Rating Type", "Highest Risk Rating Name", "Type Of Assessment",
    "Date Assessed", "Actual Cash Transfer for CP (USD)",
    "Actual Cash Transfer for Current Year (USD)", "Staff Members",
    "Date Last Assessed Against Core Values", "Assessment Type (Date Assessed)", "URL",
    "Basis For Risk Rating", "Planned Programmatic Visits"]

ETOOLS_PD_HEADERS = [
    "Partner", "Vendor Number", "Status", "Partner Type", "Agreement", "Country Programme",
    "Document Type", "Reference Number", "Title", "Start Date", "End Date", "UNICEF Office",
    "Sections", "Locations", "Contingency PD", "Cluster", "UNICEF Focal Points",
    "CSO Authorized Officials", "Budget Currency", "Total CSO Contribution", "UNICEF Cash",
    "UNICEF Supply", "Total PD/SSFA Budget", "FR Number(s)", "FR Currency", "FR Posting Date",
    "FR Amount", "FR Actual CT", "Outstanding DCT", "Signed by Partner",
    "Signed by Partner Date", "Signed by UNICEF", "Signed by UNICEF Date"]


def partner_row(vendor, name, ptype="Civil Society Organization/National", risk="Medium",
                assessed="2022-05-03", email="", **extra) -> list:
    values = {"Vendor Number": vendor, "Marked for Deletion": "No", "Blocked": "No",
              "Organizations Full Name": name, "Partner Type": ptype,
              "HACT Risk Rating": risk, "Type Of Assessment": "Micro Assessment" if risk else "",
              "Date Assessed": assessed if risk else "", "Email Address": email, **extra}
    return [values.get(h, "") for h in ETOOLS_PARTNER_HEADERS]


def write_xlsx(path: Path, headers: list, rows: list[list], hashtags: list | None = None) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(headers)
    if hashtags:
        ws.append(hashtags)
    for row in rows:
        ws.append(row)
        for cell in ws[ws.max_row]:  # text that looks like a formula stays text, as typed
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    book.save(path)
    return path


def add_offices(*offices: tuple[str, str]) -> None:
    """Offices (code, ISO3) next to the test's home office, which stays home."""
    home = settings.home_office()
    for code, country in offices:
        settings.setup_office({"code": code, "name": f"{code} office", "country": country,
                               "region": "WCARO"})
    if home:
        settings.put("home_office", home)


def file_hash(path: Path) -> str:
    """SHA-256 of the database file once every committed change is in it."""
    close_database()
    con = raw_connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli_main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err
