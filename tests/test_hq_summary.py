"""The HQ summary tells the truth: offices meeting each benchmark by their own rating and by their
own data, every disagreement with the office named, and trends only over the offices that
reported in both years -- in the model, the dialog and the PDF (read back and rendered)."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models import assessment
from models.db import close_database
from support.assessment_helpers import TODAY, days, office, partner, partnership
from ui.assessment.hq import HqSummaryDialog
from ui.context import AppContext

YEAR = TODAY.year
ALL_MET = dict.fromkeys(["B1", "B2", "B3", "B4", "B5", "B6"], "met")


def _assess(code: str, year: int, ratings: dict, submit: bool = True) -> None:
    a = assessment.start(code, year, TODAY)
    for item in assessment.overview_by_id(a.id, TODAY).items:
        assessment.save_rating(a.id, item.benchmark.id, ratings[item.benchmark.code],
                               "Our own view.")
    if submit:
        assessment.submit(a.id, TODAY)


def kenya_like(code: str) -> None:
    """One active partnership whose records meet B3 only: no landscape, partners cleared after
    the start, no review, nothing measured, no exit strategy."""
    late = partner(code, dd_on=days(10))
    partnership(code, start=days(30), members=[(late, "")])


@pytest.fixture
def offices(db):
    """KEN rates all six met, its data meets one (as in the issue); NGA's rating follows its data
    (no partnerships: nothing to measure); JOR and SEN reported last year only."""
    for code, region in (("NGA", "WCARO"), ("JOR", "MENARO"), ("SEN", "WCARO")):
        office(code, region)
    kenya_like("KEN")
    _assess("KEN", YEAR, ALL_MET)
    _assess("NGA", YEAR, {**ALL_MET, "B6": "not_met"})
    _assess("KEN", YEAR - 1, {**ALL_MET, "B4": "partly_met"})
    _assess("NGA", YEAR - 1, {**ALL_MET, "B1": "partly_met"})
    _assess("JOR", YEAR - 1, ALL_MET)
    _assess("SEN", YEAR - 1, ALL_MET)
    return db


def test_met_by_rating_and_by_data_with_every_disagreement_named(offices):
    data = assessment.summary(YEAR)
    assert (data["reported"], data["all_met"], data["all_met_by_data"]) == (2, 1, 0)
    b3, b4 = data["benchmarks"]["B3"], data["benchmarks"]["B4"]
    assert (b3["met"], b3["met_by_data"], b3["disagree"]) == (2, 1, 0)
    assert (b4["met"], b4["met_by_data"], b4["disagree"], b4["above_data"]) == (2, 0, 1, 1)
    assert b4["no_data"] == 1  # NGA has nothing to measure: counted apart, not as met
    named = [(d["office"], d["code"], d["rating"], d["data_rating"])
             for d in data["disagreements"]]
    assert named == [("KEN", code, "met", "not_met") for code in ("B1", "B2", "B4", "B5", "B6")]
    assert "0 of 1" in data["disagreements"][2]["figure"]  # the figure that contradicts it
    assert data["offices_disagreeing"] == 1
    kenya = next(o for o in data["office_status"] if o["office"] == "KEN")
    assert (kenya["all_met"], kenya["all_met_by_data"], kenya["disagreements"]) == (True, False, 5)


def test_trend_compares_only_the_offices_that_reported_both_years(offices):
    data = assessment.summary(YEAR)
    assert data["reporting"] == [{"year": YEAR - 1, "reported": 4}, {"year": YEAR, "reported": 2}]
    (pair,) = data["trend"]
    assert (pair["from"], pair["to"], pair["offices"]) == (YEAR - 1, YEAR, 2)
    assert pair["office_codes"] == ["KEN", "NGA"]
    # over KEN and NGA: none met all last year, KEN does this year. A naive comparison of all
    # reporting offices would say 50 % -> 50 % (JOR and SEN met all last year).
    assert pair["before"]["share_all_met"] == 0.0 and pair["after"]["share_all_met"] == 0.5
    assert pair["before"]["benchmarks"]["B1"]["share_met"] == 0.5


def test_no_earlier_year_no_trend(db):
    kenya_like("KEN")
    _assess("KEN", YEAR, ALL_MET)
    data = assessment.summary(YEAR)
    assert data["trend"] == [] and data["reporting"] == [{"year": YEAR, "reported": 1}]


def test_the_dialog_shows_both_counts_the_disagreements_and_the_trend(qtbot, offices, tmp_path):
    ctx = AppContext(offices)
    dialog = HqSummaryDialog(ctx, YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1024 and dialog.height() <= 600
    head = dialog.headline.text()
    assert "By their own rating, 1 met all 6 benchmarks; by their own data, 0 did" in head
    assert "disagree with the office's own data: 5, in 1 of" in head
    cells = [dialog.benchmarks.item(3, c).text() for c in range(6)]  # B4
    assert cells[0] == "B4" and cells[2:] == ["2 of 2 (100 %)", "0 of 2 (0 %)", "1", "1"]
    assert dialog.tabs.tabText(1) == "Disagreements (5)"
    assert {dialog.disagreements.item(r, 0).text() for r in range(5)} == {"KEN"}
    assert dialog.disagreements.item(0, 4).text().startswith("0 of 1")
    assert dialog.trend.rowCount() == 2 and dialog.trend.rowSpan(0, 1) == 2
    assert dialog.trend.item(0, 1).text() == "2"  # offices in both years
    assert "2 from" in dialog.trend_note.text()
    kenya = next(r for r in range(dialog.offices.rowCount())
                 if dialog.offices.item(r, 0).text() == "KEN")
    assert [dialog.offices.item(kenya, c).text() for c in (3, 4, 5)] == ["yes", "no", "5"]
    out = tmp_path / "summary.pdf"
    job = dialog.print_pdf(str(out))
    with qtbot.waitSignal(job.signals.done, timeout=30_000):
        pass
    assert out.stat().st_size > 5000
    ctx.workers.wait(10_000)


def _text(pdf: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())


@pytest.mark.parametrize("lang, words", [
    ("en", ["By their own rating, 1 met all 6 benchmarks; by their own data, 0 did",
            "Ratings that disagree with the office's own data: 5, in 1 of the offices",
            "Ratings and data disagree", "The 2 offices that reported in",
            "0 of 1 active partnerships", "over the same offices"]),
    ("fr", ["Bureaux ayant atteint les 6 critères selon leur propre note : 1 ; selon leurs "
            "propres données : 0",
            "Notes et données divergent", "sur les mêmes bureaux"]),
])
def test_the_pdf_reads_back_and_renders(offices, tmp_path, lang, words):
    from reports.assessment import render_summary
    out = tmp_path / f"summary-{lang}.pdf"
    render_summary(assessment.summary(YEAR), out, lang)
    close_database()
    text = _text(out)
    for expected in words:
        assert expected in text, expected
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(out), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2 and all(p.stat().st_size > 5000 for p in pages)


def test_the_arabic_pdf_renders_right_to_left(offices, tmp_path):
    from reports.assessment import render_summary
    out = tmp_path / "summary-ar.pdf"
    render_summary(assessment.summary(YEAR), out, "ar")
    close_database()
    text = _text(out)
    assert "KEN" in text and "B4" in text
    assert any("\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff" for ch in text)
