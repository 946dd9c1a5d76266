"""The headquarters summary of the benchmark self-assessments: for each benchmark the offices that
met it by their own rating and by their own data, every disagreement with the office named, by
region, the trend over the offices that reported in both years, and each office's status.
Takes the dict of models.assessment.summary() (the same figures as the JSON listing); prints in
English, French, Spanish or Arabic.
"""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table

from models.directory import vocab

from ..base import is_rtl, styles, visual
from ..rtl import ordered, para
from ..translations import Translator
from .assessment_pdf import footer_for, table_style
from . import timing_pdf
from .charts import bar_chart
from .summary_texts import TEXTS

STATUS = {"not_started": "Not started", "draft": "Draft", "submitted": "Submitted",
          "acknowledged": "Acknowledged"}


def pct(share: float | None) -> str:
    return "-" if share is None else f"{round(share * 100)} %"


def _table(rows, widths, lang: str, extra=()) -> Table:
    """`extra`: more style commands, e.g. tight padding for columns of percentages."""
    table = Table([ordered(r, lang) for r in rows], colWidths=ordered(widths, lang),
                  repeatRows=1)
    table.setStyle(table_style())
    if extra:
        table.setStyle(list(extra))
    return table


TIGHT = (("LEFTPADDING", (1, 0), (-1, -1), 3), ("RIGHTPADDING", (1, 0), (-1, -1), 3))


class _Words(Translator):
    """The reports' translator, with the summary's own sentences first."""

    def __call__(self, text: str, context: str | None = None, **values) -> str:
        own = TEXTS.get(self.lang, {}).get(text)
        if own is None:
            return super().__call__(text, context, **values)
        return own.format(**values) if values else own


def _count(n: int, whole: int) -> str:
    return f"{n} ({pct(n / whole)})" if whole else "-"


def _benchmark_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    P = lambda text, style=cell: para(text, style, lang)  # noqa: E731
    n = data["reported"]
    rows = [[P(h, bold) for h in ("", t("Benchmark"), t("Met by rating"), t("Met by data"),
                                  t("Disagree"), t("No data"))]]
    for code in data["codes"]:
        fig = data["benchmarks"][code]
        rows.append([P(code, bold), P(t(data["benchmark_titles"][code], "benchmarks")),
                     _count(fig["met"], n), _count(fig["met_by_data"], n), fig["disagree"],
                     fig["no_data"]])
    rows.append([P(t("All"), bold), P(t("All benchmarks met")), _count(data["all_met"], n),
                 _count(data["all_met_by_data"], n), data["offices_disagreeing"], ""])
    return _table(rows, [10 * mm, 78 * mm, 24 * mm, 24 * mm, 20 * mm, 20 * mm], lang)


def _rating(code: str, t: Translator) -> str:
    return t({"met": "Met", "partly_met": "Partly met", "not_met": "Not met"}.get(code, code))


def _disagreement_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[para(t(h), bold, lang) for h in ("Office", "Benchmark", "Rated", "Data shows",
                                              "Office data")]]
    for d in data["disagreements"]:
        figure = t.evidence(SimpleNamespace(data_template="", data_text=d["figure"],
                                            data_numbers={})) if d["figure"] else ""
        rows.append([d["office"], d["code"], para(_rating(d["rating"], t), cell, lang),
                     para(_rating(d["data_rating"], t), cell, lang), para(figure, cell, lang)])
    return _table(rows, [16 * mm, 24 * mm, 22 * mm, 24 * mm, 90 * mm], lang)


def _region_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    bold = st["cell_bold"]
    head = [t("Region"), t("Offices"), t("Reported"), t("All met (rating)"),
            t("All met (data)")] + data["codes"]
    rows = [[para(h, bold, lang) for h in head]]
    for region in data["regions"]:
        label = t(vocab.label(vocab.REGIONS, region["region"])) or t("(no region)")
        rows.append([para(label, st["cell"], lang), region["offices"], region["reported"],
                     pct(region["share_all_met"]), pct(region["share_all_met_by_data"])]
                    + [pct(region["benchmarks"][c]["share_met"]) for c in data["codes"]])
    widths = [36 * mm, 15 * mm, 17 * mm, 16 * mm, 16 * mm] + [
        (176 - 100) / max(1, len(data["codes"])) * mm for _ in data["codes"]]
    return _table(rows, widths, lang, TIGHT)


def _trend_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    """Two rows per pair of years, the same offices in both: the earlier year, then the later."""
    bold = st["cell_bold"]
    rows = [[para(h, bold, lang) for h in [t("Years"), t("Offices in both"), t("Year"),
                                           t("All met (rating)"), t("All met (data)")]
             + data["codes"]]]
    spans = []
    for pair in data["trend"]:
        first = len(rows)
        for n, (year, fig) in enumerate(((pair["from"], pair["before"]),
                                         (pair["to"], pair["after"]))):
            rows.append([f"{pair['from']}-{pair['to']}" if not n else "",
                         pair["offices"] if not n else "", year, pct(fig["share_all_met"]),
                         pct(fig["share_all_met_by_data"])]
                        + [pct(fig["benchmarks"][c]["share_met"]) for c in data["codes"]])
        spans += [("SPAN", (c, first), (c, first + 1)) for c in (0, 1)]
    widths = [22 * mm, 18 * mm, 13 * mm, 18 * mm, 18 * mm] + [
        (176 - 89) / max(1, len(data["codes"])) * mm for _ in data["codes"]]
    if is_rtl(lang):  # the columns run right to left
        count = len(widths)
        spans = [(k, (count - 1 - a[0], a[1]), (count - 1 - b[0], b[1])) for k, a, b in spans]
    return _table(rows, widths, lang, TIGHT + tuple(spans))


def _office_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[para(t(h), bold, lang) for h in ("Office", "Name", "Status", "All met (rating)",
                                              "All met (data)", "Disagreements")]]
    for office in data["office_status"]:
        reported = office["status"] in ("submitted", "acknowledged")
        rows.append([office["office"], para(office["name"], cell, lang),
                     para(t(STATUS.get(office["status"], office["status"])), cell, lang),
                     (t("yes") if office["all_met"] else t("no")) if reported else "",
                     (t("yes") if office["all_met_by_data"] else t("no")) if reported else "",
                     office["disagreements"] if reported else ""])
    return _table(rows, [16 * mm, 56 * mm, 30 * mm, 26 * mm, 26 * mm, 22 * mm], lang)


def _percent(share):
    return None if share is None else round(share * 100)


def _trend(data: dict, st: dict, t: Translator, lang: str) -> list:
    P = lambda text: para(text, st["body"], lang)  # noqa: E731
    if not data["trend"]:
        return [P(t("Trend")), P(t("No earlier year to compare with."))]
    reporting = ", ".join(f"{r['year']}: {r['reported']}" for r in data["reporting"])
    last = data["trend"][-1]
    codes = data["codes"]
    shares = lambda fig: [_percent(fig["benchmarks"][c]["share_met"]) for c in codes] + [  # noqa
        _percent(fig["share_all_met"])]
    return [para(t("Trend"), st["h1"], lang),
            P(t("Each year is compared with the one before over the same offices: those that "
                "reported in both. Offices that reported: {reporting}.", reporting=reporting)),
            Spacer(1, 2 * mm), _trend_table(data, st, t, lang), Spacer(1, 3 * mm),
            bar_chart(codes + [visual(t("All"))], [shares(last["before"]), shares(last["after"])],
                      [str(last["from"]), str(last["to"])],
                      visual(t("The {n} offices that reported in {before} and {after}: share "
                               "meeting each benchmark by their own rating", n=last["offices"],
                               before=last["from"], after=last["to"])))]


def build_story(data: dict, lang: str = "en") -> list:
    t = _Words(lang)
    st = styles(lang)
    P = lambda text, style="body": para(text, st[style], lang)  # noqa: E731
    year, codes = data["year"], data["codes"]
    by_rating = [_percent(data["benchmarks"][c]["share_met"]) for c in codes]
    by_rating.append(_percent(data["share_all_met"]))
    by_data = [_percent(data["benchmarks"][c]["share_met_by_data"]) for c in codes]
    by_data.append(_percent(data["share_all_met_by_data"]))
    story = [
        P(t("Benchmark self-assessment {year}: headquarters summary", year=year), "title"),
        P(t("{reported} of {offices} offices reported for {year}. By their own rating, "
            "{all_met} met all {n} benchmarks; by their own data, {by_data} did. Shares are of "
            "the offices that reported; drafts do not count.", reported=data["reported"],
            offices=data["offices"], year=year, all_met=data["all_met"], n=len(codes),
            by_data=data["all_met_by_data"])),
        Spacer(1, 3 * mm), _benchmark_table(data, st, t, lang), Spacer(1, 4 * mm),
        bar_chart(codes + [visual(t("All"))], [by_rating, by_data],
                  [visual(t("By their own rating")), visual(t("By their own data"))],
                  visual(t("Offices that met each benchmark, {year}", year=year))),
        P(t("Ratings and data disagree"), "h1")]
    if data["disagreements"]:
        story += [P(t("Ratings that disagree with the office's own data: {count}, in {offices} "
                      "of the offices that reported. They are listed below, office by office.",
                      count=len(data["disagreements"]), offices=data["offices_disagreeing"])),
                  Spacer(1, 2 * mm), _disagreement_table(data, st, t, lang)]
    else:
        story.append(P(t("No rating disagrees with the office's own data.")))
    story += [P(t("By region"), "h1"), _region_table(data, st, t, lang),
              KeepTogether(_trend(data, st, t, lang)),
              P(t("Offices"), "h1"), _office_table(data, st, t, lang)]
    if "timing" in data:  # time to sign, from the status history (the window adds it)
        story += timing_pdf.story(data["timing"], st, lang)
    return story


def render(data: dict, out: str | Path, lang: str = "en") -> Path:
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Benchmark self-assessment summary {data['year']}",
                            author="PartnerDesk")
    footer = footer_for(lang, "PartnerDesk - benchmark self-assessment")
    doc.build(build_story(data, lang), onFirstPage=footer, onLaterPages=footer)
    return out
