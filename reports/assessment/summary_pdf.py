"""The headquarters summary of the benchmark self-assessments: share of offices that met each
benchmark and all of them, by region, the trend over the years, and each office's status.
Takes the dict of models.assessment_summary.summary() (the same figures as the JSON listing);
prints in English, French, Spanish or Arabic.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table

from models.directory import vocab

from ..base import styles, visual
from ..rtl import ordered, para
from ..translations import Translator
from .assessment_pdf import footer_for, table_style
from .charts import bar_chart, line_chart

STATUS = {"not_started": "Not started", "draft": "Draft", "submitted": "Submitted",
          "acknowledged": "Acknowledged"}


def pct(share: float | None) -> str:
    return "-" if share is None else f"{round(share * 100)} %"


def _table(rows, widths, lang: str) -> Table:
    table = Table([ordered(r, lang) for r in rows], colWidths=ordered(widths, lang),
                  repeatRows=1)
    table.setStyle(table_style())
    return table


def _benchmark_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    P = lambda text, style=cell: para(text, style, lang)  # noqa: E731
    rows = [[P(h, bold) for h in ("", t("Benchmark"), t("Met"), t("Partly met"), t("Not met"),
                                  t("Share met"))]]
    for code in data["codes"]:
        fig = data["benchmarks"][code]
        rows.append([P(code, bold), P(t(data["benchmark_titles"][code], "benchmarks")),
                     fig["met"], fig["partly_met"], fig["not_met"], pct(fig["share_met"])])
    rows.append([P(t("All"), bold), P(t("All benchmarks met")), data["all_met"], "", "",
                 pct(data["share_all_met"])])
    return _table(rows, [10 * mm, 92 * mm, 14 * mm, 20 * mm, 18 * mm, 22 * mm], lang)


def _region_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    bold = st["cell_bold"]
    head = [t("Region"), t("Offices"), t("Reported"), t("All met")] + data["codes"]
    rows = [[para(h, bold, lang) for h in head]]
    for region in data["regions"]:
        label = t(vocab.label(vocab.REGIONS, region["region"])) or t("(no region)")
        rows.append([para(label, st["cell"], lang), region["offices"], region["reported"],
                     pct(region["share_all_met"])]
                    + [pct(region["benchmarks"][c]["share_met"]) for c in data["codes"]])
    widths = [44 * mm, 17 * mm, 20 * mm, 17 * mm] + [(176 - 98) / max(1, len(data["codes"])) * mm
                                                     for _ in data["codes"]]
    return _table(rows, widths, lang)


def _trend_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    bold = st["cell_bold"]
    rows = [[para(h, bold, lang) for h in [t("Year"), t("Reported"), t("All met")]
             + data["codes"]]]
    for year in data["trend"]:
        rows.append([year["year"], year["reported"], pct(year["share_all_met"])]
                    + [pct(year["benchmarks"][c]["share_met"]) for c in data["codes"]])
    widths = [20 * mm, 20 * mm, 20 * mm] + [(176 - 60) / max(1, len(data["codes"])) * mm
                                            for _ in data["codes"]]
    return _table(rows, widths, lang)


def _office_table(data: dict, st: dict, t: Translator, lang: str) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[para(t(h), bold, lang) for h in ("Office", "Name", "Region", "Status", "All met")]]
    for office in data["office_status"]:
        rows.append([office["office"], para(office["name"], cell, lang),
                     para(t(vocab.label(vocab.REGIONS, office["region"])) or office["region"],
                          cell, lang),
                     para(t(STATUS.get(office["status"], office["status"])), cell, lang),
                     t("yes") if office["all_met"] else t("no")])
    return _table(rows, [18 * mm, 74 * mm, 24 * mm, 34 * mm, 20 * mm], lang)


def _percent(share):
    return None if share is None else round(share * 100)


def build_story(data: dict, lang: str = "en") -> list:
    t = Translator(lang)
    st = styles(lang)
    P = lambda text, style="body": para(text, st[style], lang)  # noqa: E731
    year, codes = data["year"], data["codes"]
    shares = [_percent(data["benchmarks"][c]["share_met"]) for c in codes]
    shares.append(_percent(data["share_all_met"]))
    years = [str(y["year"]) for y in data["trend"]]
    return [
        P(t("Benchmark self-assessment {year}: headquarters summary", year=year), "title"),
        P(t("{reported} of {offices} offices submitted their self-assessment for {year}; "
            "{all_met} met all benchmarks ({share} of the offices that reported). Shares are "
            "of the offices that reported; drafts do not count.", reported=data["reported"],
            offices=data["offices"], year=year, all_met=data["all_met"],
            share=pct(data["share_all_met"]))),
        Spacer(1, 3 * mm), _benchmark_table(data, st, t, lang), Spacer(1, 4 * mm),
        bar_chart(codes + [visual(t("All"))], [shares],
                  [visual(t("Offices that met the benchmark, {year}", year=year))],
                  visual(t("Share of reporting offices that met each benchmark"))),
        P(t("By region"), "h1"), _region_table(data, st, t, lang),
        KeepTogether([P(t("Trend"), "h1"), _trend_table(data, st, t, lang), Spacer(1, 3 * mm),
        line_chart(years, [[_percent(y["share_all_met"]) for y in data["trend"]],
                           [_percent(y["reported"] / data["offices"]) if data["offices"] else None
                            for y in data["trend"]]],
                   [visual(t("Met all benchmarks (% of reporting offices)")),
                    visual(t("Offices that reported (% of offices)"))],
                   visual(t("Trend over the years")))]),
        P(t("Offices"), "h1"), _office_table(data, st, t, lang),
    ]


def render(data: dict, out: str | Path, lang: str = "en") -> Path:
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Benchmark self-assessment summary {data['year']}",
                            author="PartnerDesk")
    footer = footer_for(lang, "PartnerDesk - benchmark self-assessment")
    doc.build(build_story(data, lang), onFirstPage=footer, onLaterPages=footer)
    return out
