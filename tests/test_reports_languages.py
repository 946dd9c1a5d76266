"""The cycle record, the self-assessment and the HQ summary print in English, French, Spanish
and Arabic; the agreements search finds an agreement by a PD's reference or title."""
from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest

from cli import main
from models import agreements as A, assessment, listing
from models.db import close_database, open_database
from models.directory import partnerships

WORDS = {  # a heading of each report, as the language writes it
    "cycle": {"en": "Exit strategy", "fr": "Stratégie de sortie", "es": "Estrategia de salida",
              "ar": "استراتيجية الخروج"},
    "assessment": {"en": "Action plan", "fr": "Plan d'action", "es": "Plan de acción",
                   "ar": "خطة العمل"},
    "benchmarks-summary": {"en": "By region", "fr": "Par région", "es": "Por región",
                           "ar": "حسب المنطقة"},
}
PHASE = {"en": "Scoping", "fr": "Cadrage", "es": "Alcance", "ar": "التحديد"}


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return " ".join(re.sub("[\u200e\u200f\u202a-\u202e]", "", out).split())


@pytest.fixture
def printed(demo_db):
    year = dt.date.today().year
    reference = listing.fetch(partnerships.LIST, filters={"status": "active"}, limit=1)[0][1]
    office = next(o for o in ("KEN", "JOR", "BGD") if assessment.find(o, year))
    close_database()
    yield {"db": str(demo_db), "ref": reference, "office": office, "year": year}
    open_database(demo_db)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_cycle_assessment_and_summary_in_four_languages(printed, tmp_path, lang):
    runs = {"cycle": ["print", "cycle", printed["ref"]],
            "assessment": ["print", "assessment", "--office", printed["office"], "--year",
                           str(printed["year"])],
            "benchmarks-summary": ["print", "benchmarks-summary", "--year",
                                   str(printed["year"])]}
    for what, args in runs.items():
        out = tmp_path / f"{what}-{lang}.pdf"
        assert main(args + ["--db", printed["db"], "--lang", lang, "--out", str(out)]) == 0
        text = text_of(out)
        assert WORDS[what][lang] in text, (what, lang)
        if lang != "en":
            assert WORDS[what]["en"] not in text  # the English heading is gone
    cycle = text_of(tmp_path / f"cycle-{lang}.pdf")
    assert PHASE[lang] in cycle  # phase titles come from the interface's catalogues


def test_agreements_search_finds_pd_reference_and_title(db):
    from support.agreements_fixtures import make_agreement, make_pd
    agreement = make_agreement()
    pd = make_pd(agreement, "draft", title="Borehole rehabilitation in Wajir")
    for words in (pd.reference.rsplit("/", 1)[1], "borehole rehabilitation"):
        rows = A.list_agreements(search=words)
        assert [r[1] for r in rows] == [agreement.reference], words
