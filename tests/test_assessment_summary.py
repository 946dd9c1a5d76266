"""The headquarters summary on a known set of offices, its JSON and PDF, the office PDF, and
the demo's two years of assessments."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from models import assessment, checks
from models.db import close_database
from support.assessment_helpers import TODAY, office

ROOT = Path(__file__).resolve().parents[1]
ALL_MET = dict.fromkeys(["B1", "B2", "B3", "B4", "B5", "B6"], "met")


def _assess(code: str, year: int, ratings: dict, submit: bool = True) -> str:
    a = assessment.start(code, year, TODAY)
    for item in assessment.overview_by_id(a.id, TODAY).items:
        assessment.save_rating(a.id, item.benchmark.id, ratings[item.benchmark.code], "Files.")
    if submit:
        assessment.submit(a.id, TODAY)
    return a.id


@pytest.fixture
def offices(db):
    """KEN (ESARO) met all; NGA (WCARO) missed B6; SEN (WCARO) only a draft; JOR (MENARO) none;
    the year before, KEN met all and NGA missed B1 and B2."""
    office("NGA", "WCARO")
    office("SEN", "WCARO")
    office("JOR", "MENARO")
    _assess("KEN", 2026, ALL_MET)
    _assess("NGA", 2026, {**ALL_MET, "B6": "not_met"})
    _assess("SEN", 2026, ALL_MET, submit=False)
    _assess("KEN", 2025, ALL_MET)
    _assess("NGA", 2025, {**ALL_MET, "B1": "partly_met", "B2": "not_met"})
    return db


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_shares_on_a_known_set_of_offices(offices):
    data = assessment.summary(2026)
    assert (data["offices"], data["reported"], data["all_met"]) == (4, 2, 1)
    assert data["share_all_met"] == 0.5
    b1 = data["benchmarks"]["B1"]
    assert (b1["met"], b1["partly_met"], b1["not_met"], b1["share_met"]) == (2, 0, 0, 1.0)
    assert b1["no_data"] == 2  # no partnerships here: nothing to measure, not counted as met
    assert data["benchmarks"]["B6"]["share_met"] == 0.5
    regions = {r["region"]: r for r in data["regions"]}
    assert (regions["ESARO"]["reported"], regions["ESARO"]["share_all_met"]) == (1, 1.0)
    assert (regions["WCARO"]["offices"], regions["WCARO"]["reported"],
            regions["WCARO"]["share_all_met"]) == (2, 1, 0.0)
    assert regions["MENARO"]["reported"] == 0 and regions["MENARO"]["share_all_met"] is None
    (pair,) = data["trend"]  # KEN and NGA reported both years: the trend is over them
    assert (pair["from"], pair["to"], pair["offices"]) == (2025, 2026, 2)
    assert pair["before"]["share_all_met"] == 0.5
    assert pair["before"]["benchmarks"]["B2"]["share_met"] == 0.5
    status = {o["office"]: o["status"] for o in data["office_status"]}
    assert status == {"KEN": "submitted", "NGA": "submitted", "SEN": "draft",
                      "JOR": "not_started"}


def test_list_json_and_pdf_from_the_command_line(offices, tmp_path):
    close_database()
    listed = _run("list", "benchmarks-summary", "--year", 2026, "--db", offices, "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["share_all_met"] == 0.5
    out = tmp_path / "summary.pdf"
    printed = _run("print", "benchmarks-summary", "--year", 2026, "--db", offices, "--out", out)
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True).stdout
    assert "2 of 4 offices reported for 2026" in text
    assert "By their own rating, 1 met all 6 benchmarks; by their own data, 0 did" in text
    plain = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                    text=True).stdout.split())  # a wrapped cell read whole
    assert "West and Central Africa" in plain and "Trend" in text
    assert "Every partnership has an exit or sustainability strategy" in plain
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(out),
                    str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5000


def test_office_pdf_shows_ratings_last_year_warning_and_actions(offices, tmp_path):
    a = assessment.start("JOR", 2026, TODAY)
    from support.assessment_helpers import partnership
    partnership("JOR", formality="informal")  # B3 data: 0 of 1 -> not met
    items = assessment.overview_by_id(a.id, TODAY).items
    assessment.save_rating(a.id, items[2].benchmark.id, "met", "We think so.")
    assessment.save_action(a.id, {"action": "Sign an MoU with every partner", "owner": "Leila",
                                  "due_date": "2026-09-30", "benchmark": items[2].benchmark.id})
    close_database()
    out = tmp_path / "jor.pdf"
    done = _run("print", "assessment", "--office", "jor", "--year", 2026, "--db", offices,
                "--out", out)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Benchmark self-assessment 2026" in flat and "JOR Country Office" in flat
    assert "0 of 1 active partnerships have a focal point" in flat
    assert "Warning: the rating (Met) differs from what the data shows (Not met)" in flat
    assert "Sign an MoU with every partner" in flat and "30 Sept 2026" in flat
    kenya = tmp_path / "ken.pdf"
    assert _run("print", "assessment", "--office", "KEN", "--year", 2026, "--db", offices,
                "--out", kenya).returncode == 0
    ken_text = subprocess.run(["pdftotext", "-layout", str(kenya), "-"], capture_output=True,
                              text=True).stdout
    assert "Submitted on" in ken_text and "Data and ratings by benchmark" in ken_text


def test_command_line_refusals_are_one_line(offices, tmp_path):
    close_database()
    for args, words in (
            (("print", "assessment", "--office", "XYZ", "--year", 2026), "no office XYZ"),
            (("print", "assessment", "--office", "JOR", "--year", 2026), "no self-assessment"),
            (("print", "assessment", "--office", "KEN", "--year", 1900), "out of range")):
        done = _run(*args, "--db", offices, "--out", tmp_path / "x.pdf")
        assert done.returncode == 2 and words in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    done = _run("print", "benchmarks-summary", "--db", offices, "--out", tmp_path / "no" / "x.pdf")
    assert done.returncode == 2 and "does not exist" in done.stderr
    done = _run("assessment", "acknowledge", "--office", "SEN", "--year", 2026, "--db", offices)
    assert done.returncode == 2 and "Only a submitted" in done.stderr


def test_headquarters_acknowledges_or_reopens(offices):
    close_database()
    done = _run("assessment", "acknowledge", "--office", "KEN", "--year", 2026, "--db", offices)
    assert done.returncode == 0 and "KEN 2026: acknowledged" in done.stdout, done.stderr
    done = _run("assessment", "reopen", "--office", "NGA", "--year", 2026, "--db", offices)
    assert done.returncode == 0 and "NGA 2026: draft" in done.stdout, done.stderr
    listed = json.loads(_run("list", "benchmarks-summary", "--year", 2026, "--db", offices,
                             "--json").stdout)
    assert (listed["reported"], listed["all_met"]) == (1, 1)  # NGA's reopened draft drops out


def test_demo_has_two_years_for_every_office(demo_db):
    from models.db import database
    year = dt.date.today().year
    found = database.execute_sql(
        "SELECT year, status, count(*) FROM assessment WHERE deleted = 0 GROUP BY year, status"
    ).fetchall()
    by = {(y, s): n for y, s, n in found}
    offices = database.execute_sql("SELECT count(*) FROM office").fetchone()[0]
    assert sum(n for (y, _s), n in by.items() if y == year - 1) == offices
    assert sum(n for (y, _s), n in by.items() if y == year) == offices
    assert by.get((year, "draft")) and by.get((year, "submitted"))
    assert by.get((year - 1, "acknowledged"))
    disagreements = [i for code in ("KEN", "NGA", "JOR") for i in
                     assessment.overview(code, year, create=False).items if i.disagrees]
    assert disagreements
    assert database.execute_sql("SELECT count(*) FROM assessment_action").fetchone()[0] > 0
    assert not [p for p in checks.invariants() if "self-assessment" in p]
    data = assessment.summary(year)
    assert data["reported"] >= 3 and 0 < data["all_met"] < data["reported"]


def test_two_assessments_of_one_office_never_mix(offices):
    """Two devices of NGA each submitted one offline; the later one counts, whole."""
    from models.db import database
    from models.ids import uuid7
    first = assessment.find("NGA", 2026)
    copy = uuid7()
    database.execute_sql("INSERT INTO assessment (id, office, year, set_id, status, submitted_at)"
                         " SELECT ?, office, year, set_id, 'submitted', '2099-01-01T00:00:00Z'"
                         " FROM assessment WHERE id = ?", (copy, first.id))
    database.execute_sql("INSERT INTO assessment_rating (id, office, assessment_id, benchmark_id,"
                         " rating) SELECT lower(hex(randomblob(16))), office, ?, benchmark_id,"
                         " 'met' FROM assessment_rating WHERE assessment_id = ?",
                         (copy, first.id))
    data = assessment.summary(2026)
    assert (data["reported"], data["all_met"]) == (2, 2)
    assert assessment.find("NGA", 2026).id == copy
    assert "two self-assessments for the same office and year: NGA 2026" in " ".join(
        checks.invariants())
