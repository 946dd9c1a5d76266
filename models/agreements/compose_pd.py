"""The programme document's parts as blocks: what an eTools PD holds, in the print language.

Header, context and strategy, country-programme outputs, results with indicators, baselines and
targets, activities linked to outputs with their timing, the budget by output (UNICEF cash,
partner contribution, supplies) with management costs, modality, planned visits, reporting,
risks, gender/equity/sustainability ratings, the UNICEF office and the focal points.
"""
from __future__ import annotations

from decimal import Decimal

from .. import localefmt as fmt
from . import pds
from .compose import Filler, add_signatures, header_table, new_document, office_name, \
    write_section
from .document import Document

RATING_AREAS = ("gender", "equity", "sustainability")


def _period(f: Filler, start, end) -> str:
    if not start and not end:
        return ""
    return f"{f.date(start)} – {f.date(end)}"


def _none(doc: Document, f: Filler) -> None:
    doc.add("para", f.L("none"))


def header(doc: Document, f: Filler) -> None:
    pd = f.record
    agreement = pd.agreement
    header_table(doc, f, [
        (f.L("reference"), pd.reference), (f.L("agreement"), agreement.reference),
        (f.L("partner"), agreement.partner.legal_name),
        (f.L("office"), office_name(pd.office, f.lang, f.labels)),
        (f.L("period"), _period(f, pd.start_date, pd.end_date)),
        (f.L("locations"), ", ".join(pd.locations or [])),
        (f.L("currency"), pd.currency)])


def context(doc: Document, f: Filler) -> None:
    pd = f.record
    if not (pd.context or pd.strategy):
        return _none(doc, f)
    for key, text in (("context", pd.context), ("strategy", pd.strategy)):
        if text.strip():
            doc.add("heading", f.L(key), level=2)
            for para in text.strip().split("\n"):
                if para.strip():
                    doc.add("para", para.strip())


def cp_outputs(doc: Document, f: Filler) -> None:
    outputs = [o for o in f.record.cp_outputs or [] if str(o).strip()]
    if not outputs:
        return _none(doc, f)
    for i, output in enumerate(outputs, 1):
        doc.add("item", str(output), number=f"{i}.")


def output_titles(pd) -> list[str]:
    return [o.get("title", "") for o in pd.results or []]


def results(doc: Document, f: Filler) -> None:
    rows = []
    for i, output in enumerate(f.record.results or [], 1):
        indicators = output.get("indicators") or [{}]
        for j, ind in enumerate(indicators):
            rows.append([f"{i}. {output.get('title', '')}" if j == 0 else "",
                         ind.get("name", ""), str(ind.get("baseline", "")),
                         str(ind.get("target", "")), ind.get("means_of_verification", "")])
    if not rows:
        return _none(doc, f)
    doc.add("table", header=[f.L("output"), f.L("indicator"), f.L("baseline"), f.L("target"),
                             f.L("mov")], rows=rows, widths=(0.24, 0.26, 0.13, 0.13, 0.24))


def _output_of(line: dict, titles: list[str]) -> int | None:
    """The output (index) a budget line serves: by number (1-based) or by title."""
    value = line.get("output")
    if isinstance(value, int) and 1 <= value <= len(titles):
        return value - 1
    if isinstance(value, str) and value.strip():
        if value.strip().isdigit() and 1 <= int(value) <= len(titles):
            return int(value) - 1
        if value in titles:
            return titles.index(value)
    return None


def groups(pd) -> list[tuple[str, list[dict]]]:
    """Budget lines grouped by the output they serve, in output order; unlinked ones last."""
    titles = output_titles(pd)
    by: dict[int | None, list[dict]] = {}
    for line in pd.budget_lines or []:
        by.setdefault(_output_of(line, titles), []).append(line)
    out = [(f"{i + 1}. {titles[i]}", by[i]) for i in range(len(titles)) if i in by]
    if None in by:
        out.append(("", by[None]))
    return out


def workplan(doc: Document, f: Filler) -> None:
    rows = []
    for title, lines in groups(f.record):
        for line in lines:
            rows.append([line.get("activity", ""), title,
                         _period(f, line.get("start"), line.get("end"))])
    if not rows:
        return _none(doc, f)
    doc.add("table", header=[f.L("activity"), f.L("output"), f.L("timing")], rows=rows,
            widths=(0.42, 0.33, 0.25))


def budget(doc: Document, f: Filler) -> None:
    pd = f.record
    totals = pds.pd_totals(pd)
    rows, subtotal_rows = [], 0
    for title, lines in groups(pd):
        group = pds.totals(lines)
        if len(groups(pd)) > 1 or title:
            rows.append([title or f.L("unlinked_output"), "", "", "", ""])
        for line in lines:
            t = pds.totals([line])
            rows.append([line.get("activity", ""), f.money(t.unicef_cash),
                         f.money(t.partner_contribution), f.money(t.supplies),
                         f.money(t.unicef_cash + t.partner_contribution + t.supplies)])
        if title or len(groups(pd)) > 1:
            rows.append([f.L("subtotal"), f.money(group.unicef_cash),
                         f.money(group.partner_contribution), f.money(group.supplies),
                         f.money(group.unicef_cash + group.partner_contribution
                                 + group.supplies)])
            subtotal_rows += 1
    rows.append([f.L("management_costs"), f.money(totals.management_costs), "", "",
                 f.money(totals.management_costs)])
    rows.append([f.L("total"), f.money(totals.unicef_cash + totals.management_costs),
                 f.money(totals.partner_contribution), f.money(totals.supplies),
                 f.money(totals.total)])
    doc.add("table", header=[f.L("activity"), f.L("unicef_cash"), f.L("partner_contribution"),
                             f.L("supplies"), f.L("total")], rows=rows,
            widths=(0.36, 0.16, 0.16, 0.16, 0.16), numeric=frozenset({1, 2, 3, 4}),
            total_rows=1)
    share = totals.partner_share if totals.total else Decimal(0)
    header_table(doc, f, [(f"{f.L('unicef_total')} ({pd.currency})",
                           f.money(totals.unicef_total)),
                          (f"{f.L('grand_total')} ({pd.currency})", f.money(totals.total)),
                          (f.L("partner_share"), fmt.percent(share, f.lang))])


def modalities(doc: Document, f: Filler) -> None:
    codes = f.record.cash_transfer_modalities or []
    if codes:
        doc.add("para", f"{f.L('modalities')}: " + ", ".join(f.label(c) for c in codes))


def visits(doc: Document, f: Filler) -> None:
    rows = [[f.label(v.get("kind", "programmatic")), f.date(v.get("when"), "medium"),
             v.get("location", "")] for v in f.record.planned_visits or []]
    if not rows:
        return _none(doc, f)
    doc.add("table", header=[f.L("visit"), f.L("when"), f.L("place")], rows=rows,
            widths=(0.4, 0.25, 0.35))


def reporting(doc: Document, f: Filler) -> None:
    rows = [[f.label(r.get("kind")), f.date(r.get("due"), "medium")]
            for r in f.record.reporting_requirements or []]
    if not rows:
        return _none(doc, f)
    doc.add("table", header=[f.L("report"), f.L("due")], rows=rows, widths=(0.6, 0.4))


def risks(doc: Document, f: Filler) -> None:
    rows = [[r.get("risk", ""), r.get("mitigation", "")] for r in f.record.risks or []]
    if not rows:
        return _none(doc, f)
    doc.add("table", header=[f.L("risk"), f.L("mitigation")], rows=rows, widths=(0.5, 0.5))


def ratings(doc: Document, f: Filler) -> None:
    given = f.record.ratings or {}
    rows = [[f.L(area), f.label((given.get(area) or {}).get("rating") or "none"),
             (given.get(area) or {}).get("narrative", "")] for area in RATING_AREAS]
    doc.add("table", header=["", f.L("rating"), f.L("narrative")], rows=rows,
            widths=(0.2, 0.2, 0.6))


def focal_points(doc: Document, f: Filler) -> None:
    people = f.record.focal_points or {}
    rows = []
    for key in ("unicef", "partner"):
        names = [", ".join(x for x in (p.get("name", ""), p.get("email", "")) if x)
                 for p in people.get(key) or []]
        rows.append([f.L(f"{key}_focal_points"), "\n".join(names) or f.L("not_given")])
    rows.insert(0, [f.L("office"), office_name(f.record.office, f.lang, f.labels)])
    doc.add("table", rows=rows, widths=(0.3, 0.7))


DIRECTIVES = {"pd_header": header, "pd_context": context, "pd_cp_outputs": cp_outputs,
              "pd_results": results, "pd_workplan": workplan, "pd_budget": budget,
              "pd_modalities": modalities, "pd_visits": visits, "pd_reporting": reporting,
              "pd_risks": risks, "pd_ratings": ratings, "pd_focal_points": focal_points}


def write_pd(doc: Document, pd, f: Filler, *, annex: str = "") -> None:
    """The PD's blocks (title, sections, signatures) appended to `doc`."""
    section = f.section("hpd" if pd.pd_type == "humanitarian" else "pd")
    title = section.header["title"]
    if annex:
        doc.add("heading", f"{annex}: {title} {pd.reference}", level=1)
    else:
        doc.add("title", title)
        doc.add("subtitle", pd.title)
    if pd.is_emergency:
        doc.add("note", f.L("emergency_note"), signed=False)
    write_section(doc, section, f, DIRECTIVES)
    add_signatures(doc, pd, f)


def build_pd(pd, lang: str) -> Document:
    f = Filler(pd, lang)
    doc = new_document(pd, f, f.section("hpd" if pd.pd_type == "humanitarian" else "pd")
                       .header["title"])
    write_pd(doc, pd, f)
    return doc
