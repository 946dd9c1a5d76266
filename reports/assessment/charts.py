"""Charts for the self-assessment documents, drawn with reportlab.graphics (vector, offline)."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from .. import palette
from ..base import BRAND_DARK, FONT, register_fonts

SERIES = [colors.HexColor(c) for c in palette.CHART_SERIES]


def _legend(drawing: Drawing, names: list[str], x: float, y: float) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = FONT, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx, legend.dy, legend.deltax = 8, 8, 150
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], name) for i, name in enumerate(names)]
    drawing.add(legend)


def bar_chart(categories: list[str], series: list[list[float | None]], names: list[str],
              title: str, width: float = 460, height: float = 180) -> Drawing:
    """Grouped bars of percentages (0-100); None draws no bar."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 36, 38, width - 50, height - 70
    chart.data = [[v if v is not None else 0 for v in s] for s in series]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.barSpacing, chart.groupSpacing = 1, 8
    for i in range(len(series)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    drawing.add(String(36, height - 14, title, fontName=FONT, fontSize=9,
                       fillColor=BRAND_DARK))
    _legend(drawing, names, 36, 12)
    return drawing


def line_chart(categories: list[str], series: list[list[float | None]], names: list[str],
               title: str, width: float = 460, height: float = 170) -> Drawing:
    """Lines of percentages (0-100) over the categories (years)."""
    register_fonts()
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 36, 38, width - 50, height - 70
    chart.data = [[v if v is not None else None for v in s] for s in series]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    # a line needs two points: with a series of one (a single year of data) draw dots instead
    dots = any(sum(v is not None for v in s) < 2 for s in series)
    chart.joinedLines = 0 if dots else 1
    for i in range(len(series)):
        chart.lines[i].strokeColor = SERIES[i % len(SERIES)]
        chart.lines[i].strokeWidth = 2
        if dots:
            chart.lines[i].symbol = makeMarker("FilledCircle", fillColor=SERIES[i % len(SERIES)])
    drawing.add(chart)
    drawing.add(String(36, height - 14, title, fontName=FONT, fontSize=9,
                       fillColor=BRAND_DARK))
    _legend(drawing, names, 36, 12)
    return drawing
