"""IATI and HXL 3W into the landscape, with real published files counted by an independent
parser; hostile XML refused; exports valid against the official XSD and read back."""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from models import listing
from models.db import close_database, open_database
from models.directory import partners, settings
from models.interchange import (ExternalActivity, ExternalOrg, UnreadableFile, batches,
                                codelists, hxl_import, iati_import, iati_write, landscape)
from models.interchange.hxl_write import export as export_3w
from tests.support.interchange_fixtures import DATA, add_offices

IATI = DATA / "iati-un-pooled-funds.xml"
ROWCA = DATA / "ocha-rowca-mali-3w.csv"
UNHCR = DATA / "unhcr-3w-excerpt.csv"
WEST_AFRICA = [("GIN", "GIN"), ("SLE", "SLE"), ("LBR", "LBR"), ("MLI", "MLI")]


def _independent_iati():
    """What the real file holds, read with the standard library only."""
    root = ET.parse(IATI).getroot()
    acts = root.findall("iati-activity")
    implementing = set()
    countries = Counter()
    for act in acts:
        for org in act.findall("participating-org"):
            if org.get("role") == "4":
                name = org.findtext("narrative") or org.text or org.get("ref") or ""
                if name.strip():
                    implementing.add(" ".join(name.split()).casefold())
        for code in {c.get("code").upper() for c in act.findall("recipient-country")}:
            countries[code] += 1
    return acts, implementing, countries


def test_real_iati_file_counts_match_an_independent_parser(db):
    add_offices(*WEST_AFRICA)
    acts, implementing, countries = _independent_iati()
    assert codelists.validate(IATI)  # the real file is not valid 2.03; it is read all the same
    report = iati_import.run(IATI)
    result = report.as_json()
    assert result["activities"] == result["read"] == len(acts) == 37
    assert result["organisations"] == len(implementing)
    ours = sum(countries[c] for c in ("GN", "SL", "LR", "ML"))
    assert result["created"] == ours == ExternalActivity.select().count()
    assert result["created"] + result["skipped"] == len(acts)
    assert all(p["message"].startswith("Skipped") for p in result["problems"])
    unicef = ExternalActivity.get(ExternalActivity.reporting_org_ref == "XM-DAC-41122")
    assert unicef.office in ("GIN", "SLE", "LBR") and unicef.title and unicef.sectors
    # a second run finds them all already there; --dry-run changes nothing
    again = iati_import.run(IATI, dry_run=True)
    assert (again.created, again.matched) == (0, ours)


def test_country_filter_and_promotion_of_an_implementing_organisation(db):
    add_offices(*WEST_AFRICA)
    report = iati_import.run(IATI, country="GN")
    assert report.created and all(a.office == "GIN" for a in ExternalActivity.select())
    with pytest.raises(Exception, match="No office"):
        iati_import.run(IATI, country="FR")
    org = ExternalOrg.select().where(ExternalOrg.status == "candidate").first()
    assert org is not None
    partner = landscape.promote(org.id)
    assert partner.legal_name == org.name and partner.office == "GIN"
    assert ExternalOrg.get_by_id(org.id).status == "promoted"
    rows = listing.fetch(landscape.ORGANISATIONS, filters={"office": "GIN"}, limit=500)
    assert any(r[4] == partner.legal_name for r in rows)
    with pytest.raises(Exception, match="cannot be undone"):
        batches.undo(report.batch)  # the promoted organisation was changed since


@pytest.mark.parametrize("content, says", [
    ("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2
        "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><iati-activities>
        <iati-activity><iati-identifier>&lol2;</iati-identifier></iati-activity>
        </iati-activities>""", "DTD"),
    ("not xml at all, just text", "not XML"),
    ("<html><body>404</body></html>", "not an IATI"),
])
def test_hostile_or_foreign_xml_is_refused(db, tmp_path, content, says):
    path = tmp_path / "bad.xml"
    path.write_text(content)
    with pytest.raises(UnreadableFile, match=says):
        iati_import.run(path)
    assert ExternalActivity.select().count() == 0


def test_cut_off_file_writes_nothing(db, tmp_path):
    add_offices(*WEST_AFRICA)
    raw = IATI.read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(raw[: int(len(raw) * 0.8)])
    with pytest.raises(UnreadableFile, match="not whole XML"):
        iati_import.run(cut)
    assert ExternalActivity.select().count() == 0 and ExternalOrg.select().count() == 0


def test_namespaced_extras_and_old_dates_are_tolerated(db, tmp_path):
    path = tmp_path / "extra.xml"
    path.write_text("""<iati-activities xmlns:x="http://example.org/x" version="2.03">
      <iati-activity x:flag="1" default-currency="USD"><x:note>ignored</x:note>
        <iati-identifier>XX-1</iati-identifier>
        <reporting-org ref="XX" type="21"><narrative>Relief NGO</narrative></reporting-org>
        <title><narrative>Wells</narrative></title>
        <participating-org role="4" type="22" x:more="y"><narrative>Local  water  group</narrative>
        </participating-org>
        <activity-date type="start-actual" iso-date="2014-02-01"/>
        <recipient-country code="ke"/>
        <budget type="1"><period-start iso-date="2014-01-01"/><period-end iso-date="2014-12-31"/>
          <value currency="USD">1000</value></budget>
        <budget type="1"><period-start iso-date="2015-01-01"/><period-end iso-date="2015-12-31"/>
          <value currency="EUR">50</value></budget>
        <transaction><transaction-type code="3"/><value>400</value></transaction>
      </iati-activity></iati-activities>""")
    report = iati_import.run(path)
    row = ExternalActivity.get()
    assert (row.office, row.country, str(row.start_date), row.budget, row.disbursements) == \
        ("KEN", "KEN", "2014-02-01", 1000, 400)
    assert any("other currencies" in p.message for p in report.problems)
    assert ExternalOrg.get().name == "Local  water  group"


def test_real_3w_tables_with_old_tags_count_like_the_csv_module(db):
    add_offices(("MLI", "MLI"), ("TCD", "TCD"))
    for path, country_column in ((ROWCA, "Country"), (UNHCR, "Country name")):
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))[1:]  # the hashtag row is not data
        ours = [r for r in rows if r[country_column] in ("Mali", "Chad", "Kenya")]  # KEN is home
        distinct = {(r.get("Organization") or r.get("Organisation name"),) for r in ours}
        report = hxl_import.run(path)
        assert report.read == len(rows)
        assert report.created + report.matched == len(ours)
        assert report.skipped == len(rows) - len(ours)
        orgs = {o.name for o in ExternalOrg.select()}
        assert {d[0] for d in distinct} <= orgs
    mali = ExternalActivity.select().where(ExternalActivity.office == "MLI")
    assert mali.count() and all(a.source == "3w" and a.sectors for a in mali)
    assert "Gao" in landscape.area_choices("MLI")


def test_iati_round_trip_valid_against_the_xsd(demo_db, tmp_path):
    out, org_out = tmp_path / "ken.xml", tmp_path / "ken-org.xml"
    result = iati_write.activities("KEN", out)
    iati_write.organisation("KEN", org_out)
    assert codelists.validate(out, "activities") == []
    assert codelists.validate(org_out, "organisations") == []
    root = ET.parse(out).getroot()
    exported = {a.findtext("iati-identifier"): a.findtext("title/narrative")
                for a in root.findall("iati-activity")}
    assert len(exported) == result["activities"] > 10
    implementers = {" ".join(o.findtext("narrative").split()).casefold()
                    for o in root.iter("participating-org") if o.get("role") == "4"}
    close_database()
    open_database(tmp_path / "fresh.db")
    settings.setup_office({"code": "KEN", "name": "Kenya", "country": "KEN", "region": "ESARO"})
    report = iati_import.run(out)
    assert report.created == len(exported) and report.skipped == 0
    assert report.extra["organisations"] == len(implementers)
    back = {a.identifier: a.title for a in ExternalActivity.select()}
    assert back == exported


def test_3w_round_trip(demo_db, tmp_path):
    out = tmp_path / "ken-3w.xlsx"
    rows = export_3w("KEN", out)
    assert rows > 10
    close_database()
    open_database(tmp_path / "fresh.db")
    settings.setup_office({"code": "KEN", "name": "Kenya", "country": "KEN", "region": "ESARO"})
    report = hxl_import.run(out)
    assert report.read == rows and report.skipped == 0
    assert report.created + report.matched == rows
    assert ExternalOrg.select().count() == report.extra["organisations"]


def test_promoted_organisation_matches_partner_names(db):
    partners.save({"legal_name": "Relief Now", "partner_type": "cso", "cso_type": "national"},
                  office="KEN")
    org = ExternalOrg.create(office="KEN", name="Relief  Now.", name_key="relief now")
    assert landscape.suggestions(org.id)[0][1] == "Relief Now"
