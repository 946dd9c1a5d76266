"""Printed cycle summary of one partnership: phases and answers, reviews, exit strategy, decision."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Table,
                                TableStyle)

from models.cycle import ops as cycle_ops, spec

from . import palette
from .base import BRAND, FONT, para_text, styles



def _value(field: spec.FieldSpec, value) -> str:
    if value in (None, "", []):
        return "-"
    if field.kind == "check":
        return "Yes" if value else "No"
    if field.kind == "choice":
        return field.choices.get(str(value), str(value))
    if field.kind == "multi":
        return ", ".join(field.choices.get(v, v) for v in value)
    if field.kind == "landscape":
        return "; ".join(f"{r.get('who')} (interest {r.get('interest')}, influence "
                         f"{r.get('influence')}, {spec.RELATIONS.get(r.get('relation'), '-')})"
                         for r in value)
    return str(value)


def _grid(rows, widths, header=True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(palette.GRID)),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(palette.BRAND_TINT)))
    table.setStyle(TableStyle(style))
    return table


def build(partnership_id: str, out: str | Path, *, today: dt.date | None = None) -> Path:
    state = cycle_ops.state(partnership_id)
    st = styles("en")
    cell, bold = st["cell"], st["cell_bold"]
    out = Path(out)
    story = [Paragraph(para_text(f"Partnering cycle: {state.reference}"), st["title"]),
             Paragraph(para_text(state.title), st["h2"])]
    done, total = state.progress
    facts = [("Office", state.office), ("Status", state.status.title()),
             ("Focal point", state.focal_point or "none designated"),
             ("Progress", f"{done} of {total} phases complete"),
             ("Next step", state.next_step),
             ("Partners", "; ".join(f"{m.name} ({m.role}, due diligence: "
                                    f"{m.dd_status.replace('_', ' ')})" for m in state.members)
              or "-")]
    story.append(_grid([[Paragraph(para_text(k), bold), Paragraph(para_text(v), cell)]
                        for k, v in facts], [35 * mm, 140 * mm], header=False))
    story.append(Paragraph("Exit strategy", st["h1"]))
    ex = state.exit
    story.append(_grid([[Paragraph(para_text(k), bold), Paragraph(para_text(v), cell)] for k, v in (
        ("Planned lifespan", f"{ex['lifespan_months']} months, to {ex['lifespan_end']}"
         if ex["lifespan_months"] else "not set"),
        ("Evaluation due", ex["evaluation_due"] or "not set"),
        ("Exit conditions", ex["exit_conditions"] or "not set"),
        ("Decision", f"{spec.DECISIONS.get(ex['decision'], ex['decision'])} on {ex['decided_on']}"
         if ex["decision"] else "not decided yet"))], [35 * mm, 140 * mm], header=False))
    story.append(Paragraph("Phases", st["h1"]))
    overview = [[Paragraph(para_text(h), bold) for h in ("Stage", "Phase", "Status", "Completed")]]
    for p in state.phases:
        colour = palette.PHASE_STATUS_PRINT.get(p.status, palette.GREY_DARK)
        overview.append([Paragraph(para_text(spec.STAGES[p.stage]), cell),
                         Paragraph(para_text(f"{p.code}. {p.title}"), cell),
                         Paragraph(f'<font color="{colour}">'
                                   f'{para_text(spec.PHASE_STATUSES.get(p.status, p.status))}'
                                   '</font>', cell),
                         Paragraph(para_text(f"{p.completed_on or ''} {p.completed_by}"), cell)])
    story.append(_grid(overview, [50 * mm, 50 * mm, 35 * mm, 40 * mm]))
    for p in state.phases:
        if p.status == "not_started":
            continue
        phase = spec.phase(p.code)
        block = [Paragraph(para_text(f"Phase {p.code}: {p.title} "
                                     f"({spec.PHASE_STATUSES.get(p.status, p.status).lower()})"),
                           st["h2"])]
        if p.status == "not_applicable":
            block.append(Paragraph(para_text(f"Not applicable: {p.na_reason}"), cell))
        else:
            rows = [[Paragraph(para_text(f.label), bold),
                     Paragraph(para_text(_value(f, p.answers.get(f.key))), cell)]
                    for f in phase.fields if p.answers.get(f.key) not in (None, "", [], False)]
            if p.notes:
                rows.append([Paragraph("Notes", bold), Paragraph(para_text(p.notes), cell)])
            block.append(_grid(rows, [55 * mm, 120 * mm], header=False) if rows else
                         Paragraph("No answers recorded yet.", cell))
        story.append(KeepTogether(block))
    story.append(Paragraph("Reviews", st["h1"]))
    if state.reviews:
        rows = [[Paragraph(para_text(h), bold) for h in (
            "Date", "Reviewer", "Contribution / partners / value added / quality", "Health",
            "Partner feedback")]]
        for r in state.reviews:
            ratings = " / ".join(spec.RATINGS.get(x, "-") for x in r["ratings"])
            health = r["health"]
            rows.append([Paragraph(para_text(r["reviewed_on"]), cell),
                         Paragraph(para_text(r["reviewer"]), cell),
                         Paragraph(para_text(ratings), cell),
                         Paragraph(f'<font color="{palette.HEALTH.get(health, palette.TEXT)}">'
                                   f'{para_text(health.title() or "-")}</font>', cell),
                         Paragraph(para_text(r["partner_feedback"]), cell)])
        story.append(_grid(rows, [22 * mm, 30 * mm, 50 * mm, 18 * mm, 55 * mm]))
    else:
        story.append(Paragraph("No review recorded yet.", cell))
    printed = (today or dt.date.today()).isoformat()

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(BRAND)
        canvas.drawString(18 * mm, 10 * mm, f"PartnerDesk - {state.reference} - cycle summary, "
                                            f"printed {printed} (specification {spec.SPEC_VERSION})")
        canvas.drawRightString(192 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=f"Partnering cycle {state.reference}", author="PartnerDesk")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
