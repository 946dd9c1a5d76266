"""Agreement templates as versioned data: which text a record prints with, and HQ's editions.

HQ issues an edition of a kind (all six print languages at once, office "HQ") through sync, as it
issues benchmark sets. A draft prints with the newest edition on the device; a record fixes the
editions it uses when it is signed (`template_editions`) and always reprints with them, so a
reprint after a newer edition is the same text.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from ..base import atomic
from ..errors import DomainError
from ..messages import msg
from .entities import Agreement, AgreementTemplate, ProgrammeDocument
from .vocab import AGREEMENT_TYPES
from .template_format import KINDS, LANGS, Section, TemplateError, format_sections, parse, \
    section_from_body

MOU_KINDS = {"government": "mou_government", "private_sector": "mou_company"}


def kind_of(record) -> str:
    """The template kind a record prints with."""
    if record.amendment_of:
        return "amendment"
    if isinstance(record, ProgrammeDocument):
        return "hpd" if record.pd_type == "humanitarian" else "pd"
    if record.agreement_type == "mou":
        return MOU_KINDS.get(record.partner.partner_type, "mou_general")
    if record.agreement_type not in AGREEMENT_TYPES:  # a malformed stored value
        raise DomainError(f"{record.reference} has the agreement type "
                          f"'{record.agreement_type}', which is none of "
                          f"{', '.join(AGREEMENT_TYPES)}: its text cannot be chosen. Correct "
                          "the type (`check` lists such values).")
    return record.agreement_type


def kinds_used(record) -> list[str]:
    """Every kind a record's printed text draws on (its own, included ones, the labels)."""
    kind = kind_of(record)
    found = [kind]
    include = (_newest(kind, "en").body.get("header") or {}).get("includes")
    if include:
        found.append(include)
    return found + ["labels"]


def _newest(kind: str, lang: str) -> AgreementTemplate:
    row = (AgreementTemplate.live()
           .where((AgreementTemplate.kind == kind) & (AgreementTemplate.lang == lang))
           .order_by(AgreementTemplate.edition.desc()).first())
    if row is None:
        raise DomainError(msg("No {kind} template in {lang} on this device; synchronise with "
                              "HQ to receive the templates.", kind=kind, lang=lang))
    return row


def current_editions(kinds: list[str]) -> dict[str, int]:
    return {kind: _newest(kind, "en").edition for kind in kinds}


def editions_of(record) -> dict[str, int]:
    """The editions a record prints with: fixed at signature, else the newest."""
    fixed = dict(record.template_editions or {})
    kinds = kinds_used(record) if not fixed else list(fixed)
    return {kind: fixed.get(kind) or _newest(kind, "en").edition for kind in kinds}


def section(kind: str, lang: str, edition: int | None = None) -> Section:
    """The template of a kind in a language, at an edition (default: the newest)."""
    found = row(kind, lang, edition)
    key = (found.id, found.updated_at)
    if key not in _parsed:  # a row changes only by a new updated_at: parse it once
        if len(_parsed) > 256:
            _parsed.clear()
        _parsed[key] = section_from_body(kind, lang, found.body)
    return _parsed[key]


_parsed: dict[tuple[str, str], Section] = {}


def row(kind: str, lang: str, edition: int | None = None) -> AgreementTemplate:
    if edition is None:
        return _newest(kind, lang)
    found = AgreementTemplate.get_or_none((AgreementTemplate.kind == kind)
                                          & (AgreementTemplate.lang == lang)
                                          & (AgreementTemplate.edition == edition))
    if found is None:
        raise DomainError(msg("This record was signed with the {kind} template edition "
                              "{edition}, which this device does not hold in {lang}; "
                              "synchronise with HQ to receive it before printing.", kind=kind,
                              edition=edition, lang=lang))
    return found


def labels(lang: str, edition: int | None = None) -> dict[str, str]:
    """The printed labels of a language, English filling any gap (a copy the caller may keep)."""
    english = section("labels", "en", edition).labels
    return {**english, **section("labels", lang, edition).labels} if lang != "en" \
        else dict(english)


def list_templates(kind: str | None = None) -> list[tuple]:
    """(kind, lang, edition, issued_on, issuer, title) of every template, newest first."""
    query = AgreementTemplate.live()
    if kind:
        query = query.where(AgreementTemplate.kind == kind)
    return [(t.kind, t.lang, t.edition, t.issued_on, t.issuer, t.title) for t in
            query.order_by(AgreementTemplate.kind, AgreementTemplate.edition.desc(),
                           AgreementTemplate.lang)]


def export_kind(kind: str, edition: int | None = None) -> str:
    """The newest edition of a kind in every language, in the text format."""
    if kind not in KINDS:
        raise DomainError(f"Unknown template kind '{kind}'; choose one of {', '.join(KINDS)}.")
    edition = edition or _newest(kind, "en").edition
    return format_sections([section(kind, lang, edition) for lang in LANGS])


def import_text(text: str, *, issuer: str = "HQ", source: str = "file",
                today: dt.date | None = None) -> list[tuple[str, int]]:
    """Issue the kinds in a template file as new editions (office HQ); [(kind, edition)].

    Every kind in the file must come in all six print languages, so that a record signed with
    an edition can be printed in any of them; a file that changes nothing is refused.
    """
    try:
        sections = parse(text, source)
    except TemplateError as exc:
        raise DomainError(str(exc)) from None
    by_kind: dict[str, dict[str, Section]] = {}
    for s in sections:
        if s.lang in by_kind.setdefault(s.kind, {}):
            raise DomainError(f"{source}: {s.kind} in {s.lang} appears twice.")
        by_kind[s.kind][s.lang] = s
    for kind, langs in by_kind.items():
        missing = [lang for lang in LANGS if lang not in langs]
        if missing:
            raise DomainError(f"{source}: the {kind} template lacks {', '.join(missing)}; an "
                              "edition is issued in all six print languages at once.")
    issued = []
    with atomic():
        for kind, langs in by_kind.items():
            newest = AgreementTemplate.live().where(AgreementTemplate.kind == kind) \
                .order_by(AgreementTemplate.edition.desc()).first()
            bodies = {lang: _canonical(s.body()) for lang, s in langs.items()}
            if newest is not None and all(
                    _canonical(row(kind, lang, newest.edition).body) == bodies[lang]
                    for lang in LANGS):
                raise DomainError(f"{source}: the {kind} template is the same as edition "
                                  f"{newest.edition}; nothing to issue.")
            edition = (newest.edition if newest else 0) + 1
            for lang, s in langs.items():
                AgreementTemplate.create(
                    office="HQ", kind=kind, lang=lang, edition=edition,
                    issued_on=today or dt.date.today(), issuer=issuer,
                    title=s.header.get("title", kind), body=s.body(),
                    sha256=hashlib.sha256(bodies[lang].encode()).hexdigest())
            issued.append((kind, edition))
    return issued


def _canonical(body: dict) -> str:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def fix_editions(record) -> None:
    """Record the editions in force on the record (at signature; the caller saves)."""
    record.template_editions = current_editions(kinds_used(record))


__all__ = ["KINDS", "LANGS", "kind_of", "kinds_used", "editions_of", "section", "labels",
           "list_templates", "export_kind", "import_text", "fix_editions", "Agreement"]
