"""Right-to-left paragraphs, broken into lines once and drawn right aligned, line by line.

reportlab draws Arabic only as shaped glyphs in visual order (arabic-reshaper + python-bidi).
What a reader copies out of the PDF is handled by the font's ToUnicode map (reports/base.py):
shaped glyphs map back to letters and the viewer reorders the visual run into reading order.
PDF ActualText spans were tried and dropped: poppler (pdftotext, Evince) reorders their logical
text again as if it were visual, so every copied line came out reversed.
"""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from .base import display, shaped_words


def break_lines(text: str, font: str, size: float, width: float,
                rtl: bool = True) -> list[tuple[str, str]]:
    """(visual, logical) lines of a paragraph: shaped once, broken in logical order by the width
    of each shaped word, each line then put in visual order."""
    out = []
    for block in text.split("\n"):
        logical = block.split(" ")
        shaped = shaped_words(block)
        space = stringWidth(" ", font, size)
        start, used = 0, 0.0
        for i, word in enumerate(shaped):
            w = stringWidth(word, font, size)
            if i > start and used + space + w > width:
                out.append((display(" ".join(shaped[start:i]), rtl),
                            " ".join(logical[start:i])))
                start, used = i, 0.0
            used += (space if i > start else 0) + w
        out.append((display(" ".join(shaped[start:]), rtl), " ".join(logical[start:])))
    return out


class RtlLines(Flowable):
    """Lines of right-to-left text, right aligned (or centred), each with its logical text."""

    def __init__(self, lines: list[tuple[str, str]], style, width: float | None = None):
        super().__init__()
        self.lines, self.style, self.fixed = lines, style, width
        self.keepWithNext = 0

    def wrap(self, available_width, available_height):
        self.width = self.fixed or available_width
        self.height = self.style.leading * len(self.lines)
        return self.width, self.height

    def split(self, available_width, available_height):
        fit = int(available_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [RtlLines(self.lines[:fit], self.style, self.fixed),
                RtlLines(self.lines[fit:], self.style, self.fixed)]

    def getSpaceBefore(self):  # noqa: N802 - reportlab API
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802 - reportlab API
        return self.style.spaceAfter

    def draw(self):
        canvas, st = self.canv, self.style
        canvas.setFont(st.fontName, st.fontSize)
        canvas.setFillColor(st.textColor)
        right = self.width - (st.rightIndent or 0)
        y = self.height - st.leading + (st.leading - st.fontSize) * 0.5
        for visual_line, logical in self.lines:
            if st.alignment == TA_CENTER:
                canvas.drawCentredString(self.width / 2, y, visual_line)
            elif st.alignment == TA_LEFT:
                canvas.drawString(st.leftIndent or 0, y, visual_line)
            else:
                canvas.drawRightString(right, y, visual_line)
            y -= st.leading


class RtlText(RtlLines):
    """A right-to-left paragraph broken into lines at the width it is given (table cells too)."""

    def __init__(self, text: str, style):
        super().__init__([], style)
        self.text = text

    def wrap(self, available_width, available_height):
        room = available_width - 2 - (self.style.rightIndent or 0) - \
            (self.style.leftIndent or 0)
        self.lines = break_lines(self.text, self.style.fontName, self.style.fontSize, room)
        return super().wrap(available_width, available_height)


def para(text, style, lang: str, markup: str | None = None):
    """A paragraph for any report: right-to-left lines for Arabic, else reportlab's Paragraph
    (with `markup` when given: bold and colour survive in left-to-right languages only)."""
    from reportlab.platypus import Paragraph

    from .base import escape, is_rtl
    value = "" if text is None else str(text)
    if is_rtl(lang):
        return RtlText(value, style)
    return Paragraph(markup if markup is not None else escape(value).replace("\n", "<br/>"),
                     style)


def ordered(row: list, lang: str) -> list:
    """Table cells (or column widths) from the right in a right-to-left language."""
    from .base import is_rtl
    return row[::-1] if is_rtl(lang) else row
