"""The printed benchmark self-assessment of one office and year: ratings beside last year's, the
figures from the office's own data with a warning where rating and data disagree, evidence,
the action plan, and a chart of data against ratings.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from models import assessment
from models.assessment import RATINGS, STATUSES, Overview

from .. import palette
from ..base import BRAND, FONT, FONT_BOLD, para_text, styles
from .charts import bar_chart

SCORE = {"met": 100, "partly_met": 50, "not_met": 0}


def rating_label(code: str) -> str:
    return RATINGS.get(code, "Not rated") if code else "Not rated"


def table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("FONT", (0, 0), (-1, header_rows - 1), FONT_BOLD, 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(palette.BRAND_TINT)),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, BRAND),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor(palette.GRID)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])


def _summary_table(overview: Overview, st: dict) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[Paragraph(h, bold) for h in ("", "Benchmark", f"{overview.year - 1}",
                                          f"{overview.year}", "Office data")]]
    warn_rows = []
    for n, item in enumerate(overview.items, start=1):
        data = para_text(item.data_text)
        if item.disagrees:
            data += (f'<br/><font color="{palette.ERROR}"><b>Warning: the rating '
                     f'({rating_label(item.rating)}) differs from what the data shows '
                     f'({rating_label(item.data_rating)}).</b></font>')
            warn_rows.append(n)
        rows.append([Paragraph(item.benchmark.code, bold), Paragraph(para_text(
            item.benchmark.title), cell), Paragraph(rating_label(item.last_year_rating), cell),
            Paragraph(f"<b>{rating_label(item.rating)}</b>", cell), Paragraph(data, cell)])
    table = Table(rows, colWidths=[10 * mm, 62 * mm, 20 * mm, 20 * mm, 62 * mm], repeatRows=1)
    style = table_style()
    for n in warn_rows:
        style.add("BACKGROUND", (4, n), (4, n), colors.HexColor(palette.ERROR_TINT))
    table.setStyle(style)
    return table


def _chart(overview: Overview):
    codes = [i.benchmark.code for i in overview.items]
    data = [None if i.data_share is None else round(i.data_share * 100) for i in overview.items]
    ratings = [SCORE.get(i.rating) for i in overview.items]
    last = [SCORE.get(i.last_year_rating) for i in overview.items]
    return bar_chart(codes, [data, ratings, last],
                     ["Office data (% of partnerships)", f"Rating {overview.year}",
                      f"Rating {overview.year - 1}"],
                     "Data and ratings by benchmark (rating: met 100, partly met 50, not met 0)")


def _benchmark_sections(overview: Overview, st: dict) -> list:
    flow = [Paragraph("Benchmarks in detail", st["h1"])]
    for item in overview.items:
        part = [Paragraph(f"{item.benchmark.code}. {para_text(item.benchmark.title)}", st["h2"]),
                Paragraph(f"<i>{para_text(item.benchmark.guidance)}</i>", st["small"]),
                Paragraph(f"<b>Rating {overview.year}:</b> {rating_label(item.rating)} "
                          f"&nbsp; <b>{overview.year - 1}:</b> {rating_label(item.last_year_rating)}",
                          st["body"]),
                Paragraph(f"<b>Office data:</b> {para_text(item.data_text)}", st["body"])]
        if item.disagrees:
            part.append(Paragraph(f'<font color="{palette.ERROR}"><b>Warning:</b> the rating '
                                  "differs from what the data shows "
                                  f"({rating_label(item.data_rating)}).</font>", st["body"]))
        part.append(Paragraph(f"<b>Evidence:</b> {para_text(item.evidence) or '-'}", st["body"]))
        if item.attachments:
            names = ", ".join(para_text(a.get("name", "")) for a in item.attachments)
            part.append(Paragraph(f"<b>Attachments:</b> {names}", st["body"]))
        flow.append(KeepTogether(part))
    return flow


def _actions(overview: Overview, st: dict) -> list:
    flow = [Paragraph("Action plan", st["h1"])]
    if not overview.actions:
        return flow + [Paragraph("No actions recorded.", st["body"])]
    codes = {i.benchmark.id: i.benchmark.code for i in overview.items}
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[Paragraph(h, bold) for h in ("Benchmark", "Action", "Owner", "Due", "Done")]]
    for a in overview.actions:
        rows.append([Paragraph(codes.get(a.benchmark_id, "-"), cell),
                     Paragraph(para_text(a.action), cell), Paragraph(para_text(a.owner), cell),
                     Paragraph(a.due_date.isoformat() if a.due_date else "-", cell),
                     Paragraph("yes" if a.done else "no", cell)])
    table = Table(rows, colWidths=[24 * mm, 74 * mm, 40 * mm, 22 * mm, 16 * mm], repeatRows=1)
    table.setStyle(table_style())
    return flow + [table]


def build_story(overview: Overview, office_name: str) -> list:
    st = styles("en")
    counts = overview.counts()
    status = STATUSES.get(overview.status, overview.status)
    if overview.submitted_at:
        status += f" on {overview.submitted_at[:10]} by {para_text(overview.submitted_by)}"
    story = [
        Paragraph(f"Benchmark self-assessment {overview.year}", st["title"]),
        Paragraph(f"<b>{para_text(office_name)}</b> ({overview.office})", st["body"]),
        Paragraph(f"Benchmark set: {para_text(overview.set_title)} "
                  f"({para_text(overview.set_identifier)}, edition {overview.set_edition})",
                  st["body"]),
        Paragraph(f"Status: {status}", st["body"]),
        Paragraph(f"Met: {counts['met']} &nbsp; Partly met: {counts['partly_met']} &nbsp; "
                  f"Not met: {counts['not_met']} &nbsp; Not rated: {counts['unrated']} &nbsp; "
                  f"Rating and data disagree: {counts['disagreements']}", st["body"]),
        Spacer(1, 4 * mm), _summary_table(overview, st), Spacer(1, 5 * mm), _chart(overview)]
    return story + _benchmark_sections(overview, st) + _actions(overview, st)


def render(overview: Overview, office_name: str, out: str | Path) -> Path:
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Benchmark self-assessment {overview.year} {overview.office}",
                            author="PartnerDesk")
    doc.build(build_story(overview, office_name), onFirstPage=_footer, onLaterPages=_footer)
    return out


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 7)
    canvas.setFillColor(colors.grey)
    canvas.drawString(16 * mm, 9 * mm, "PartnerDesk - benchmark self-assessment")
    canvas.drawRightString(A4[0] - 16 * mm, 9 * mm, f"Page {doc.page}")
    canvas.restoreState()


def print_assessment(office: str, year: int, out: str | Path) -> Path:
    """Render the office's assessment of `year` from the open database (for workers and CLI)."""
    from models.errors import DomainError
    name = assessment.office_name(office)
    found = assessment.overview(office, year, create=False)
    if found is None:
        raise DomainError(f"{office} has no self-assessment for {year}; start one first.")
    return render(found, name, out)
