"""The plain-text format of agreement templates: read, checked and written back.

A legal officer edits this format (`templates export KIND` / `templates import FILE`); the
default set in models/agreements/template_texts/ is written in it. One file holds sections:

    === pca en                      a section: template kind and print language
    title: Programme Cooperation Agreement
    includes: gtc                   header lines (key: value) up to the first blank line

    Text before the first article is the preamble (not numbered).

    ## definitions: Definitions     an article: key, heading (numbered when printed)
    ## ?cash cash: Cash transfers   `?cond` prints the article only when the condition holds

    The Partner shall ...           a clause: a paragraph, numbered 1.1, 1.2 ... when printed
    ?!government Text ...           a conditional clause
    - first point                   list items of the clause above, lettered (a), (b) ...
    - ?humanitarian another point   a conditional item
    @officers                       a directive: a table or block filled from the record

A condition is facts joined by "," (all must hold); "!" negates a fact. Placeholders are
`{name}` from PLACEHOLDERS. A `labels` section holds `key: text` lines instead of articles.
Numbers come from position, so a clause left out by its condition leaves no gap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS: dict[str, str] = {
    "pca": "Programme Cooperation Agreement",
    "ssfa": "Small Scale Funding Agreement",
    "mou_government": "Memorandum of Understanding with a government",
    "mou_company": "Memorandum of Understanding with a company or foundation",
    "mou_general": "Memorandum of Understanding with another partner",
    "gtc": "General Terms and Conditions",
    "pd": "Programme Document",
    "hpd": "Simplified Humanitarian Programme Document",
    "amendment": "Amendment",
    "labels": "Labels of printed documents",
}
LANGS = ("en", "fr", "es", "ar", "pt", "ru")
FACTS = {
    # the partner (DOMAIN.md section 1)
    "cso", "government", "company", "un", "other_partner",
    # the agreement or document
    "pca", "ssfa", "mou", "cash", "humanitarian", "emergency", "special_conditions",
    "bank", "has_country_programme",
    # amendments
    "agreement_amendment", "pd_amendment", "budget_change", "results_change",
    "no_cost_extension", "administrative", "other",
}
PLACEHOLDERS = {
    "partner", "partner_short", "partner_address", "partner_country", "partner_type",
    "office", "country", "reference", "agreement_reference", "title", "country_programme", "start", "end",
    "ceiling", "currency", "unicef_total", "partner_total", "amended_reference",
    "amendment_number", "amended_title", "kinds", "summary", "duration_months",
}
DIRECTIVES = {
    "officers", "bank", "addresses", "special_conditions",
    "pd_header", "pd_context", "pd_cp_outputs", "pd_results", "pd_workplan", "pd_budget",
    "pd_budget_by_output", "pd_modalities", "pd_visits", "pd_reporting", "pd_risks",
    "pd_ratings", "pd_focal_points", "changes",
}
HEADER_KEYS = {"title", "subtitle", "includes", "numbering"}
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
ARTICLE = re.compile(r"^##\s+(?:\?(\S+)\s+)?([a-z0-9_]+)\s*:\s*(.+)$")
SECTION = re.compile(r"^===\s+([a-z_]+)\s+([a-z]{2})\s*$")


class TemplateError(ValueError):
    """A template file that cannot be used; the message says where and what to fix."""


@dataclass
class Item:
    text: str
    condition: str = ""


@dataclass
class Clause:
    text: str = ""  # empty for a directive
    directive: str = ""
    condition: str = ""
    items: list[Item] = field(default_factory=list)


@dataclass
class Article:
    key: str
    heading: str
    condition: str = ""
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Section:
    kind: str
    lang: str
    header: dict[str, str] = field(default_factory=dict)
    preamble: list[Clause] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict:
        """The JSON-ready body kept in the template row."""
        if self.kind == "labels":
            return {"labels": dict(self.labels)}
        return {"header": dict(self.header),
                "preamble": [_clause_json(c) for c in self.preamble],
                "articles": [{"key": a.key, "heading": a.heading, "if": a.condition,
                              "clauses": [_clause_json(c) for c in a.clauses]}
                             for a in self.articles]}


def _clause_json(c: Clause) -> dict:
    out = {"text": c.text} if not c.directive else {"directive": c.directive}
    if c.condition:
        out["if"] = c.condition
    if c.items:
        out["items"] = [{"text": i.text, **({"if": i.condition} if i.condition else {})}
                        for i in c.items]
    return out


def section_from_body(kind: str, lang: str, body: dict) -> Section:
    """The inverse of Section.body (a stored row back to a section)."""
    section = Section(kind, lang)
    if kind == "labels":
        section.labels = dict(body.get("labels") or {})
        return section
    section.header = dict(body.get("header") or {})

    def clause(c: dict) -> Clause:
        return Clause(c.get("text", ""), c.get("directive", ""), c.get("if", ""),
                      [Item(i["text"], i.get("if", "")) for i in c.get("items") or []])
    section.preamble = [clause(c) for c in body.get("preamble") or []]
    section.articles = [Article(a["key"], a["heading"], a.get("if", ""),
                                [clause(c) for c in a.get("clauses") or []])
                        for a in body.get("articles") or []]
    return section


def _condition(text: str, where: str) -> str:
    for fact in text.split(","):
        name = fact[1:] if fact.startswith("!") else fact
        if name not in FACTS:
            raise TemplateError(f"{where}: unknown condition '{name}'; use one of "
                                f"{', '.join(sorted(FACTS))}.")
    return text


def _check_text(text: str, where: str) -> str:
    for name in PLACEHOLDER.findall(text):
        if name not in PLACEHOLDERS:
            raise TemplateError(f"{where}: unknown placeholder {{{name}}}; use one of "
                                f"{', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}.")
    return text


def _split_condition(text: str, where: str) -> tuple[str, str]:
    if text.startswith("?"):
        cond, _, rest = text[1:].partition(" ")
        return _condition(cond, where), rest.strip()
    return "", text


def _paragraphs(lines: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    out, current, start = [], [], 0
    for number, line in lines + [(0, "")]:
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            out.append((start, current))
            current = []
    return out


def _clauses(lines: list[tuple[int, str]], where: str) -> list[Clause]:
    clauses: list[Clause] = []
    for number, para in _paragraphs(lines):
        here = f"{where}, line {number}"
        first, joined = para[0], []
        if first.startswith("- "):
            if not clauses or clauses[-1].directive:
                raise TemplateError(f"{here}: a list item must follow a clause.")
            target = clauses[-1]
        else:
            cond, text = _split_condition(first, here)
            if text.startswith("@"):
                name = text[1:].strip()
                if name not in DIRECTIVES or len(para) > 1:
                    raise TemplateError(f"{here}: unknown directive @{name}; use one of "
                                        f"{', '.join('@' + d for d in sorted(DIRECTIVES))}.")
                clauses.append(Clause(directive=name, condition=cond))
                continue
            target = Clause(condition=cond)
            clauses.append(target)
            joined = [text]
            para = para[1:]
        for line in para:
            if line.startswith("- "):
                cond, text = _split_condition(line[2:].strip(), here)
                target.items.append(Item(_check_text(text, here), cond))
            elif target.items:
                target.items[-1].text += " " + _check_text(line, here)
            else:
                joined.append(line)
        if joined:
            target.text = _check_text(" ".join(joined), here)
    return clauses


def parse(text: str, source: str = "template") -> list[Section]:
    """Every section of a template file; TemplateError names the line at fault."""
    sections: list[Section] = []
    blocks: list[tuple[Section, list[tuple[int, str]]]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if match := SECTION.match(line):
            kind, lang = match.groups()
            if kind not in KINDS:
                raise TemplateError(f"{source}, line {number}: unknown template kind '{kind}'; "
                                    f"use one of {', '.join(KINDS)}.")
            if lang not in LANGS:
                raise TemplateError(f"{source}, line {number}: unknown language '{lang}'; "
                                    f"use one of {', '.join(LANGS)}.")
            blocks.append((Section(kind, lang), []))
        elif blocks:
            blocks[-1][1].append((number, line))
        elif line.strip() and not line.startswith("#"):
            raise TemplateError(f"{source}, line {number}: text before the first '=== kind "
                                "language' line.")
    for section, lines in blocks:
        _fill(section, lines, f"{source} [{section.kind} {section.lang}]")
        sections.append(section)
    if not sections:
        raise TemplateError(f"{source}: no '=== kind language' section found.")
    return sections


def _fill(section: Section, lines: list[tuple[int, str]], where: str) -> None:
    rest = list(lines)
    while rest and not rest[0][1].strip():
        rest.pop(0)
    if section.kind == "labels":
        for number, line in rest:
            if line.strip():
                key, sep, value = line.partition(":")
                if not sep or not key.strip():
                    raise TemplateError(f"{where}, line {number}: write a label as 'key: text'.")
                section.labels[key.strip()] = value.strip()
        return
    while rest and rest[0][1].strip() and not rest[0][1].startswith("##"):
        number, line = rest.pop(0)
        key, sep, value = line.partition(":")
        if not sep or key.strip() not in HEADER_KEYS:
            raise TemplateError(f"{where}, line {number}: header lines are 'key: value' with key "
                                f"one of {', '.join(sorted(HEADER_KEYS))}.")
        section.header[key.strip()] = _check_text(value.strip(), f"{where}, line {number}")
    if "title" not in section.header:
        raise TemplateError(f"{where}: the header needs a 'title:' line.")
    chunks: list[tuple[tuple[int, str] | None, list[tuple[int, str]]]] = [(None, [])]
    for number, line in rest:
        if line.startswith("##"):
            chunks.append(((number, line), []))
        else:
            chunks[-1][1].append((number, line))
    section.preamble = _clauses(chunks[0][1], where)
    keys = set()
    for head, body in chunks[1:]:
        number, line = head
        match = ARTICLE.match(line)
        if not match:
            raise TemplateError(f"{where}, line {number}: write an article as "
                                "'## key: Heading' (or '## ?condition key: Heading').")
        cond, key, heading = match.groups()
        if key in keys:
            raise TemplateError(f"{where}, line {number}: article '{key}' appears twice.")
        keys.add(key)
        here = f"{where}, line {number}"
        section.articles.append(Article(key, _check_text(heading.strip(), here),
                                        _condition(cond, here) if cond else "",
                                        _clauses(body, f"{where}, article {key}")))


def format_sections(sections: list[Section]) -> str:
    """Sections back to the text format (what `templates export` writes)."""
    out: list[str] = []
    for s in sections:
        out.append(f"=== {s.kind} {s.lang}")
        if s.kind == "labels":
            out.extend(f"{k}: {v}" for k, v in s.labels.items())
            out.append("")
            continue
        order = ["title", "subtitle", "includes", "numbering"]
        out.extend(f"{k}: {s.header[k]}" for k in sorted(s.header, key=order.index))
        out.append("")
        for c in s.preamble:
            out.extend(_clause_lines(c))
        for a in s.articles:
            cond = f"?{a.condition} " if a.condition else ""
            out.append(f"## {cond}{a.key}: {a.heading}")
            out.append("")
            for c in a.clauses:
                out.extend(_clause_lines(c))
    return "\n".join(out).rstrip() + "\n"


def _clause_lines(c: Clause) -> list[str]:
    cond = f"?{c.condition} " if c.condition else ""
    lines = [f"{cond}@{c.directive}" if c.directive else f"{cond}{c.text}"]
    lines.extend(f"- {'?' + i.condition + ' ' if i.condition else ''}{i.text}" for i in c.items)
    return lines + [""]


def holds(condition: str, facts: set[str]) -> bool:
    """Whether a condition ("a,!b") holds for the facts of a record."""
    if not condition:
        return True
    for fact in condition.split(","):
        wanted = not fact.startswith("!")
        if (fact.lstrip("!") in facts) != wanted:
            return False
    return True
