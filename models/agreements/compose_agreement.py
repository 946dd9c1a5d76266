"""The agreement (PCA, SSFA, MoU) and the amendment as documents, in one print language.

An agreement prints its template (chosen by kind and partner type), the signature blocks, the
General Terms and Conditions it includes, then a schedule of its programme documents that is not
part of the text signed: signed ones as annexes ("Annex N", each with its own signature block)
and in the total; unsigned ones listed apart, "in preparation", never in the total.
"""
from __future__ import annotations

from decimal import Decimal

from . import pds
from .compose import Filler, add_signatures, header_table, new_document, office_name, \
    write_section
from .compose_pd import write_pd
from .document import Document

SIGNED_PD = ("signed", "active", "suspended", "ended", "closed", "terminated")


def officers(doc: Document, f: Filler) -> None:
    rows = [[o.get("name", ""), o.get("title", ""), o.get("email", ""), ""]
            for o in f.record.authorised_officers or []]
    if not rows:
        doc.add("para", f.L("no_officers"))
        return
    doc.add("table", header=[f.L("name"), f.L("title"), f.L("email"), f.L("sample_signature")],
            rows=rows, widths=(0.27, 0.25, 0.26, 0.22), tall=True)


def bank(doc: Document, f: Filler) -> None:
    details = f.record.partner.bank_details or {}
    if not details.get("account_number"):
        doc.add("para", f.L("no_bank"))
        return
    header_table(doc, f, [(f.L(k), details.get(k, "")) for k in (
        "bank_name", "account_name", "account_number", "swift", "branch", "currency")])


def addresses(doc: Document, f: Filler) -> None:
    partner = f.record.partner
    unicef = f.L("unicef_address", office=office_name(f.record.office, f.lang, f.labels))
    contact = "\n".join(x for x in (partner.legal_name, partner.address, partner.email) if x)
    doc.add("table", rows=[["UNICEF", unicef], [f.L("partner"), contact]], widths=(0.3, 0.7))


def special_conditions(doc: Document, f: Filler) -> None:
    for para in f.record.special_conditions.strip().split("\n"):
        if para.strip():
            doc.add("para", para.strip())


DIRECTIVES = {"officers": officers, "bank": bank, "addresses": addresses,
              "special_conditions": special_conditions}


def _cover(doc: Document, record, f: Filler, section) -> None:
    doc.add("title", f.fill(section.header["title"]))
    if "subtitle" in section.header:
        doc.add("subtitle", f.fill(section.header["subtitle"]))
    items = [(f.L("reference"), record.reference)]
    if getattr(record, "country_programme", ""):
        items.append((f.L("country_programme"), record.country_programme))
    header_table(doc, f, items)
    if getattr(record, "is_emergency", False):
        doc.add("note", f.L("emergency_note"), signed=False)


def build_agreement(agreement, lang: str, *, annexes: bool = True) -> Document:
    f = Filler(agreement, lang)
    kind = _kind(agreement)
    section = f.section(kind)
    doc = new_document(agreement, f, f.fill(section.header["title"]))
    _cover(doc, agreement, f, section)
    write_section(doc, section, f, DIRECTIVES)
    add_signatures(doc, agreement, f)
    include = section.header.get("includes")
    if include:
        gtc = f.section(include)
        doc.add("pagebreak")
        doc.add("title", gtc.header["title"])
        write_section(doc, gtc, f, DIRECTIVES)
    if agreement.agreement_type != "mou":
        schedule(doc, agreement, f, annexes=annexes)
    return doc


def _kind(record) -> str:
    from .templates import kind_of
    return kind_of(record)


def schedule(doc: Document, agreement, f: Filler, *, annexes: bool) -> None:
    """Signed PDs as numbered annexes with their total; unsigned ones apart, not counted."""
    from .pds import of_agreement
    import datetime as dt
    documents = [pd for pd in of_agreement(agreement) if pd.status != "cancelled"]
    for pd in documents:
        pd.agreement = agreement  # one agreement (and partner) object, not a query per PD
    signed = [pd for pd in documents if pd.status in SIGNED_PD]
    pending = [pd for pd in documents if pd.status not in SIGNED_PD]
    start = len(doc.blocks)
    doc.add("heading", f.L("schedule_title"), level=1)
    doc.add("note", f.L("schedule_note", date=f.date(dt.date.today())))
    doc.add("heading", f.L("annexes"), level=2)
    if signed:
        total = Decimal(0)
        rows = []
        for n, pd in enumerate(signed, 1):
            amount = pds.pd_totals(pd).unicef_total
            total += amount
            rows.append([f.L("annex", n=n), pd.reference, pd.title,
                         f"{f.date(pd.start_date, 'medium')} – {f.date(pd.end_date, 'medium')}",
                         f"{f.money(amount)} {pd.currency}"])
        currencies = {pd.currency for pd in signed}
        rows.append([f.L("total_signed"), "", "", "", f.money(total) + (
            f" {currencies.pop()}" if len(currencies) == 1 else "")])
        doc.add("table", header=["", f.L("reference"), f.L("doc_title"), f.L("period"),
                                 f.L("unicef_total")], rows=rows,
                widths=(0.14, 0.31, 0.23, 0.16, 0.16), numeric=frozenset({4}), total_rows=1)
    else:
        doc.add("para", f.L("no_annexes"))
    if pending:
        doc.add("heading", f.L("in_preparation"), level=2)
        doc.add("table", header=[f.L("reference"), f.L("doc_title"), f.L("status")],
                rows=[[pd.reference, pd.title, f.label(pd.status)] for pd in pending],
                widths=(0.4, 0.4, 0.2))
    if annexes:
        for n, pd in enumerate(signed, 1):
            doc.add("pagebreak")
            write_pd(doc, pd, Filler(pd, f.lang), annex=f.L("annex", n=n))
    for block in doc.blocks[start:]:
        block.signed = False  # the schedule and annexes change as PDs are signed


def describe(name: str, value, f: Filler) -> str:
    """A changed value as the print language writes it."""
    if value in (None, "", [], {}):
        return "—"
    if name in ("start_date", "end_date"):
        return f.date(value)
    if name in ("management_costs", "unicef_total"):
        return f.money(value)
    if name == "transfers_cash":
        return f.L("yes" if value else "no")
    if name == "budget_lines":
        return "\n".join(f"{line.get('activity', '')}: " + " / ".join(
            f.money(line.get(k) or 0) for k in pds.AMOUNT_KEYS) for line in value)
    if name == "results":
        return "\n".join(f"{o.get('title', '')}: " + "; ".join(
            f"{i.get('name', '')} ({i.get('baseline', '')} → {i.get('target', '')})"
            for i in o.get("indicators") or []) for o in value)
    if name == "authorised_officers":
        return "\n".join(f"{o.get('name', '')}, {o.get('title', '')}" for o in value)
    if name == "cash_transfer_modalities":
        return ", ".join(f.label(v) for v in value)
    if name in ("planned_visits", "reporting_requirements"):
        return "\n".join(" – ".join(
            f.label(v) if k == "kind" else f.date(v, "medium") if k in ("when", "due") else
            str(v) for k, v in item.items() if v) for item in value)
    if name == "risks":
        return "\n".join(f"{r.get('risk', '')} – {r.get('mitigation', '')}" for r in value)
    if name == "ratings":
        return "\n".join(f"{f.L(area)}: {f.label((v or {}).get('rating') or 'none')}"
                         for area, v in sorted(value.items()))
    if name == "focal_points":
        return "\n".join(p.get("name", "") for side in ("unicef", "partner")
                         for p in value.get(side) or [])
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def changes(doc: Document, f: Filler) -> None:
    from .amend import difference
    rows = [[f.L(f"f.{name}"), describe(name, before, f), describe(name, after, f)]
            for name, before, after in difference(f.record)]
    if not rows:
        doc.add("para", f.L("no_changes"))
        return
    doc.add("table", header=[f.L("field"), f.L("before"), f.L("after")], rows=rows,
            widths=(0.2, 0.4, 0.4))


def build_amendment(amendment, lang: str) -> Document:
    f = Filler(amendment, lang)
    section = f.section("amendment")
    doc = new_document(amendment, f, section.header["title"])
    doc.add("title", f.fill(section.header["title"]) + " " + amendment.reference)
    doc.add("subtitle", f.fill(section.header.get("subtitle", "")))
    write_section(doc, section, f, {"changes": changes})
    add_signatures(doc, amendment, f)
    return doc
