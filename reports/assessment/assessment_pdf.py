"""The printed benchmark self-assessment of one office and year: ratings beside last year's, the
figures from the office's own data with a warning where rating and data disagree, evidence,
the action plan, and a chart of data against ratings; in English, French, Spanish or Arabic.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from models import assessment, localefmt as fmt
from models.assessment import RATINGS, STATUSES, Overview

from .. import palette
from ..base import BRAND, FONT, FONT_BOLD, is_rtl, para_text, styles, visual
from ..rtl import ordered, para
from ..translations import Translator
from .charts import bar_chart

SCORE = {"met": 100, "partly_met": 50, "not_met": 0}


def rating_label(code: str, t: Translator | None = None) -> str:
    t = t or Translator("en")
    return t(RATINGS.get(code, "Not rated")) if code else t("Not rated")


def table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(palette.BRAND_TINT)),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, BRAND),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor(palette.GRID)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])


def _summary_table(overview: Overview, st: dict, t: Translator, lang: str) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[para(h, bold, lang) for h in ("", t("Benchmark"), f"{overview.year - 1}",
                                           f"{overview.year}", t("Office data"))]]
    warn_rows = []
    for n, item in enumerate(overview.items, start=1):
        data = t.evidence(item)
        markup = para_text(data)
        if item.disagrees:
            warning = t("Warning: the rating ({rating}) differs from what the data shows "
                        "({data}).", rating=rating_label(item.rating, t),
                        data=rating_label(item.data_rating, t))
            data += "\n" + warning
            markup += f'<br/><font color="{palette.ERROR}"><b>{para_text(warning)}</b></font>'
            warn_rows.append(n)
        rows.append([para(item.benchmark.code, bold, lang),
                     para(t(item.benchmark.title, "benchmarks"), cell, lang),
                     para(rating_label(item.last_year_rating, t), cell, lang),
                     para(rating_label(item.rating, t), bold, lang),
                     para(data, cell, lang, markup)])
    widths = [10 * mm, 56 * mm, 25 * mm, 25 * mm, 58 * mm]
    table = Table([ordered(r, lang) for r in rows], colWidths=ordered(widths, lang),
                  repeatRows=1)
    style = table_style()
    column = 0 if is_rtl(lang) else 4
    for n in warn_rows:
        style.add("BACKGROUND", (column, n), (column, n), colors.HexColor(palette.ERROR_TINT))
    table.setStyle(style)
    return table


def _chart(overview: Overview, t: Translator):
    codes = [i.benchmark.code for i in overview.items]
    data = [None if i.data_share is None else round(i.data_share * 100) for i in overview.items]
    ratings = [SCORE.get(i.rating) for i in overview.items]
    last = [SCORE.get(i.last_year_rating) for i in overview.items]
    return bar_chart(codes, [data, ratings, last],
                     [visual(t("Office data (% of partnerships)")),
                      visual(t("Rating {year}", year=overview.year)),
                      visual(t("Rating {year}", year=overview.year - 1))],
                     visual(t("Data and ratings by benchmark (rating: met 100, partly met 50, "
                              "not met 0)")))


def _benchmark_sections(overview: Overview, st: dict, t: Translator, lang: str) -> list:
    P = lambda text, style="body", markup=None: para(text, st[style], lang, markup)  # noqa
    flow = [P(t("Benchmarks in detail"), "h1")]
    for item in overview.items:
        title = t(item.benchmark.title, "benchmarks")
        guidance = t(item.benchmark.guidance, "benchmarks")
        rating = (f"{t('Rating {year}', year=overview.year)}: {rating_label(item.rating, t)}   "
                  f"{overview.year - 1}: {rating_label(item.last_year_rating, t)}")
        part = [P(f"{item.benchmark.code}. {title}", "h2"),
                P(guidance, "small", f"<i>{para_text(guidance)}</i>"), P(rating),
                P(f"{t('Office data')}: {t.evidence(item)}")]
        if item.disagrees:
            warning = t("Warning: the rating ({rating}) differs from what the data shows "
                        "({data}).", rating=rating_label(item.rating, t),
                        data=rating_label(item.data_rating, t))
            part.append(P(warning, "body", f'<font color="{palette.ERROR}">{para_text(warning)}</font>'))
        part.append(P(f"{t('Evidence')}: {item.evidence or '-'}"))
        if item.attachments:
            names = ", ".join(a.get("name", "") for a in item.attachments)
            part.append(P(f"{t('Attachments')}: {names}"))
        flow.append(KeepTogether(part))
    return flow


def _actions(overview: Overview, st: dict, t: Translator, lang: str) -> list:
    flow = [para(t("Action plan"), st["h1"], lang)]
    if not overview.actions:
        return flow + [para(t("No actions recorded."), st["body"], lang)]
    codes = {i.benchmark.id: i.benchmark.code for i in overview.items}
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[para(t(h), bold, lang) for h in ("Benchmark", "Action", "Owner", "Due", "Done")]]
    for a in overview.actions:
        rows.append([para(codes.get(a.benchmark_id, "-"), cell, lang),
                     para(a.action, cell, lang), para(a.owner, cell, lang),
                     para(fmt.date(a.due_date, lang, "medium") or "-", cell, lang),
                     para(t("yes") if a.done else t("no"), cell, lang)])
    widths = [24 * mm, 74 * mm, 40 * mm, 22 * mm, 16 * mm]
    table = Table([ordered(r, lang) for r in rows], colWidths=ordered(widths, lang),
                  repeatRows=1)
    table.setStyle(table_style())
    return flow + [table]


def build_story(overview: Overview, office_name: str, lang: str = "en") -> list:
    t = Translator(lang)
    st = styles(lang)
    P = lambda text, style="body": para(text, st[style], lang)  # noqa: E731
    counts = overview.counts()
    status = t(STATUSES.get(overview.status, overview.status))
    if overview.submitted_at:
        status = t("{status} on {date} by {who}", status=status,
                   date=fmt.date(overview.submitted_at[:10], lang), who=overview.submitted_by)
    story = [
        P(t("Benchmark self-assessment {year}", year=overview.year), "title"),
        P(f"{office_name} ({overview.office})"),
        P(t("Benchmark set: {title} ({identifier}, edition {edition})",
            title=t(overview.set_title, "benchmarks"), identifier=overview.set_identifier,
            edition=overview.set_edition)),
        P(t("Status: {status}", status=status)),
        P(t("Met: {met}   Partly met: {partly}   Not met: {not_met}   Not rated: {unrated}   "
            "Rating and data disagree: {disagree}", met=counts["met"],
            partly=counts["partly_met"], not_met=counts["not_met"], unrated=counts["unrated"],
            disagree=counts["disagreements"])),
        Spacer(1, 4 * mm), _summary_table(overview, st, t, lang), Spacer(1, 5 * mm),
        _chart(overview, t)]
    return story + _benchmark_sections(overview, st, t, lang) + _actions(overview, st, t, lang)


def render(overview: Overview, office_name: str, out: str | Path, lang: str = "en") -> Path:
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Benchmark self-assessment {overview.year} {overview.office}",
                            author="PartnerDesk")
    footer = footer_for(lang, "PartnerDesk - benchmark self-assessment")
    doc.build(build_story(overview, office_name, lang), onFirstPage=footer,
              onLaterPages=footer)
    return out


def footer_for(lang: str, title: str):
    """Page footer: the document's name and the page number, mirrored in Arabic."""
    t = Translator(lang)
    name = visual(t(title))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.grey)
        page = visual(t("Page {n}", n=doc.page))
        left, right = (page, name) if is_rtl(lang) else (name, page)
        canvas.drawString(16 * mm, 9 * mm, left)
        canvas.drawRightString(A4[0] - 16 * mm, 9 * mm, right)
        canvas.restoreState()
    return footer


def print_assessment(office: str, year: int, out: str | Path, lang: str = "en") -> Path:
    """Render the office's assessment of `year` from the open database (for workers and CLI)."""
    from models.errors import DomainError
    name = assessment.office_name(office)
    found = assessment.overview(office, year, create=False)
    if found is None:
        raise DomainError(f"{office} has no self-assessment for {year}; start one first.")
    if lang != "en":  # the office as the print language names it (country from CLDR)
        from models.agreements import compose, templates
        name = compose.office_name(office, lang, templates.labels(lang))
    return render(found, name, out, lang)
