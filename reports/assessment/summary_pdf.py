"""The headquarters summary of the benchmark self-assessments: share of offices that met each
benchmark and all of them, by region, the trend over the years, and each office's status.
Takes the dict of models.assessment_summary.summary() (the same figures as the JSON listing).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table

from models.directory import vocab

from ..base import para_text, styles
from .assessment_pdf import _footer, table_style
from .charts import bar_chart, line_chart

STATUS = {"not_started": "Not started", "draft": "Draft", "submitted": "Submitted",
          "acknowledged": "Acknowledged"}


def pct(share: float | None) -> str:
    return "-" if share is None else f"{round(share * 100)} %"


def _benchmark_table(data: dict, st: dict) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[Paragraph(h, bold) for h in ("", "Benchmark", "Met", "Partly met", "Not met",
                                          "Share met")]]
    for code in data["codes"]:
        fig = data["benchmarks"][code]
        rows.append([Paragraph(code, bold), Paragraph(para_text(data["benchmark_titles"][code]),
                                                      cell),
                     fig["met"], fig["partly_met"], fig["not_met"], pct(fig["share_met"])])
    rows.append([Paragraph("All", bold), Paragraph("All benchmarks met", cell), data["all_met"],
                 "", "", pct(data["share_all_met"])])
    table = Table(rows, colWidths=[10 * mm, 92 * mm, 14 * mm, 20 * mm, 18 * mm, 22 * mm],
                  repeatRows=1)
    table.setStyle(table_style())
    return table


def _region_table(data: dict, st: dict) -> Table:
    bold = st["cell_bold"]
    head = ["Region", "Offices", "Reported", "All met"] + data["codes"]
    rows = [[Paragraph(h, bold) for h in head]]
    for region in data["regions"]:
        label = vocab.label(vocab.REGIONS, region["region"]) or "(no region)"
        rows.append([Paragraph(para_text(label), st["cell"]), region["offices"],
                     region["reported"], pct(region["share_all_met"])]
                    + [pct(region["benchmarks"][c]["share_met"]) for c in data["codes"]])
    widths = [44 * mm, 17 * mm, 20 * mm, 17 * mm] + [(176 - 98) / max(1, len(data["codes"])) * mm
                                                     for _ in data["codes"]]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    return table


def _trend_table(data: dict, st: dict) -> Table:
    bold = st["cell_bold"]
    rows = [[Paragraph(h, bold) for h in ["Year", "Reported", "All met"] + data["codes"]]]
    for year in data["trend"]:
        rows.append([year["year"], year["reported"], pct(year["share_all_met"])]
                    + [pct(year["benchmarks"][c]["share_met"]) for c in data["codes"]])
    widths = [20 * mm, 20 * mm, 20 * mm] + [(176 - 60) / max(1, len(data["codes"])) * mm
                                            for _ in data["codes"]]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style())
    return table


def _office_table(data: dict, st: dict) -> Table:
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[Paragraph(h, bold) for h in ("Office", "Name", "Region", "Status", "All met")]]
    for office in data["office_status"]:
        rows.append([office["office"], Paragraph(para_text(office["name"]), cell),
                     office["region"], STATUS.get(office["status"], office["status"]),
                     "yes" if office["all_met"] else "no"])
    table = Table(rows, colWidths=[18 * mm, 74 * mm, 24 * mm, 34 * mm, 20 * mm], repeatRows=1)
    table.setStyle(table_style())
    return table


def _percent(share):
    return None if share is None else round(share * 100)


def build_story(data: dict) -> list:
    st = styles("en")
    year, codes = data["year"], data["codes"]
    shares = [_percent(data["benchmarks"][c]["share_met"]) for c in codes]
    shares.append(_percent(data["share_all_met"]))
    years = [str(t["year"]) for t in data["trend"]]
    return [
        Paragraph(f"Benchmark self-assessment {year}: headquarters summary", st["title"]),
        Paragraph(f"{data['reported']} of {data['offices']} offices submitted their "
                  f"self-assessment for {year}; {data['all_met']} met all benchmarks "
                  f"({pct(data['share_all_met'])} of the offices that reported). Shares are of "
                  "the offices that reported; drafts do not count.", st["body"]),
        Spacer(1, 3 * mm), _benchmark_table(data, st), Spacer(1, 4 * mm),
        bar_chart(codes + ["All"], [shares], [f"Offices that met the benchmark, {year}"],
                  "Share of reporting offices that met each benchmark"),
        Paragraph("By region", st["h1"]), _region_table(data, st),
        KeepTogether([Paragraph("Trend", st["h1"]), _trend_table(data, st), Spacer(1, 3 * mm),
        line_chart(years, [[_percent(t["share_all_met"]) for t in data["trend"]],
                           [_percent(t["reported"] / data["offices"]) if data["offices"] else None
                            for t in data["trend"]]],
                   ["Met all benchmarks (% of reporting offices)",
                    "Offices that reported (% of offices)"], "Trend over the years")]),
        Paragraph("Offices", st["h1"]), _office_table(data, st),
    ]


def render(data: dict, out: str | Path) -> Path:
    out = Path(out)
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=17 * mm, rightMargin=17 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Benchmark self-assessment summary {data['year']}",
                            author="PartnerDesk")
    doc.build(build_story(data), onFirstPage=_footer, onLaterPages=_footer)
    return out
