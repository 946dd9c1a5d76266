"""Printed agreements, PDs and amendments in four languages, read back with pdftotext and
rendered with pdftoppm: reference, partner, amounts, signatories, Arabic right to left."""
from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest

from cli import main
from models import agreements as A
from models.db import close_database, open_database
from support.agreements_fixtures import OFFICER, make_agreement, make_partner, make_pd, sign

ARABIC_NAME = "جمعية العون الأردنية"
TITLES = {"en": "Programme Cooperation Agreement", "fr": "Accord de coopération programmatique",
          "es": "Acuerdo de Cooperación Programática", "ar": "اتفاقية التعاون البرنامجي"}
WORDS = {"en": "General terms and conditions", "fr": "Conditions générales",
         "es": "Condiciones generales", "ar": "الشروط العامة"}
PD_WORDS = {"en": "Results framework", "fr": "Cadre de résultats", "es": "Marco de resultados",
            "ar": "إطار النتائج"}


def pdf_text(path, *extra) -> str:
    out = subprocess.run(["pdftotext", "-layout", *extra, str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)  # Arabic presentation forms -> letters


@pytest.fixture
def printed(db):
    """A signed PCA with an Arabic-named partner, two PDs and a signed amendment."""
    partner = make_partner(ARABIC_NAME)
    agreement = make_agreement(partner)
    pd = make_pd(agreement, "active", lines=3)
    make_pd(agreement, "signed")
    amendment = A.create_amendment(pd, ["budget_change"], "Scale up")
    A.save_pd({"budget_lines": [dict(line, unicef_cash=line["unicef_cash"] + 500)
                                for line in pd.budget_lines]}, pd_id=amendment.id)
    close_database()
    yield {"agreement": agreement.reference, "pd": pd.reference, "amendment":
           amendment.reference, "db": str(db)}
    open_database(db)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_agreement_pdf_reads_back_in_every_language(printed, tmp_path, lang, capsys):
    out = tmp_path / f"pca-{lang}.pdf"
    assert main(["print", "agreement", printed["agreement"], "--db", printed["db"],
                 "--lang", lang, "--out", str(out)]) == 0
    text = pdf_text(out)
    flat = re.sub(r"\s+", " ", text)
    assert printed["agreement"] in text and printed["pd"] in text
    assert TITLES[lang] in flat and WORDS[lang] in flat and PD_WORDS[lang] in flat
    assert ARABIC_NAME in flat  # the partner's name, letters joined, in reading order
    assert OFFICER["name"] in text and "Paul Otieno" in text
    assert "0123456789" in text  # the bank table
    assert "6,150.00" in text and "3,100.00" in text  # PD totals and the agreement total
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and all(" yes " in line for line in fonts.splitlines()[2:])


def test_arabic_is_right_aligned_and_joined(printed, tmp_path):
    out = tmp_path / "pca-ar.pdf"
    main(["print", "agreement", printed["agreement"], "--db", printed["db"], "--lang", "ar",
          "--out", str(out)])
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"],
                          capture_output=True, text=True, check=True).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<',
                       html)
    first_line_y = min(float(y) for _, y, _, _ in words)
    title = [(float(x0), float(x1)) for x0, y, x1, _ in words if float(y) == first_line_y]
    assert max(x1 for _, x1 in title) > page_width - 70  # the title starts at the right margin
    assert min(x0 for x0, _ in title) > page_width / 3
    raw = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert re.search("[\uFE70-\uFEFF]", raw)  # joined (contextual) letter forms are drawn
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(out), str(png)],
                   check=True)
    image = next(tmp_path.glob("page*.png"))
    assert image.stat().st_size > 5000  # a page with text, not a blank one


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_pd_and_amendment_pdfs(printed, tmp_path, lang):
    pd_out, am_out = tmp_path / "pd.pdf", tmp_path / "am.pdf"
    assert main(["print", "pd", printed["pd"], "--db", printed["db"], "--lang", lang,
                 "--out", str(pd_out)]) == 0
    text = pdf_text(pd_out)
    assert printed["pd"] in text and "1,000.00" in text and "3,000.00" in text
    assert PD_WORDS[lang] in re.sub(r"\s+", " ", text) and "Children admitted" in text
    assert main(["print", "amendment", printed["amendment"], "--db", printed["db"],
                 "--lang", lang, "--out", str(am_out)]) == 0
    text = pdf_text(am_out)
    assert printed["amendment"] in text and "6,150.00" in text and "7,650.00" in text
    assert "Activity 0: 1,500.00" in text


def test_print_refusals_are_one_line(printed, tmp_path, capsys):
    args = ["--db", printed["db"], "--out", str(tmp_path / "x.pdf")]
    assert main(["print", "agreement", "KEN/PCA1999001"] + args) == 2
    assert main(["print", "amendment", printed["agreement"]] + args) == 2
    assert main(["print", "pd", printed["pd"], "--db", printed["db"],
                 "--out", str(tmp_path / "no" / "x.pdf")]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and all(e.startswith("partnerdesk: ") for e in errors)
    assert "does not exist" in errors[2]
    with pytest.raises(SystemExit) as info:
        main(["print", "pd", printed["pd"], "--lang", "de"] + args)
    assert info.value.code == 2


def test_list_agreements_json(printed, capsys):
    import json
    assert main(["list", "agreements", "--db", printed["db"], "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["reference"] == printed["agreement"] and rows[0]["partner"] == ARABIC_NAME
    assert rows[0]["unicef_total"] == pytest.approx(6150 + 3100)
    assert main(["list", "agreements", "--db", printed["db"], "--search", "nothingsuch"]) == 0


def test_document_bytes_without_a_file(db):
    from reports.agreements import render_agreement
    agreement = make_agreement(make_partner("Ministry", kind="government"), kind="mou",
                               signed=False)
    data = render_agreement(agreement, "fr")
    assert data.startswith(b"%PDF") and len(data) > 10000
    assert sign  # MoU prints without cash transfers: nothing to sign here
