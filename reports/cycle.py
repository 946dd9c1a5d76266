"""Printed cycle summary of one partnership: phases and answers, reviews, exit strategy, decision,
in English, French, Spanish or Arabic (reports/translations.py)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Table, TableStyle

from models import localefmt as fmt
from models.cycle import ops as cycle_ops, spec
from models.directory import vocab

from . import palette
from .base import BRAND, FONT, is_rtl, para_text, styles, visual
from .rtl import ordered, para
from .translations import Translator



def _value(field: spec.FieldSpec, value, t: Translator) -> str:
    if value in (None, "", []):
        return "-"
    if field.kind == "check":
        return t("Yes") if value else t("No")
    if field.kind == "choice":
        return t(field.choices.get(str(value), str(value)))
    if field.kind == "multi":
        return ", ".join(t(field.choices.get(v, v)) for v in value)
    if field.kind == "landscape":
        return "; ".join(f"{r.get('who')} ({t('interest')} {r.get('interest')}, "
                         f"{t('influence')} {r.get('influence')}, "
                         f"{t(spec.RELATIONS.get(r.get('relation'), '-'))})" for r in value)
    return str(value)


def _grid(rows, widths, lang: str, header=True) -> Table:
    table = Table([ordered(r, lang) for r in rows], colWidths=ordered(widths, lang),
                  repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(palette.GRID)),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(palette.BRAND_TINT)))
    table.setStyle(TableStyle(style))
    return table


def _coloured(text: str, colour: str, style, lang: str):
    return para(text, style, lang, f'<font color="{colour}">{para_text(text)}</font>')


def _facts(state, t: Translator, lang: str) -> list[tuple[str, str]]:
    done, total = state.progress
    return [(t("Office"), state.office), (t("Status"), t(state.status.title())),
            (t("Focal point"), state.focal_point or t("none designated")),
            (t("Progress"), t("{done} of {total} phases complete", done=done, total=total)),
            (t("Next step"), _next_step(state, t)),
            (t("Partners"), "; ".join(t("{name} ({role}, due diligence: {status})",
                                        name=m.name, role=_word(t, vocab.PARTNER_ROLES, m.role),
                                        status=_word(t, vocab.DUE_DILIGENCE_STATUSES,
                                                     m.dd_status))
                                      for m in state.members) or "-")]


def _word(t: Translator, table: dict, code: str) -> str:
    """A vocabulary word inside a sentence: translated, or the code in plain English."""
    if t.lang == "en" or code not in table:
        return code.replace("_", " ")
    return t(table[code], "vocab").lower()


def _next_step(state, t: Translator) -> str:
    phase = next((spec.phase(p.code) for p in state.phases
                  if p.status in ("not_started", "in_progress")), None)
    if phase is None:
        return t(state.next_step)
    return t("Phase {code} ({title}): {step}", code=phase.code, title=t(phase.title),
             step=t(phase.next_step))


def _exit(state, t: Translator, lang: str) -> list[tuple[str, str]]:
    ex = state.exit
    date = lambda d: fmt.date(d, lang)  # noqa: E731
    return [
        (t("Planned lifespan"), t("{months} months, to {end}", months=ex["lifespan_months"],
                                  end=date(ex["lifespan_end"]))
         if ex["lifespan_months"] else t("not set")),
        (t("Evaluation due"), date(ex["evaluation_due"]) or t("not set")),
        (t("Exit conditions"), ex["exit_conditions"] or t("not set")),
        (t("Decision"), t("{decision} on {date}", decision=t(spec.DECISIONS.get(
            ex["decision"], ex["decision"])), date=date(ex["decided_on"]))
         if ex["decision"] else t("not decided yet"))]


def _phases(state, st, t: Translator, lang: str) -> list:
    cell, bold = st["cell"], st["cell_bold"]
    P = lambda text, style=cell: para(text, style, lang)  # noqa: E731
    story = [P(t("Phases"), st["h1"])]
    overview = [[P(t(h), bold) for h in ("Stage", "Phase", "Status", "Completed")]]
    for p in state.phases:
        overview.append([P(t(spec.STAGES[p.stage])), P(f"{p.code}. {t(p.title)}"),
                         _coloured(t(spec.PHASE_STATUSES.get(p.status, p.status)),
                                   palette.PHASE_STATUS_PRINT.get(p.status, palette.GREY_DARK),
                                   cell, lang),
                         P(f"{fmt.date(p.completed_on, lang) if p.completed_on else ''} "
                           f"{p.completed_by}".strip())])
    story.append(_grid(overview, [50 * mm, 50 * mm, 35 * mm, 40 * mm], lang))
    for p in state.phases:
        if p.status == "not_started":
            continue
        phase = spec.phase(p.code)
        block = [P(t("Phase {code}: {title} ({status})", code=p.code, title=t(p.title),
                     status=t(spec.PHASE_STATUSES.get(p.status, p.status)).lower()),
                    st["h2"])]
        if p.status == "not_applicable":
            block.append(P(t("Not applicable: {reason}", reason=p.na_reason)))
        else:
            rows = [[P(t(f.label), bold), P(_value(f, p.answers.get(f.key), t))]
                    for f in phase.fields if p.answers.get(f.key) not in (None, "", [], False)]
            if p.notes:
                rows.append([P(t("Notes"), bold), P(p.notes)])
            block.append(_grid(rows, [55 * mm, 120 * mm], lang, header=False) if rows else
                         P(t("No answers recorded yet.")))
        story.append(KeepTogether(block))
    return story


def _reviews(state, st, t: Translator, lang: str) -> list:
    cell, bold = st["cell"], st["cell_bold"]
    P = lambda text, style=cell: para(text, style, lang)  # noqa: E731
    story = [P(t("Reviews"), st["h1"])]
    if not state.reviews:
        return story + [P(t("No review recorded yet."))]
    rows = [[P(t(h), bold) for h in ("Date", "Reviewer",
                                     "Contribution / partners / value added / quality",
                                     "Health", "Partner feedback")]]
    for r in state.reviews:
        ratings = " / ".join(t(spec.RATINGS.get(x, "-")) for x in r["ratings"])
        health = r["health"]
        rows.append([P(fmt.date(r["reviewed_on"], lang, "medium")), P(r["reviewer"]),
                     P(ratings), _coloured(t(health.title()) if health else "-",
                                           palette.HEALTH.get(health, palette.TEXT), cell, lang),
                     P(r["partner_feedback"])])
    return story + [_grid(rows, [22 * mm, 30 * mm, 50 * mm, 18 * mm, 55 * mm], lang)]


def build(partnership_id: str, out: str | Path, *, today: dt.date | None = None,
          lang: str = "en") -> Path:
    """The cycle record of a partnership as PDF in English, French, Spanish or Arabic."""
    t = Translator(lang)
    state = cycle_ops.state(partnership_id)
    st = styles(lang)
    cell, bold = st["cell"], st["cell_bold"]
    P = lambda text, style=cell: para(text, style, lang)  # noqa: E731
    out = Path(out)
    story = [P(t("Partnering cycle: {reference}", reference=state.reference), st["title"]),
             P(state.title, st["h2"]),
             _grid([[P(k, bold), P(v)] for k, v in _facts(state, t, lang)],
                   [35 * mm, 140 * mm], lang, header=False),
             P(t("Exit strategy"), st["h1"]),
             _grid([[P(k, bold), P(v)] for k, v in _exit(state, t, lang)],
                   [35 * mm, 140 * mm], lang, header=False)]
    story += _phases(state, st, t, lang) + _reviews(state, st, t, lang)
    printed = fmt.date(today or dt.date.today(), lang)
    line = visual(t("PartnerDesk - {reference} - cycle summary, printed {date} (specification "
                    "{version})", reference=state.reference, date=printed,
                    version=spec.SPEC_VERSION))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(BRAND)
        page = visual(t("Page {n}", n=doc.page))
        left, right = (page, line) if is_rtl(lang) else (line, page)
        canvas.drawString(18 * mm, 10 * mm, left)
        canvas.drawRightString(192 * mm, 10 * mm, right)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=18 * mm,
                            title=f"Partnering cycle {state.reference}", author="PartnerDesk",
                            lang=lang)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out
