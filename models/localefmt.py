"""Numbers, amounts, dates and country names as each print language writes them (Babel, CLDR).

One place for locale formatting, so that a French agreement reads 80 000,00 and 5 mars 2026, an
Arabic one names Kenya كينيا. The print languages map to the CLDR locales of the UN's usage:
British English, French, Spanish, Arabic, European Portuguese and Russian.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar", "pt": "pt_PT", "ru": "ru_RU"}
_locales: dict[str, Locale] = {}


def locale(lang: str) -> Locale:
    if lang not in _locales:
        _locales[lang] = Locale.parse(LOCALES.get(lang, lang))
    return _locales[lang]


def money(value, lang: str) -> str:
    """An amount with two decimals: 80,000.00 / 80 000,00 / 80.000,00."""
    return format_decimal(Decimal(str(value or 0)), format="#,##0.00", locale=locale(lang))


def number(value, lang: str) -> str:
    return format_decimal(value, locale=locale(lang))


def percent(value, lang: str) -> str:
    return format_decimal(Decimal(str(value or 0)), format="#,##0.0", locale=locale(lang)) + " %"


def date(value, lang: str, style: str = "long") -> str:
    """A date as the language writes it (5 March 2026 / 5 mars 2026); '' for none."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    text = format_date(value, style, locale=locale(lang))
    if lang == "fr" and value.day == 1 and text.startswith("1 "):
        text = "1er" + text[1:]  # le 1er mars, as French writes the first of the month
    return text


def timestamp(value: str, lang: str) -> str:
    """A UTC ISO timestamp as date and time in the language, marked UTC."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return str(value or "")
    return format_datetime(moment, "medium", tzinfo=dt.timezone.utc, locale=locale(lang)) + \
        " UTC"


def country_name(code: str, lang: str) -> str:
    """The CLDR name of a country given as ISO 3166 alpha-3 (or alpha-2); the code if unknown."""
    if not code:
        return ""
    alpha2 = code.upper()
    if len(alpha2) == 3:
        aliases = get_global("territory_aliases").get(alpha2)
        alpha2 = aliases[0] if aliases else alpha2
    return locale(lang).territories.get(alpha2, code)
