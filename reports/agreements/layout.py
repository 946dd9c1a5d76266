"""Draw a composed document (models/agreements/document.py) as a PDF with reportlab platypus.

Numbered clauses hang from their number; small tables never split (no page holding one row);
an unsigned document carries a DRAFT watermark on every page; every page has the reference,
"page n of N", the print date and the template editions. Right-to-left: Arabic lines are broken
in logical order, then shaped and reordered (reports/base.py), and table columns run right to
left.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from models import localefmt
from .. import palette
from ..base import ARABIC, BRAND, FONT, FONT_BOLD, escape, is_rtl, styles, visual
from ..rtl import RtlLines, break_lines

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame's inner width (6 pt padding each side)
GRID = colors.HexColor(palette.GRID)
HEAD_BG = colors.HexColor(palette.BRAND_TINT)
SMALL_TABLE = 4  # rows up to which a table is kept on one page
INDENT = {"clause": 8 * mm, "item": 14 * mm}


class Drawer:
    """Turns blocks into flowables for one language."""

    def __init__(self, lang: str):
        self.lang, self.rtl = lang, is_rtl(lang)
        self.st = styles(lang)
        base = self.st["body"]
        self.st["center_title"] = ParagraphStyle("ct", parent=self.st["title"],
                                                 alignment=TA_CENTER)
        self.st["center_sub"] = ParagraphStyle("cs", parent=self.st["h2"], alignment=TA_CENTER,
                                               spaceAfter=6)
        self.st["note"] = ParagraphStyle("note", parent=self.st["small"],
                                         textColor=colors.HexColor(palette.TEXT_MUTED),
                                         spaceAfter=3)
        for kind, indent in INDENT.items():
            side = {"rightIndent": indent - 8 * mm} if self.rtl else {
                "leftIndent": indent, "bulletIndent": indent - 8 * mm,
                "bulletFontName": base.fontName, "bulletFontSize": base.fontSize}
            self.st[kind] = ParagraphStyle(kind, parent=base, spaceAfter=3, **side)

    def para(self, text: str, style: str, width: float = WIDTH, number: str = "") -> Paragraph:
        st = self.st[style]
        text = "" if text is None else str(text)
        if self.rtl and (ARABIC.search(text) or number):
            body = f"{number} {text}" if number else text
            room = width - 2 - (st.rightIndent or 0) - (st.leftIndent or 0)
            lines = RtlLines(break_lines(body, st.fontName, st.fontSize, room), st)
            if style in ("h1", "h2"):
                lines.keepWithNext = 1
            return lines
        if ARABIC.search(text):  # Arabic words in a left-to-right paragraph
            room = width - 2 - (st.rightIndent or 0) - (st.leftIndent or 0)
            markup = "<br/>".join(escape(visual) for visual, _ in break_lines(
                text, st.fontName, st.fontSize, room, rtl=False))
        else:
            markup = "<br/>".join(escape(line) for line in text.split("\n"))
            if number:  # hangs in the margin of the clause, at the bullet indent
                p = Paragraph(markup, st, bulletText=number)
                return p
        p = Paragraph(markup, st)
        if style in ("h1", "h2"):
            p.keepWithNext = 1
        return p

    def table(self, block) -> list:
        widths = [w * WIDTH for w in block.widths]
        rows = ([block.header] if block.header else []) + block.rows
        body, plain = [], []
        for r, row in enumerate(rows):
            head = block.header is not None and r == 0
            total = r >= len(rows) - block.total_rows
            cells = []
            for c, value in enumerate(row):
                style = "cell_bold" if head or total or (c == 0 and not block.header) else "cell"
                st = self.st[style]
                text = "" if value is None else str(value)
                shown = visual(text) if self.rtl else text
                col = len(row) - 1 - c if self.rtl else c
                if "\n" not in text and (not ARABIC.search(text) or self.rtl) and \
                        stringWidth(shown, st.fontName, st.fontSize) <= widths[c] - 7:
                    cells.append(shown)  # fits on one line: drawn as a string, no Paragraph
                    plain.append((col, r, st.fontName, st.fontSize,
                                  "RIGHT" if (c in block.numeric and not head) or
                                  (self.rtl and c not in block.numeric) else "LEFT"))
                    continue
                cell = self.para(text, style, widths[c] - 6)
                if c in block.numeric and not head and isinstance(cell, Paragraph):
                    cell.style = _aligned(cell.style, TA_RIGHT)
                cells.append(cell)
            body.append(cells[::-1] if self.rtl else cells)
        heights = None
        if block.tall:
            heights = [None] + [14 * mm] * (len(rows) - 1)
        table = Table(body, colWidths=widths[::-1] if self.rtl else widths,
                      rowHeights=heights, repeatRows=1 if block.header else 0)
        commands = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for col, r, font, size, align in plain:  # cells drawn as strings, like paragraphs
            commands += [("FONT", (col, r), (col, r), font, size, size + 2.5),
                         ("ALIGN", (col, r), (col, r), align),
                         ("TOPPADDING", (col, r), (col, r), 2.5)]
        if block.header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
        if block.total_rows:
            commands.append(("BACKGROUND", (0, -block.total_rows), (-1, -1),
                             colors.whitesmoke))
            for r in range(len(rows) - block.total_rows, len(rows)):
                last = 0  # the total's label spans the empty cells after it
                while last + 1 < len(rows[r]) - 1 and not rows[r][last + 1]:
                    last += 1
                if last:
                    n = len(rows[r]) - 1
                    span = ((n - last, r), (n, r)) if self.rtl else ((0, r), (last, r))
                    commands.append(("SPAN", *span))
        table.setStyle(TableStyle(commands))
        table.spaceAfter = 6  # space that vanishes at a page end, unlike a Spacer
        if len(block.rows) <= SMALL_TABLE:
            return [KeepTogether([table])]
        return [table]

    def signatures(self, block) -> list:
        cells = []
        half = WIDTH / 2 - 14
        for party in block.parties:
            parts = [self.para(party.heading, "cell_bold", half)]
            for label, value in party.lines:
                parts.append(self.para(f"{label}: {value}", "cell", half))
            if party.blank_signature:
                parts.append(Spacer(1, 12 * mm))
                parts.append(self.para("_" * 34, "cell", half))
            for line in party.evidence:
                parts.append(self.para(line, "small", half))
            cells.append(parts)
        row = cells[::-1] if self.rtl else cells
        table = Table([row], colWidths=[WIDTH / 2] * len(row))
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOX", (0, 0), (-1, -1), 0.4, GRID),
                                   ("INNERGRID", (0, 0), (-1, -1), 0.4, GRID)]))
        notes = [self.para(row[0], "note") for row in block.rows]  # never alone on a page
        return [KeepTogether([table, Spacer(1, 3)] + notes)]  # no spacer after: no blank page

    @staticmethod
    def _with_lead(story: list, flowables: list) -> list:
        """A block kept on one page takes the headings just before it along."""
        if isinstance(flowables[0], KeepTogether):
            lead = []
            while story and isinstance(story[-1], (Paragraph, RtlLines)) and \
                    getattr(story[-1], "keepWithNext", 0):
                lead.insert(0, story.pop())
            flowables[0] = KeepTogether(lead + flowables[0]._content)
        return flowables

    def flowables(self, blocks) -> list:
        story: list = []
        for b in blocks:
            if b.kind == "title":
                story.append(self.para(b.text, "center_title"))
            elif b.kind == "subtitle":
                if b.text:
                    story.append(self.para(b.text, "center_sub"))
            elif b.kind == "heading":
                story.append(self.para(b.text, "h1" if b.level == 1 else "h2"))
            elif b.kind in ("clause", "item"):
                story.append(self.para(b.text, b.kind, number=b.number))
            elif b.kind == "para":
                story.append(self.para(b.text, "body"))
                story.append(Spacer(1, 3))
            elif b.kind == "note":
                story.append(self.para(b.text, "note"))
            elif b.kind == "table":
                story.extend(self._with_lead(story, self.table(b)))
            elif b.kind == "signatures":
                story.extend(self._with_lead(story, self.signatures(b)))
            elif b.kind == "pagebreak":
                story.append(PageBreak())
        return story


def _aligned(style, alignment):
    return ParagraphStyle(style.name + f"_{alignment}", parent=style, alignment=alignment)


def _page_canvas(doc, labels: dict):
    """A canvas class that draws, once the page count is known, the footer and the watermark."""
    rtl = is_rtl(doc.lang)
    printed = labels["printed"].format(date=localefmt.date(dt.date.today(), doc.lang))

    class PageCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            if doc.draft:  # translucent, across every page; horizontal so that tools read it
                self.setFillColor(colors.HexColor(palette.ERROR), alpha=0.13)
                mark = visual(labels["draft"])
                size = min(110, (A4[0] - 40 * mm) / stringWidth(mark, FONT_BOLD, 1))
                self.setFont(FONT_BOLD, size)  # PROJETO, ЧЕРНОВИК: as large as the page allows
                self.drawCentredString(A4[0] / 2, A4[1] / 2 - size / 3, mark)
                self.setFillColor(colors.HexColor(palette.ERROR))
                self.setFont(FONT_BOLD, 8)
                self.drawCentredString(A4[0] / 2, A4[1] - 10 * mm, visual(labels["draft_note"]))
            self.setFillColor(colors.black)
            self.setFont(FONT, 7.5)
            self.setStrokeColor(BRAND)
            self.line(MARGIN, 14 * mm, A4[0] - MARGIN, 14 * mm)
            page = visual(labels["page"].format(n=self._pageNumber, total=total))
            left, right = (page, doc.reference) if rtl else (doc.reference, page)
            self.drawString(MARGIN, 10 * mm, left)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, right)
            self.drawCentredString(A4[0] / 2, 10 * mm, visual(printed))
            self.setFont(FONT, 6)
            self.setFillColor(colors.HexColor(palette.GREY_DARK))
            self.drawCentredString(A4[0] / 2, 6.5 * mm, visual(doc.footer_note))
            self.restoreState()

    return PageCanvas


def render(doc, labels: dict, out=None) -> bytes | None:
    """The document as PDF into `out` (a path), or its bytes when `out` is None."""
    drawer = Drawer(doc.lang)
    target = io.BytesIO() if out is None else str(Path(out))
    template = SimpleDocTemplate(target, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=20 * mm,
                                 title=f"{doc.title} {doc.reference}", author="PartnerDesk",
                                 lang=doc.lang, initialFontName=FONT, initialFontSize=9)
    template.build(drawer.flowables(doc.blocks), canvasmaker=_page_canvas(doc, labels))
    return target.getvalue() if out is None else None
