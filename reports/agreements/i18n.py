"""Texts of the agreement documents in English, French, Spanish and Arabic, and vocab labels.

`text(lang, key, **values)` formats a sentence; `label(lang, code_or_english)` translates a
status, modality, report kind, amendment type or amendment-diff label, falling back to English.
"""
from __future__ import annotations

from models import agreements as V

from . import i18n_ar, i18n_en, i18n_es, i18n_fr

LANGS = {"en": i18n_en.TEXTS, "fr": i18n_fr.TEXTS, "es": i18n_es.TEXTS, "ar": i18n_ar.TEXTS}
ENGLISH_LABELS = {**V.PD_STATUSES, **V.AGREEMENT_STATUSES, **V.CASH_MODALITIES,
                  **V.REPORTING_KINDS, **V.AMENDMENT_TYPES, **V.VISIT_KINDS}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        from models.errors import DomainError
        raise DomainError(f"Unknown language '{lang}'; choose one of: {', '.join(LANGS)}.")
    return lang


def text(lang: str, key: str, **values):
    value = LANGS[lang].get(key, LANGS["en"][key])
    return value.format(**values) if values and isinstance(value, str) else value


def label(lang: str, code: str) -> str:
    """Translated label of a vocabulary code (or of an English diff label)."""
    if code is None:
        return ""
    table = LANGS[lang].get("v", {})
    if code in table:
        return table[code]
    return ENGLISH_LABELS.get(code, code)
