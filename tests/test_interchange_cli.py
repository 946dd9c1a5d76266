"""The data in/out commands: JSON shapes, one clear line for files that cannot be read, the
database byte-identical after a refused file or a dry run, agreements from an eTools export."""
from __future__ import annotations

import json
import shutil

import pytest

from models.db import close_database
from models.directory import settings
from tests.support.interchange_fixtures import (DATA, ETOOLS_PARTNER_HEADERS, ETOOLS_PD_HEADERS,
                                                add_offices, file_hash, partner_row, run_cli,
                                                write_xlsx)


@pytest.fixture
def base(db):
    add_offices(("GIN", "GIN"), ("SLE", "SLE"), ("LBR", "LBR"))
    close_database()
    return db


def test_import_json_shapes_and_undo(base, tmp_path, capsys):
    sheet = write_xlsx(tmp_path / "p.xlsx", ETOOLS_PARTNER_HEADERS,
                       [partner_row("1", "Alpha"), partner_row("2", "Beta", email="bad")])
    code, out, err = run_cli(capsys, "import", "partners", sheet, "--db", base, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"batch", "read", "created", "matched", "skipped", "problems"}
    assert (result["read"], result["created"], result["skipped"]) == (2, 1, 1)
    assert result["problems"][0]["where"] == "line 3"
    code, out, err = run_cli(capsys, "import", "iati", DATA / "iati-un-pooled-funds.xml",
                             "--db", base, "--json")
    result = json.loads(out)
    assert code == 0 and result["activities"] == 37 and result["organisations"] > 0
    code, out, _ = run_cli(capsys, "list", "landscape", "--db", base, "--country", "GN",
                           "--json")
    assert code == 0 and json.loads(out) and all(r["office"] == "GIN" for r in json.loads(out))
    code, out, err = run_cli(capsys, "import", "undo", result["batch"][-8:], "--db", base)
    assert code == 0 and "external activity" in out, err


@pytest.mark.parametrize("kind, name, content", [
    ("partners", "empty.csv", b""),
    ("partners", "latin1.csv", "Name\nÉcole de la paix\n".encode("latin-1")),
    ("partners", "binary.xlsx", b"\x00\x01\x02garbage" * 50),
    ("iati", "notxml.xml", b"Name,Vendor\nA,1\n"),
    ("iati", "bomb.xml", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><iati-activities/>'),
    ("3w", "no-tags.csv", b"Org,Sector\nA,B\n"),
])
def test_unreadable_files_one_line_nonzero_exit_database_untouched(base, tmp_path, capsys,
                                                                    kind, name, content):
    before = file_hash(base)
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run_cli(capsys, "import", kind, path, "--db", base, "--json")
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and err.startswith("partnerdesk: ") and "Traceback" not in err
    assert file_hash(base) == before


def test_dry_run_writes_nothing_whatever_the_file(base, tmp_path, capsys):
    before = file_hash(base)
    sheet = write_xlsx(tmp_path / "p.xlsx", ETOOLS_PARTNER_HEADERS, [partner_row("1", "Alpha")])
    for argv in (("partners", sheet), ("iati", DATA / "iati-un-pooled-funds.xml"),
                 ("3w", DATA / "ocha-rowca-mali-3w.csv")):
        code, out, err = run_cli(capsys, "import", *argv, "--db", base, "--dry-run", "--json")
        assert code == 0, err
        assert json.loads(out)["batch"] is None
    assert file_hash(base) == before


def test_agreements_from_an_etools_intervention_export(base, tmp_path, capsys):
    sheet = write_xlsx(tmp_path / "p.xlsx", ETOOLS_PARTNER_HEADERS,
                       [partner_row("2500001", "Health Alliance")])
    assert run_cli(capsys, "import", "partners", sheet, "--db", base)[0] == 0

    def pd(ref, title, status="Active", vendor="2500001", cash="12000.00", **extra):
        values = {"Partner": "Health Alliance", "Vendor Number": vendor, "Status": status,
                  "Agreement": "KEN/PCA2023001", "Country Programme": "2023-2027",
                  "Document Type": "PD", "Reference Number": ref, "Title": title,
                  "Start Date": "2024-01-01", "End Date": "2024-12-31",
                  "UNICEF Office": "Nairobi", "Sections": "Health", "Locations": "Turkana, Garissa",
                  "Budget Currency": "USD", "Total CSO Contribution": "1000", "UNICEF Cash": cash,
                  "UNICEF Supply": "500", "FR Number(s)": "0400012345", **extra}
        return [values.get(h, "") for h in ETOOLS_PD_HEADERS]
    rows = [pd("KEN/PCA2023001/PD2024001", "Clinics"),
            pd("KEN/PCA2023001/PD2024002", "Outreach", status="Development"),
            pd("KEN/PCA2023001/PD2024003", "Unknown partner", vendor="999"),
            pd("KEN/PCA2023001/PD2024004", "Bad money", cash="lots")]
    path = write_xlsx(tmp_path / "pds.xlsx", ETOOLS_PD_HEADERS, rows)
    code, out, err = run_cli(capsys, "import", "agreements", path, "--db", base, "--json")
    result = json.loads(out)
    assert code == 0 and (result["created"], result["skipped"]) == (2, 2), result["problems"]
    assert {p["where"] for p in result["problems"]} == {"line 4", "line 5"}
    code, out, _ = run_cli(capsys, "list", "agreements", "--db", base, "--json")
    agreement = [r for r in json.loads(out) if r["reference"] == "KEN/PCA2023001"]
    assert agreement and agreement[0]["status"] == "signed" and agreement[0]["unicef_total"] == 25000
    out_csv = tmp_path / "pds.csv"
    assert run_cli(capsys, "export", "pds", "--db", base, "--out", out_csv, "--office",
                   "KEN")[0] == 0
    assert "Clinics" in out_csv.read_text(encoding="utf-8-sig")


def test_exports_of_every_list(demo_db, tmp_path, capsys):
    close_database()
    for what in ("partners", "partnerships", "agreements", "pds", "alerts", "landscape"):
        for suffix in (".csv", ".xlsx"):
            out = tmp_path / f"{what}{suffix}"
            code, text, err = run_cli(capsys, "export", what, "--db", demo_db, "--out", out,
                                      "--office", "KEN")
            assert code == 0 and out.exists(), err
    for what, out in (("iati", "ken.xml"), ("iati-org", "org.xml"), ("3w", "ken.csv")):
        assert run_cli(capsys, "export", what, "--db", demo_db, "--office", "KEN", "--out",
                       tmp_path / out)[0] == 0
    code, _, err = run_cli(capsys, "export", "iati", "--db", demo_db, "--out", tmp_path / "x.xml")
    assert code == 2 and "--office" in err
    code, _, err = run_cli(capsys, "export", "partners", "--db", demo_db, "--out",
                           tmp_path / "nope" / "x.csv")
    assert code == 2 and "does not exist" in err
