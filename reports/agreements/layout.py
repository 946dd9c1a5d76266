"""Layout pieces shared by the agreement, programme document and amendment PDFs.

Right-to-left: Arabic paragraphs are broken into lines in logical order first and each line is
then shaped and reordered (see reports/base.py), table columns run from right to left, and the
footer mirrors. Everything is drawn with the embedded DejaVu fonts.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .. import palette
from ..base import ARABIC, BRAND, FONT, escape, is_rtl, styles, visual
from .i18n import text

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID = colors.HexColor(palette.GRID)
HEAD_BG = colors.HexColor(palette.BRAND_TINT)


class Writer:
    """Collects flowables for one document in one language."""

    def __init__(self, lang: str):
        self.lang = lang
        self.rtl = is_rtl(lang)
        self.st = styles(lang)
        self.story: list = []

    def t(self, key: str, **values):
        return text(self.lang, key, **values)

    def para(self, value, style: str = "body", width: float = WIDTH - 14) -> Paragraph:
        st = self.st[style]
        value = "" if value is None else str(value)
        if ARABIC.search(value):
            lines = []
            for block in value.split("\n"):
                lines.extend(wrap(block, st.fontName, st.fontSize, width - 2))
            markup = "<br/>".join(escape(shape(line)) for line in lines)
        else:
            markup = "<br/>".join(escape(line) for line in value.split("\n"))
        paragraph = Paragraph(markup, st)
        if style in ("h1", "h2"):
            paragraph.keepWithNext = 1  # no heading alone at the foot of a page
        return paragraph

    def add(self, value, style: str = "body") -> None:
        self.story.append(self.para(value, style))

    def heading(self, key: str, level: str = "h1") -> None:
        self.story.append(self.para(self.t(key), level))

    def space(self, height: float = 4) -> None:
        self.story.append(Spacer(1, height))

    def table(self, header: list[str] | None, rows: list[list], widths: list[float],
              *, numeric: set[int] = frozenset(), total_rows: int = 0) -> None:
        """A grid; widths are fractions of the frame; `numeric` columns align to the right."""
        widths = [w * WIDTH for w in widths]
        body = []
        for r, row in enumerate(([header] if header else []) + rows):
            is_head = header is not None and r == 0
            is_total = r >= len(rows) + (1 if header else 0) - total_rows
            cells = []
            for c, value in enumerate(row):
                style = "cell_bold" if is_head or is_total else "cell"
                cell = self.para(value, style, widths[c] - 8)
                if c in numeric and not is_head:
                    cell.style = _right(cell.style)
                cells.append(cell)
            body.append(cells[::-1] if self.rtl else cells)
        col_widths = widths[::-1] if self.rtl else widths
        table = Table(body, colWidths=col_widths, repeatRows=1 if header else 0)
        commands = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
        if total_rows:
            commands.append(("BACKGROUND", (0, -total_rows), (-1, -1), colors.whitesmoke))
        table.setStyle(TableStyle(commands))
        self.story.append(table)
        self.space(6)

    def pairs(self, items: list[tuple[str, str]], widths=(0.3, 0.7)) -> None:
        self.table(None, [[label, value] for label, value in items], list(widths))


def _right(style):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(style.name + "_num", parent=style, alignment=TA_RIGHT)


def wrap(value: str, font: str, size: float, width: float) -> list[str]:
    """Break text into lines that fit `width`, in logical order (before bidi reordering)."""
    words, lines, line = value.split(" "), [], ""
    for word in words:
        candidate = f"{line} {word}" if line else word
        if line and stringWidth(shape(candidate), font, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return lines


shape = visual  # dates and hyphenated numbers stay left to right (see reports.base.visual)


def money(value) -> str:
    return f"{value:,.2f}"


def render(writer: Writer, out, *, title: str, reference: str) -> bytes | None:
    """Build the PDF into `out` (path) or return its bytes when `out` is None."""
    lang, rtl = writer.lang, writer.rtl
    printed = f"{writer.t('printed')} {dt.date.today().isoformat()}"

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setStrokeColor(BRAND)
        canvas.line(MARGIN, 14 * mm, A4[0] - MARGIN, 14 * mm)
        left, right = reference, shape(text(lang, "page", n=doc.page))
        if rtl:
            left, right = right, left
        canvas.drawString(MARGIN, 10 * mm, left)
        canvas.drawRightString(A4[0] - MARGIN, 10 * mm, right)
        canvas.drawCentredString(A4[0] / 2, 10 * mm, shape(printed))
        canvas.restoreState()

    target = io.BytesIO() if out is None else str(Path(out))
    doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=20 * mm, title=f"{title} {reference}",
                            author="PartnerDesk", lang=lang, initialFontName=FONT,
                            initialFontSize=9)
    doc.build(writer.story, onFirstPage=footer, onLaterPages=footer)
    return target.getvalue() if out is None else None
