"""Printed agreements, PDs and amendments in the six print languages, read back with pdftotext:
every article numbered without gaps, wording that follows the partner, only signed PDs annexed
and counted, DRAFT on every unsigned page, the fingerprint printed equals the one stored,
amounts formatted for the language, and a reprint after a newer template edition unchanged."""
from __future__ import annotations

import re
import subprocess

import pytest

from cli import main
from models import agreements as A
from models.agreements.template_format import holds
from models.db import close_database, open_database
from support.agreements_fixtures import OFFICER, make_agreement, make_partner, make_pd, sign

ARABIC_NAME = "جمعية العون الأردنية"
LANGS = ["en", "fr", "es", "ar", "pt", "ru"]


BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f]")  # and harakat


def pdf_pages(path) -> list[str]:
    """The text of each page as pdftotext reads it (without its bidi embedding marks)."""
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return [BIDI_MARKS.sub("", subprocess.run(
        ["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"], check=True,
        capture_output=True, text=True).stdout) for n in range(1, count + 1)]


def flat(path) -> str:
    return re.sub(r"\s+", " ", " ".join(pdf_pages(path)))


def in_order(text: str, parts: list[str]) -> list[str]:
    """The parts not found in `text` one after the other (empty: all there, in order)."""
    missing, at = [], -1
    for part in parts:
        found = text.find(part, at + 1)
        if found < 0:
            missing.append(part)
        else:
            at = found
    return missing


def headings(kind: str, lang: str, facts: set[str]) -> list[str]:
    section = A.templates.section(kind, lang)
    labels = A.templates.labels(lang)
    chosen = [a for a in section.articles if holds(a.condition, facts)]
    pattern = labels["article" if section.header.get("numbering") == "articles" else "section"]
    if lang == "ar":  # a number inside Arabic reads "1:" on paper; extractors vary on it
        return [BIDI_MARKS.sub("", a.heading) for a in chosen]
    return [pattern.format(n=i, heading=a.heading) for i, a in enumerate(chosen, 1)]


@pytest.fixture
def printed(db):
    """A signed PCA (Arabic-named partner) with a signed PD, one under review, a signed
    amendment, a draft government MoU and a draft company MoU."""
    partner = make_partner(ARABIC_NAME, address="Amman", country="JOR")
    agreement = make_agreement(partner)
    pd = make_pd(agreement, "active", lines=3)
    review = make_pd(agreement, "review", title="Second programme, not yet signed")
    amendment = A.create_amendment(pd, ["budget_change"], "Scale up")
    A.save_pd({"budget_lines": [dict(line, unicef_cash=line["unicef_cash"] + 500)
                                for line in pd.budget_lines]}, pd_id=amendment.id)
    sign(A.get_pd(amendment.id))
    ministry = make_agreement(make_partner("Ministry of Water", kind="government"), kind="mou",
                              signed=False, title="Water in schools")
    company = make_agreement(make_partner("Safaricom PLC", kind="private_sector"), kind="mou",
                             signed=False, title="Mobile birth registration")
    refs = {"agreement": agreement.reference, "pd": A.get_pd(pd.id).reference,
            "review": review.reference, "amendment": amendment.reference,
            "mou": ministry.reference, "company": company.reference, "db": str(db),
            "facts": A.compose.facts(agreement), "mou_facts": A.compose.facts(ministry),
            "sha": agreement.text_sha256}
    close_database()
    yield refs
    open_database(db)


def run(printed, what, ref, lang, out) -> None:
    assert main(["print", what, ref, "--db", printed["db"], "--lang", lang,
                 "--out", str(out)]) == 0


@pytest.mark.parametrize("lang", LANGS)
def test_pca_prints_every_article_in_order_and_only_signed_pds_as_annexes(printed, tmp_path,
                                                                          lang):
    out = tmp_path / f"pca-{lang}.pdf"
    run(printed, "agreement", printed["agreement"], lang, out)
    text = flat(out)
    open_database(printed["db"])
    try:
        own = headings("pca", lang, printed["facts"])
        terms = headings("gtc", lang, printed["facts"])
        labels = A.templates.labels(lang)
    finally:
        close_database()
    assert len(own) == 13 and len(terms) == 20
    assert in_order(text, own + terms) == []  # 1..13 then the general terms 1..20, no gaps
    assert ARABIC_NAME in text  # letters in reading order, not presentation forms
    assert OFFICER["name"] in text and "0123456789" in text
    schedule = text[text.find(labels["schedule_title"]):]
    pending_at = schedule.find(labels["in_preparation"][:24])
    assert pending_at > 0
    annexed = schedule[:pending_at]
    assert labels["annex"].format(n=1) in annexed and printed["pd"] in annexed
    assert printed["review"] not in annexed  # the PD under review is no annex ...
    assert labels["annex"].format(n=2) not in text
    pending = schedule[pending_at:]
    assert printed["review"] in pending  # ... it is listed apart, in preparation


def test_totals_count_signed_pds_only_and_french_writes_french_amounts(printed, tmp_path):
    out = tmp_path / "pca-fr.pdf"
    run(printed, "agreement", printed["agreement"], "fr", out)
    text = flat(out).replace("\u202f", " ").replace("\u00a0", " ")
    # the signed PD, amended: 1,500 + 2,500 + 3,500 cash and 3 x 50 supplies
    assert "Total des documents de programme signés" in text and "7 650,00 USD" in text
    assert "7,650.00" not in text and "11 000,00" not in text  # not the PD under review
    assert "1er janvier 2025" in text


@pytest.mark.parametrize("lang", ["en", "fr", "ar", "ru"])
def test_government_mou_has_no_cso_or_cash_clauses(printed, tmp_path, lang):
    out = tmp_path / f"mou-{lang}.pdf"
    run(printed, "agreement", printed["mou"], lang, out)
    text = flat(out)
    open_database(printed["db"])
    try:
        own = headings("mou_government", lang, printed["mou_facts"])
        cso = A.templates.labels(lang)["partner_type_cso"]
    finally:
        close_database()
    assert in_order(text, own) == []
    assert cso not in text
    if lang == "en":
        for words in ("civil society", "FACE", "unspent", "Cash Transfer", "General Terms"):
            assert words not in text
        assert "no transfer of funds" in text


def test_mou_that_moves_cash_says_so_and_company_mou_follows_corporate_rules(printed,
                                                                            tmp_path):
    open_database(printed["db"])
    try:
        mou = A.agreement_by_reference(printed["mou"])
        A.save_agreement({"transfers_cash": True}, agreement_id=mou.id)
    finally:
        close_database()
    out = tmp_path / "mou-cash.pdf"
    run(printed, "agreement", printed["mou"], "en", out)
    text = flat(out)
    assert "Harmonised Approach to Cash Transfers" in text and "FACE" in text
    assert "no transfer of funds" not in text
    run(printed, "agreement", printed["company"], "en", out)
    text = flat(out)
    assert "Children's Rights and Business Principles" in text
    assert "does not imply that UNICEF endorses" in text and "civil society" not in text


def test_draft_on_every_page_of_an_unsigned_document_and_none_on_a_signed_one(printed,
                                                                            tmp_path):
    draft, signed = tmp_path / "pd-review.pdf", tmp_path / "pca.pdf"
    run(printed, "pd", printed["review"], "en", draft)
    run(printed, "agreement", printed["agreement"], "en", signed)
    pages = pdf_pages(draft)
    assert len(pages) >= 2 and all("DRAFT" in re.sub(r"\s+", "", p) for p in pages)
    assert all("Draft, not signed" in p for p in pages)
    assert not any("DRAFT" in re.sub(r"\s+", "", p) for p in pdf_pages(signed))


def test_printed_fingerprint_equals_the_stored_one(printed, tmp_path):
    out = tmp_path / "pca.pdf"
    run(printed, "agreement", printed["agreement"], "en", out)
    text = flat(out)
    assert f"SHA-256 of the text signed: {printed['sha']}" in text
    assert "matches the fingerprint recorded at signature" in text
    open_database(printed["db"])
    try:
        agreement = A.agreement_by_reference(printed["agreement"])
        assert A.evidence.fingerprint(agreement) == agreement.text_sha256
    finally:
        close_database()


def test_reprint_after_a_newer_template_edition_is_the_same_text(printed, tmp_path):
    first, again, draft = (tmp_path / n for n in ("first.pdf", "again.pdf", "draft.pdf"))
    run(printed, "agreement", printed["agreement"], "es", first)
    exported = tmp_path / "pca.txt"
    assert main(["templates", "export", "pca", "--db", printed["db"], "--out",
                 str(exported)]) == 0
    edited = exported.read_text(encoding="utf-8").replace("## purpose:", "## purpose:", 1) \
        .replace("Objeto y alcance", "Objeto, alcance y principios")
    exported.write_text(edited, encoding="utf-8")
    assert main(["templates", "import", str(exported), "--db", printed["db"]]) == 0
    run(printed, "agreement", printed["agreement"], "es", again)
    assert pdf_pages(first) == pdf_pages(again)  # signed with edition 1: same text
    open_database(printed["db"])
    try:
        partner = A.agreement_by_reference(printed["agreement"]).partner
        new = make_agreement(partner, country_programme="2028-2032", signed=False)
        reference = new.reference
    finally:
        close_database()
    run(printed, "agreement", reference, "es", draft)
    assert "Objeto, alcance y principios" in flat(draft)  # a draft uses the newest edition
    assert "Objeto, alcance y principios" not in flat(again)


def test_amendment_prints_the_real_difference_and_no_self_reference(printed, tmp_path):
    out = tmp_path / "am.pdf"
    run(printed, "amendment", printed["amendment"], "en", out)
    text = flat(out)
    base = printed["pd"].rsplit("-", 1)[0]
    assert f"Amendment 01 to {base}" in text and f"to {printed['pd']}" not in text
    assert "Activity 0: 1,000.00 / 100.00 / 50.00" in text  # as signed
    assert "Activity 0: 1,500.00 / 100.00 / 50.00" in text  # as amended, after merging
    assert "This amendment changes nothing" not in text


def test_typed_amendment_without_its_change_is_refused(db):
    pd = make_pd(make_agreement(), "active")
    amendment = A.create_amendment(pd, ["budget_change"], "More cash")
    with pytest.raises(A.DomainError if hasattr(A, "DomainError") else Exception,
                       match="changes nothing yet"):
        sign(amendment)
    A.save_pd({"title": "Renamed only"}, pd_id=amendment.id)
    with pytest.raises(Exception, match="typed as a budget change"):
        sign(A.get_pd(amendment.id))


def test_cli_template_commands_and_refusals(printed, tmp_path, capsys):
    out = tmp_path / "blank.pdf"
    assert main(["print", "template", "ssfa", "--db", printed["db"], "--lang", "pt",
                 "--out", str(out)]) == 0
    text = flat(out)
    assert "{ceiling}" in text and "[special_conditions]" in text
    assert main(["templates", "list", "--db", printed["db"], "--kind", "gtc"]) == 0
    assert capsys.readouterr().out.count("gtc") == 6
    broken = tmp_path / "broken.txt"
    broken.write_text("=== pca en\ntitle: X\n\n## a: A\n\nText {nosuch}\n", encoding="utf-8")
    assert main(["templates", "import", str(broken), "--db", printed["db"]]) == 2
    only_en = tmp_path / "en.txt"
    only_en.write_text("=== pca en\ntitle: X\n\n## a: A\n\nText\n", encoding="utf-8")
    assert main(["templates", "import", str(only_en), "--db", printed["db"]]) == 2
    assert main(["print", "template", "nosuch", "--db", printed["db"],
                 "--out", str(out)]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 3 and "unknown placeholder {nosuch}" in errors[0]
    assert "lacks fr, es, ar, pt, ru" in errors[1]
