"""Partners in from CSV and Excel: eTools shapes, mappings, every row's fate, one transaction,
batches undone through the normal (synced) path, and a vendor number naming one partner."""
from __future__ import annotations

import csv
import json

import pytest
from openpyxl import load_workbook

from models.directory import Partner, duplicates, partners
from models.errors import DomainError, ValidationError
from models.interchange import (UnreadableFile, batches, columns, export_lists, partner_import,
                                tabular)
from models.sync_state import Outbox
from tests.support.interchange_fixtures import (ETOOLS_PARTNER_HEADERS, partner_row,
                                                write_xlsx)


def _csv(path, headers, rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def _import(path, **kw):
    report = partner_import.plan(path, **kw)
    return partner_import.apply(report, filename=path.name)


def test_etools_export_lands_with_every_rows_fate(db, tmp_path):
    partners.save({"legal_name": "Mothers Union", "partner_type": "cso", "cso_type": "national",
                   "vendor_number": "2500000001"}, office="KEN")
    rows = [partner_row("2500000001", "Mothers Union"),  # same vendor: matches
            partner_row("2500000002", "Kenya Red Cross Society", sea="x",
                        **{"SEA Risk Rating": "Low", "Short Name": "KRCS"}),
            partner_row("2500000003", "Girls Education Net", email="not-an-address"),
            partner_row("2500000002", "Kenya Red Cross (again)"),
            partner_row("2500000004", "Ministry of Water", ptype="Government", risk=""),
            partner_row("2500000005", "The Mothers' Union")]
    path = _csv(tmp_path / "partners.csv", ETOOLS_PARTNER_HEADERS, rows)
    report = partner_import.plan(path, office="KEN")
    fates = {f.line: f.fate for f in report.rows}
    assert fates == {2: "conflict", 3: "new", 4: "invalid", 5: "invalid", 6: "new", 7: "similar"}
    by_line = {f.line: f for f in report.rows}
    assert "e-mail" in by_line[4].message
    assert "line 3" in by_line[5].message
    assert by_line[7].candidates[0][1] == "Mothers Union"
    partner_import.apply(report, filename=path.name)
    assert report.as_json()["created"] == 3 and report.matched == 1 and report.skipped == 2
    krcs = Partner.get(Partner.vendor_number == "2500000002")
    assert (krcs.cso_type, krcs.risk_rating, krcs.risk_assessment_type) == \
        ("national", "medium", "micro")
    assert str(krcs.risk_assessed_on) == "2022-05-03" and krcs.short_name == "KRCS"
    assert "SEA risk rating: Low" in krcs.notes
    assert krcs.reference.startswith("KEN/PT/")
    created = Outbox.select().where((Outbox.table_name == "partner") & (Outbox.op == "insert"))
    assert created.count() == 4  # the one saved above and three imported: they sync


def test_excel_with_a_saved_mapping_and_formula_text(db, tmp_path):
    headers = ["Organisation", "Vendor #", "Kind", "Notes"]
    rows = [["=HYPERLINK(\"http://evil.example\",\"Click\")", 9001, "NGO", "@SUM(1+1)"],
            ["Ministry of Youth", 9002, "Gov", "-1"]]
    path = write_xlsx(tmp_path / "sheet.xlsx", headers, rows)
    mapping = columns.Mapping("partners", {"Organisation": "legal_name",
                                           "Vendor #": "vendor_number", "Kind": "partner_type",
                                           "Notes": "notes"},
                              {"partner_type": {"NGO": "cso", "Gov": "government"},
                               "_default": {"cso_type": "national"}})
    mapping.save(tmp_path / "map.json")
    loaded = columns.load_mapping(tmp_path / "map.json", "partners")
    report = _import(path, office="KEN", mapping=loaded)
    assert report.created == 2, report.problems
    evil = Partner.get(Partner.vendor_number == "9001")
    assert evil.legal_name == "=HYPERLINK(\"http://evil.example\",\"Click\")"  # text, as read
    assert evil.partner_type == "cso" and evil.notes == "@SUM(1+1)"
    out = tmp_path / "out.xlsx"
    export_lists.write(out, [c.title for c in partners.LIST.columns],
                       export_lists.spec_rows(partners.LIST, filters={"office": "KEN"}))
    cells = [c for row in load_workbook(out).active.iter_rows() for c in row]
    formula = [c for c in cells if str(c.value).startswith("=HYPERLINK")]
    assert formula and all(c.data_type == "s" for c in formula)  # a string cell, not a formula
    out_csv = tmp_path / "out.csv"
    export_lists.write(out_csv, ["name"], [[evil.legal_name], ["-1"], [-1]])
    text = out_csv.read_text(encoding="utf-8-sig").splitlines()
    assert text[1].startswith("\"'=HYPERLINK") and text[2] == "'-1" and text[3] == "-1"


@pytest.mark.parametrize("content, says", [
    (b"", "empty"),
    (b"Name,Vendor\n\xe9cole,1\n", "not UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"Name,Notes\nA,\"" + b"x" * 1_200_000 + b"\n", "quote"),
    (b"PK\x03\x04broken zip", "not a readable Excel"),
])
def test_unreadable_sheets_are_refused_in_one_sentence(db, tmp_path, content, says):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as caught:
        partner_import.plan(path, office="KEN")
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_truncated_workbook_is_refused(db, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", ETOOLS_PARTNER_HEADERS,
                      [partner_row(str(n), f"Org {n}") for n in range(200)])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(UnreadableFile):
        partner_import.plan(cut, office="KEN")


def test_sheet_without_a_name_column_asks_for_a_mapping(db, tmp_path):
    path = _csv(tmp_path / "odd.csv", ["Col A", "Col B"], [["x", "y"]])
    with pytest.raises(UnreadableFile, match="mapping"):
        partner_import.plan(path, office="KEN")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"columns": {"Col A": "favourite_colour"}}))
    with pytest.raises(DomainError, match="not a field"):
        columns.load_mapping(bad, "partners")


def test_utf16_and_semicolons_are_read(db, tmp_path):
    path = tmp_path / "excel-unicode.csv"
    path.write_bytes("Name;Type\nجمعية العون;Government\n".encode("utf-16"))
    table = tabular.read_table(path)
    assert table.headers == ["Name", "Type"] and table.rows[0][1][0] == "جمعية العون"


def test_undo_tombstones_through_the_outbox_and_refuses_when_used(db, tmp_path):
    path = _csv(tmp_path / "p.csv", ETOOLS_PARTNER_HEADERS,
                [partner_row("77", "Alpha Trust"), partner_row("78", "Beta Trust")])
    first = _import(path, office="KEN")
    assert first.created == 2
    alpha = Partner.get(Partner.vendor_number == "77")
    from models.directory import partnerships
    partnerships.save({"title": "Water", "contribution_types": ["programme"]}, office="KEN",
                      members=[{"partner": alpha.id, "role": "lead"}])
    with pytest.raises(DomainError, match="partnership partner record"):
        batches.undo(batches.short(first.batch))
    assert Partner.get_by_id(alpha.id).deleted is False  # nothing undone at all
    second = _import(_csv(tmp_path / "q.csv", ETOOLS_PARTNER_HEADERS,
                          [partner_row("79", "Gamma Trust")]), office="KEN")
    assert batches.undo(second.batch) == {"partner": 1}
    gamma = Partner.get(Partner.vendor_number == "79")
    assert gamma.deleted
    assert Outbox.select().where((Outbox.row_id == gamma.id) & (Outbox.op == "delete")).count() == 1
    with pytest.raises(DomainError, match="already undone"):
        batches.undo(second.batch)


def test_same_vendor_number_is_refused_and_similar_names_are_offered(db):
    first = partners.save({"legal_name": "African Development Bank", "partner_type":
                           "multilateral", "vendor_number": "1500"}, office="KEN")
    with pytest.raises(ValidationError) as caught:
        partners.save({"legal_name": "AfDB", "partner_type": "multilateral",
                       "vendor_number": " 1500 "}, office="KEN")
    assert "African Development Bank" in caught.value.errors["vendor_number"]
    partners.save({"legal_name": "African Development Bank", "partner_type": "multilateral",
                   "vendor_number": "1500", "notes": "edited"}, office="KEN",
                  partner_id=first.id)  # its own number is fine
    similar = duplicates.similar_partners("the African development bank")
    assert similar and similar[0][0] == first.id and similar[0][2] >= duplicates.SIMILAR
    assert duplicates.similar_partners("Kenya Red Cross") == []
