"""Words of the cycle record, the self-assessment and the HQ summary in English, French, Spanish
and Arabic.

A string is looked up first among the reports' own sentences (report_texts.py), then in the
interface's Qt Linguist catalogues (ui/i18n/*.ts, read here as plain XML data, no Qt): the cycle
phases and fields, benchmark titles and evidence sentences, vocabularies are translated once,
there, and the printed page says what the window says.
"""
from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from .report_texts import TEXTS

CATALOGUES = Path(__file__).resolve().parents[1] / "ui" / "i18n"
LANGS = ("en", "fr", "es", "ar")
CONTEXTS = ("cycle", "vocab", "benchmarks", "evidence")


@functools.lru_cache(maxsize=8)
def catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> translation of the interface's finished messages."""
    path = CATALOGUES / f"partnerdesk_{lang}.ts"
    if lang == "en" or not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source, translation = message.find("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in (
                    "unfinished", "obsolete"):
                continue
            forms = [n.text for n in translation.iter("numerusform") if n.text]
            text = translation.text or (forms[0] if forms else "")
            if text.strip():
                found[(name, source.text or "")] = text
    return found


class Translator:
    """`t("Phases")`, `t("{n} of {total}", n=1, total=2)`: the sentence in the language."""

    def __init__(self, lang: str = "en"):
        if lang not in LANGS:
            from models.errors import DomainError
            raise DomainError(f"Unknown language '{lang}'; these documents print in "
                              f"{', '.join(LANGS)}.")
        self.lang = lang
        self.own = TEXTS.get(lang, {})
        self.ui = catalogue(lang)

    def __call__(self, text: str, context: str | None = None, **values) -> str:
        found = self.own.get(text)
        if found is None:
            contexts = (context,) if context else CONTEXTS
            found = next((self.ui[(c, text)] for c in contexts if (c, text) in self.ui), text)
        return found.format(**values) if values else found

    def evidence(self, item) -> str:
        """An evidence sentence of the self-assessment, figures put in after translation (a
        submitted assessment keeps only the English sentence: its template is found again)."""
        if "{" in (item.data_template or ""):
            return self(item.data_template, "evidence").format(**item.data_numbers)
        for (context, source), translation in self.ui.items():
            if context != "evidence" or "{" not in source:
                continue
            pattern = re.escape(source)
            for name in ("num", "den", "pct"):
                pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>[\\d.,]+)")
            if match := re.fullmatch(pattern, item.data_text or ""):
                return translation.format(**match.groupdict())
        return self(item.data_text, "evidence")
