"""Agreement templates as data: the frozen default edition, the text format and its refusals,
numbering without gaps in every kind and language, and HQ's new editions."""
from __future__ import annotations

import hashlib
import re

import pytest

from models import agreements as A
from models.agreements import migrations, template_format as F
from models.agreements.document import Document
from models.errors import DomainError
from support.agreements_fixtures import make_agreement, make_partner, make_pd


def test_default_edition_is_frozen_and_alike_in_six_languages(db):
    rows = migrations.default_template_rows()
    digest = hashlib.sha256("".join(r[-1] for r in rows).encode()).hexdigest()
    assert digest == migrations.DEFAULT_TEXTS_SHA256  # step 7 never changes: issue an edition
    listed = A.templates.list_templates()
    assert len(listed) == len(F.KINDS) * len(F.LANGS) == 60
    for kind in F.KINDS:
        shapes = set()
        for lang in F.LANGS:
            section = A.templates.section(kind, lang)
            shapes.add(repr([(a.key, a.condition, [(c.directive, c.condition, len(c.items))
                                                   for c in a.clauses])
                             for a in section.articles]) if kind != "labels"
                       else repr(sorted(section.labels)))
        assert len(shapes) == 1, kind  # same articles, clauses and conditions in every language
    assert len(A.templates.section("pca", "en").articles) == 13
    assert len(A.templates.section("gtc", "en").articles) == 20


@pytest.mark.parametrize("text, words", [
    ("=== pca xx\ntitle: T\n", "unknown language 'xx'"),
    ("=== lou en\ntitle: T\n", "unknown template kind 'lou'"),
    ("=== pca en\n\n## a: A\n", "needs a 'title:' line"),
    ("=== pca en\ntitle: T\n\n## a: A\n\nSee {nosuch}.\n", "line 6: unknown placeholder"),
    ("=== pca en\ntitle: T\n\n## ?rich a: A\n", "unknown condition 'rich'"),
    ("=== pca en\ntitle: T\n\n## a: A\n\n@table\n", "unknown directive @table"),
    ("=== pca en\ntitle: T\n\n## a: A\n\n## a: B\n", "article 'a' appears twice"),
    ("=== pca en\ntitle: T\n\n## a: A\n\n- item alone\n", "list item must follow a clause"),
    ("stray words\n=== pca en\ntitle: T\n", "text before the first"),
])
def test_template_format_refuses_with_the_line_at_fault(text, words):
    with pytest.raises(F.TemplateError, match=re.escape(words)):
        F.parse(text, "file.txt")


def test_format_round_trip_keeps_every_part():
    for lang in F.LANGS:
        with open(f"models/agreements/template_texts/{lang}.txt", encoding="utf-8") as fh:
            sections = F.parse(fh.read())
        stored = [F.section_from_body(s.kind, s.lang, s.body()) for s in sections]
        again = F.parse(F.format_sections(stored))
        assert [s.body() for s in again] == [s.body() for s in sections]


def _parts(doc: Document) -> list[tuple[list[int], list[str]]]:
    """(article numbers, clause numbers) of each numbered part: the agreement, its terms."""
    parts: list[tuple[list[int], list[str]]] = []
    for block in doc.blocks:
        if not block.signed:
            continue
        if block.kind == "title" or not parts:
            parts.append(([], []))
        if block.kind == "heading" and block.level == 1:
            parts[-1][0].append(int(re.search(r"\d+", block.text).group()))
        if block.kind == "clause":
            parts[-1][1].append(block.number)
    return [p for p in parts if p[0]]


@pytest.mark.parametrize("lang", F.LANGS)
def test_every_document_numbers_articles_and_clauses_without_gaps(db, lang):
    pca = make_agreement()
    pd = make_pd(pca, "active")
    mou = make_agreement(make_partner("Ministry", kind="government"), kind="mou", signed=False)
    company = make_agreement(make_partner("Acme", kind="private_sector"), kind="mou",
                             signed=False)
    ssfa = make_agreement(make_partner("Small NGO"), kind="ssfa", signed=False)
    for record in (pca, pd, mou, company, ssfa):
        doc = A.evidence.build(record, lang)
        text = doc.text()
        assert "{" not in text  # every placeholder filled
        assert not any(f"@{name}" in text for name in F.DIRECTIVES)  # every directive drawn
        assert _parts(doc)
        for articles, clauses in _parts(doc):
            assert articles == list(range(1, len(articles) + 1))  # no gap, none twice
            by_article: dict[int, list[int]] = {}
            for number in clauses:
                article, clause = (int(x) for x in number.split("."))
                by_article.setdefault(article, []).append(clause)
            assert set(by_article) <= set(articles)
            for numbers in by_article.values():
                assert numbers == list(range(1, len(numbers) + 1))


def test_government_mou_drops_cash_clauses_and_renumbers(db):
    mou = make_agreement(make_partner("Ministry", kind="government"), kind="mou", signed=False)
    without = A.evidence.build(mou, "en").text()
    A.save_agreement({"transfers_cash": True}, agreement_id=mou.id)
    with_cash = A.evidence.build(A.get_agreement(mou.id), "en").text()
    assert "5.1 This Memorandum creates no financial obligation" in without
    assert "FACE" not in without and "civil society" not in without
    assert "5.1 Where UNICEF transfers cash" in with_cash and "5.2 The Government" in with_cash


def test_hq_issues_a_new_edition_in_six_languages(db):
    text = A.templates.export_kind("amendment")
    with pytest.raises(DomainError, match="same as edition 1"):
        A.templates.import_text(text)
    changed = text.replace("=== amendment en\n", "=== amendment en\n", 1).replace(
        "All other terms of", "Every other term of")
    assert A.templates.import_text(changed, issuer="HQ Legal") == [("amendment", 2)]
    rows = [r for r in A.templates.list_templates("amendment") if r[2] == 2]
    assert len(rows) == 6 and {r[4] for r in rows} == {"HQ Legal"}
    assert "Every other term of" in A.templates.export_kind("amendment")
    assert "All other terms of" in A.templates.export_kind("amendment", 1)
    only_en = changed.split("=== amendment fr")[0]
    with pytest.raises(DomainError, match="lacks fr, es, ar, pt, ru"):
        A.templates.import_text(only_en)


def test_officers_command_keeps_the_list_of_who_signs_for_unicef(db, capsys):
    from cli import main
    from models.db import close_database, open_database
    close_database()
    try:
        args = ["--office", "KEN", "--db", str(db)]
        assert main(["officers", "add", "Paul Otieno", "--title", "Representative",
                     "--from", "2025-01-01"] + args) == 0
        assert main(["officers", "add", "Bad", "--title", "X", "--email", "not-mail"] + args) == 2
        assert main(["officers", "list"] + args) == 0
        out = capsys.readouterr()
        assert "Paul Otieno" in out.out and "Representative" in out.out
        assert "not an e-mail address" in out.err and len(out.err.strip().splitlines()) == 1
        assert main(["officers", "remove", "Paul Otieno"] + args) == 0
        assert main(["officers", "remove", "Paul Otieno"] + args) == 2
    finally:
        open_database(db)
    assert A.signatories.unicef_officers("KEN") == []
