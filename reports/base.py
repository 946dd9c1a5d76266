"""Shared pieces of every printed document: embedded fonts, styles, right-to-left text, output.

Documents render offline from local data only. Fonts are the DejaVu files shipped in
reports/fonts (licence beside them), embedded in every PDF. Arabic text is shaped (letters
joined) and reordered for display with arabic-reshaper and python-bidi.
"""
from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from . import palette

FONT_DIR = Path(__file__).with_name("fonts")
FONT, FONT_BOLD, FONT_ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
RTL_LANGS = {"ar"}
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
HYPHENATED_NUMBER = re.compile(r"\d+(?:-\d+)+")  # dates: python-bidi would reverse their parts
BRAND = colors.HexColor(palette.BRAND)  # UNICEF cyan
BRAND_DARK = colors.HexColor(palette.BRAND_DARK)  # headings
_registered = False


def _to_unicode(fontname, subset):
    """reportlab's ToUnicode CMap with Arabic presentation forms mapped back to their letters:
    a viewer copying shaped Arabic then gets the letters a reader typed, and reorders them from
    visual to reading order as it does for any right-to-left text. A ligature (lam-alef) maps to
    its two letters in visual order, since the viewer reverses them with the rest of the run."""
    import unicodedata
    text = _REPORTLAB_TO_UNICODE(fontname, subset)
    for i, v in enumerate(subset):
        if 0xFB50 <= v <= 0xFDFF or 0xFE70 <= v <= 0xFEFF:
            letters = unicodedata.normalize("NFKC", chr(v))[::-1]
            text = text.replace(f"<{i:02X}> <{v:04X}>",
                                f"<{i:02X}> <{letters.encode('utf-16-be').hex().upper()}>")
    return text


_REPORTLAB_TO_UNICODE = ttfonts.makeToUnicodeCMap


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    ttfonts.makeToUnicodeCMap = _to_unicode
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    _registered = True


def visual(text: str) -> str:
    """Text as it must be drawn: Arabic runs shaped and put in visual (right-to-left) order.

    Dates and other hyphenated numbers are embedded left to right, or bidi would reverse them.
    """
    if not text or not ARABIC.search(text):
        return text
    return display(" ".join(shaped_words(text)))


def shaped_words(text: str) -> list[str]:
    """The words of a logical-order line with Arabic letters joined (presentation forms), still
    in logical order: letters join within a word only, so the line is shaped once and split."""
    if not ARABIC.search(text):
        return text.split(" ")
    import arabic_reshaper
    marked = HYPHENATED_NUMBER.sub(lambda m: f"\u202a{m.group()}\u202c", text)
    return arabic_reshaper.reshape(marked).split(" ")


MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "«": "»", "»": "«",
          "<": ">", ">": "<"}
OPENING = set("([{«<")
LATIN = re.compile(r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]")


def _mirrored(text: str) -> str:
    """Brackets of right-to-left runs swapped, as the bidi algorithm's rule L4 wants (the
    compiled python-bidi reorders but does not mirror). A bracket pair takes the direction of
    the strong letter before its opening bracket, as rule N0 decides in practice."""
    out, stack, last = [], [], "R"
    for char in text:
        if ARABIC.match(char):
            last = "R"
        elif LATIN.match(char):
            last = "L"
        if char in MIRROR:
            if char in OPENING:
                stack.append(last)
                direction = last
            else:
                direction = stack.pop() if stack else last
            out.append(MIRROR[char] if direction == "R" else char)
        else:
            out.append(char)
    return "".join(out)


def display(shaped: str, rtl: bool = True) -> str:
    """A shaped logical-order line in visual order; `rtl`: the paragraph runs right to left
    (an Arabic document), else Arabic words sit in a left-to-right line."""
    if not ARABIC.search(shaped):
        return shaped
    from bidi import get_display  # the compiled implementation (python-bidi 0.6)
    if not rtl:  # Arabic words in a left-to-right line (a name in an English agreement)
        return get_display(shaped, base_dir="L")
    return get_display(_mirrored(shaped), base_dir="R")


def is_rtl(lang: str) -> bool:
    return lang in RTL_LANGS


def styles(lang: str = "en") -> dict[str, ParagraphStyle]:
    """Paragraph styles for a language; right-aligned for right-to-left languages."""
    register_fonts()
    align = TA_RIGHT if is_rtl(lang) else TA_LEFT
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, alignment=align)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16,
                                leading=20, spaceAfter=8, textColor=BRAND_DARK),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16,
                             spaceBefore=10, spaceAfter=4, textColor=BRAND_DARK),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                             spaceBefore=6, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                    leading=11),
    }


def escape(text) -> str:
    """Text safe for a reportlab Paragraph (which reads a little XML)."""
    value = "" if text is None else str(text)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para_text(text, lang: str = "en") -> str:
    """Escape and, where needed, shape a value for a Paragraph."""
    return escape(visual(str(text) if text is not None else ""))
