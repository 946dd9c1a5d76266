"""Fill a template with a record, in one language, into a Document (see document.py).

Conditions choose the articles and clauses that fit the partner and the agreement (no CSO
clause in a government MoU, no cash wording unless cash moves); numbering follows what is
printed, so nothing leaves a gap. Placeholders take the record's values, formatted for the
language (Babel). The same functions print the blank template for legal review.
"""
from __future__ import annotations

from .. import localefmt as fmt
from ..directory import Office
from . import templates
from .document import Block, Document, Party
from .entities import Agreement, ProgrammeDocument, SignatureEvidence
from .template_format import PLACEHOLDER, Section, holds
from .vocab import SSFA_CEILING

SIGNED = ("signed", "active", "suspended", "ended", "closed", "terminated")
PARTNER_KINDS = {"cso": "cso", "government": "government", "private_sector": "company",
                 "un_agency": "un"}


class Filler:
    """What one document needs to fill its templates: labels, facts, placeholder values."""

    def __init__(self, record, lang: str, editions: dict[str, int] | None = None, *,
                 blank: bool = False):
        self.record, self.lang, self.blank = record, lang, blank
        self.editions = editions if editions is not None else templates.editions_of(record)
        self.labels = templates.labels(lang, self.editions.get("labels"))
        self.facts = set() if blank else facts(record)
        self.values = {} if blank else placeholders(record, lang, self.labels)

    def L(self, key: str, **values) -> str:
        text = self.labels.get(key, key)
        return text.format(**values) if values else text

    def label(self, code) -> str:
        """A vocabulary code (status, modality, rating ...) in the language."""
        return self.labels.get(f"v.{code}", str(code or ""))

    def fill(self, text: str) -> str:
        if self.blank:
            return text  # the placeholders stay visible for the legal officer
        return PLACEHOLDER.sub(lambda m: self.values.get(m.group(1), ""), text)

    def holds(self, condition: str) -> bool:
        return True if self.blank else holds(condition, self.facts)

    def mark(self, condition: str) -> str:
        return f"[{condition}] " if self.blank and condition else ""

    def date(self, value, style: str = "long") -> str:
        return fmt.date(value, self.lang, style)

    def money(self, value) -> str:
        return fmt.money(value, self.lang)

    def section(self, kind: str) -> Section:
        return templates.section(kind, self.lang, self.editions.get(kind))


def partner_of(record):
    if isinstance(record, ProgrammeDocument):
        return record.agreement.partner
    return record.partner


def facts(record) -> set[str]:
    """The facts a template's conditions test (template_format.FACTS)."""
    partner = partner_of(record)
    out = {PARTNER_KINDS.get(partner.partner_type, "other_partner")}
    agreement = record.agreement if isinstance(record, ProgrammeDocument) else record
    out.add(agreement.agreement_type)
    if agreement.agreement_type in ("pca", "ssfa") or agreement.transfers_cash:
        out.add("cash")
    if agreement.is_emergency or getattr(record, "is_emergency", False):
        out.add("emergency")
    if agreement.is_emergency or getattr(record, "pd_type", "") == "humanitarian":
        out.add("humanitarian")
    if agreement.special_conditions.strip():
        out.add("special_conditions")
    if (partner.bank_details or {}).get("account_number"):
        out.add("bank")
    if agreement.country_programme:
        out.add("has_country_programme")
    if record.amendment_of:
        out.add("pd_amendment" if isinstance(record, ProgrammeDocument)
                else "agreement_amendment")
        out.update(record.amendment_types or [])
    return out


def office_name(code: str, lang: str, labels: dict) -> str:
    office = Office.get_or_none(Office.code == code)
    country = fmt.country_name(office.country if office else code, lang)
    return labels.get("unicef_office_name", "{country}").format(country=country)


def placeholders(record, lang: str, labels: dict) -> dict[str, str]:
    partner = partner_of(record)
    agreement = record.agreement if isinstance(record, ProgrammeDocument) else record
    kind = PARTNER_KINDS.get(partner.partner_type, "other")
    values = {
        "partner": partner.legal_name, "partner_short": partner.short_name or partner.legal_name,
        "partner_address": partner.address or "",
        "partner_country": fmt.country_name(partner.country, lang) or "",
        "partner_type": labels.get(f"partner_type_{kind if kind != 'un' else 'other'}", ""),
        "office": office_name(record.office, lang, labels),
        "country": fmt.country_name(_office_country(record.office), lang),
        "reference": record.reference, "agreement_reference": agreement.reference,
        "title": record.title or agreement.title or partner.legal_name,
        "country_programme": agreement.country_programme or "",
        "start": fmt.date(record.start_date, lang), "end": fmt.date(record.end_date, lang),
        "ceiling": fmt.money(SSFA_CEILING, lang),
        "currency": getattr(record, "currency", "") or "USD",
        "unicef_total": "", "partner_total": "",
        "amendment_number": f"{record.amendment_number:02d}" if record.amendment_of else "",
        "kinds": ", ".join(labels.get(f"v.{k}", k) for k in record.amendment_types or []),
        "summary": record.amendment_summary or "",
    }
    if record.amendment_of:
        from .amend import original_of, previous_reference
        original = original_of(record)
        values["amended_reference"] = previous_reference(record)
        values["amended_title"] = original.title or ""
    return values


def _office_country(code: str) -> str:
    office = Office.get_or_none(Office.code == code)
    return office.country if office else code


def write_section(doc: Document, section: Section, f: Filler, directives: dict) -> None:
    """The preamble and numbered articles of a template section into the document."""
    numbering = section.header.get("numbering", "articles")
    for clause in section.preamble:
        if f.holds(clause.condition):
            _clause(doc, clause, f, directives, "")
    n = 0
    for article in section.articles:
        if not f.holds(article.condition):
            continue
        n += 1
        heading = f.mark(article.condition) + f.L(
            "article" if numbering == "articles" else "section", n=n,
            heading=f.fill(article.heading))
        doc.add("heading", heading, level=1)
        m = 0
        for clause in article.clauses:
            if not f.holds(clause.condition):
                continue
            if clause.directive:
                _directive(doc, clause, f, directives)
                continue
            m += 1
            _clause(doc, clause, f, directives, f"{n}.{m}")


def _clause(doc, clause, f: Filler, directives, number: str) -> None:
    if clause.directive:
        _directive(doc, clause, f, directives)
        return
    doc.add("clause" if number else "para", f.mark(clause.condition) + f.fill(clause.text),
            number=number)
    letters = f.L("item_letters").split()
    k = 0
    for item in clause.items:
        if f.holds(item.condition):
            doc.add("item", f.mark(item.condition) + f.fill(item.text),
                    number=f"({letters[k % len(letters)]})")
            k += 1


def _directive(doc, clause, f: Filler, directives) -> None:
    if f.blank:
        doc.add("note", f.mark(clause.condition) + f"[@{clause.directive}]")
        return
    handler = directives.get(clause.directive)
    if handler is not None:
        handler(doc, f)


def evidence_of(record) -> list[SignatureEvidence]:
    """The electronic signatures recorded for a record, oldest first."""
    return list(SignatureEvidence.live().where(SignatureEvidence.owner_id == record.id)
                .order_by(SignatureEvidence.signed_at, SignatureEvidence.party))


def signature_parties(record, f: Filler) -> list[Party]:
    """The signature blocks of a record, with the evidence of each signature once signed."""
    partner = partner_of(record)
    signed = record.status in SIGNED or (record.amendment_of and record.status == "signed")
    found = {e.party: e for e in evidence_of(record)} if signed else {}
    parties = []
    for party, heading, name, title, on in (
            ("unicef", f.L("for_unicef"), record.unicef_signatory,
             record.unicef_signatory_title, record.unicef_signed_on),
            ("partner", f.L("for_partner", partner=partner.legal_name),
             record.partner_signatory, record.partner_signatory_title,
             record.partner_signed_on)):
        lines = [(f.L("name"), name or ""), (f.L("title"), title or ""),
                 (f.L("date"), f.date(on) if signed else "")]
        evidence, blank = [], True
        if (e := found.get(party)) is not None and e.method == "electronic":
            blank = False
            evidence = [f.L("esign_line", who=e.signatory, when=fmt.timestamp(e.signed_at,
                                                                               f.lang),
                            device=e.device),
                        f"{f.L('fingerprint')}: {e.text_sha256}", f.L("esign_consent")]
        elif signed and record.signed_document:
            evidence = [f.L("wet_ink", sha=record.signed_document)]
        parties.append(Party(heading, lines, evidence, blank))
    return parties


def add_signatures(doc: Document, record, f: Filler) -> None:
    """The signature blocks; notes under them (the fingerprint) stay on the same page."""
    doc.add("heading", f.L("signatures"), level=2, signed=False)
    notes = []
    if record.text_sha256 and record.status in SIGNED + ("signed",):
        notes.append([f"{f.L('fingerprint')}: {record.text_sha256}"])
    doc.add("signatures", parties=signature_parties(record, f), rows=notes, signed=False)


def is_draft(record) -> bool:
    return record.status not in SIGNED


def footer_note(record, f: Filler) -> str:
    parts = [f"{kind} {edition}" for kind, edition in sorted(f.editions.items())]
    return f.L("template_note", edition=", ".join(parts),
               lang=f.lang)


def new_document(record, f: Filler, title: str) -> Document:
    return Document(f.lang, title, record.reference, is_draft(record),
                    footer_note=footer_note(record, f))


def header_table(doc: Document, f: Filler, items: list[tuple[str, str]]) -> None:
    doc.add("table", rows=[[label, value] for label, value in items if value],
            widths=(0.3, 0.7))


def blank_template(kind: str, lang: str) -> Document:
    """A template with its placeholders and conditions shown, for legal review."""
    f = Filler(None, lang, {kind: None, "labels": None}, blank=True)
    section = templates.section(kind, lang)
    doc = Document(lang, section.header.get("title", kind), f"{kind} / {lang}", False)
    doc.add("title", section.header["title"])
    if "subtitle" in section.header:
        doc.add("subtitle", section.header["subtitle"])
    write_section(doc, section, f, {})
    return doc


__all__ = ["Filler", "Block", "Document", "Agreement", "write_section", "add_signatures",
           "blank_template", "facts"]
