"""Showing the domain's messages (models/messages.py) in the interface language.

`text(value)` translates a Message (context "messages", plural forms by its count), a vocabulary
Term (context "vocab"), and formats numbers, amounts and dates with the locale of the interface;
plain text passes through. `error_text(exc)` does the same for a DomainError, and
`field_errors(exc)` for the per-field messages of a ValidationError.

Right to left (Arabic), a name or reference put into a sentence is wrapped in Unicode isolates
(FSI ... PDI): "KEN/PS/2026/0001" keeps its order inside Arabic text and an Arabic name keeps
its own inside a Latin one. `date_text`, `number_text` and `amount_text` format values in the
interface's locale for the widgets that show them outside a message.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Qt
from PySide6.QtGui import QGuiApplication

from models.messages import CONTEXT, Message, Term, fill, lower_first


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate, pop directional isolate


def plural(context: str, source: str, n: int) -> str:
    """A translated text with a count, in the form the language uses for `n` ("%Ln records":
    1 record, 2 records; six forms in Arabic). For code outside a QObject; scripts/i18n.py finds
    these calls (lupdate reads no count from QCoreApplication.translate)."""
    return QCoreApplication.translate(context, source, "", n)


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(value: str) -> str:
    """`value` kept in its own direction inside a sentence of the other one (right to left)."""
    return f"{FSI}{value}{PDI}" if value and right_to_left() else value


LRI, WJ = "\u2066", "\u2060"  # left-to-right isolate, word joiner (no line break here)
REFERENCE_PARAMS = {"reference"}  # message parameters that hold a record's reference


def reference_text(value: str) -> str:
    """A reference ("KEN/PS/2026/0001") inside right-to-left text: one unbreakable
    left-to-right word, since a line that wraps after one of its slashes would show its parts
    in the wrong order (left to right it stays as it is)."""
    value = str(value)
    if not value or not right_to_left():
        return value
    return LRI + value.replace("/", "/" + WJ) + PDI


def interface_locale() -> QLocale:
    """The locale of the interface language (ui/app.py sets it); the bare "C" locale of a
    process that chose none formats as English (1,000.00)."""
    found = QLocale()
    return QLocale("en_GB") if found.language() == QLocale.Language.C else found


def number_text(value: int | float) -> str:
    """A count in the interface's digits, grouped from 10,000 (years stay 2026)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "" if value is None else str(value)
    locale = interface_locale()
    if isinstance(value, int) and abs(value) < 10000:
        locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)


def amount_text(value) -> str:
    """Money with two decimals, as the interface's language writes it (50 000,00 in French)."""
    return interface_locale().toString(float(value or 0), "f", 2)


def date_text(value) -> str:
    """A date in the interface's short format (an ISO text is read first); "" for none."""
    if value in (None, ""):
        return ""
    if isinstance(value, str):  # ISO as stored: a date, or a time ("2026-03-31 14:05")
        try:
            value = (dt.datetime.fromisoformat(value.replace("Z", "")) if len(value) > 10
                     else dt.date.fromisoformat(value))
        except ValueError:
            return value
    locale = interface_locale()
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:  # "31/3/26" is ambiguous a few decades on: the year whole
        day = day.replace("yy", "yyyy")
    shown = locale.toString(QDate(value.year, value.month, value.day), day)
    if isinstance(value, dt.datetime):
        shown += " " + locale.toString(QTime(value.hour, value.minute),
                                       locale.timeFormat(QLocale.FormatType.ShortFormat))
    return shown


def _value(value) -> str:
    locale = interface_locale()
    if isinstance(value, (Message, Term)):
        return text(value)
    if isinstance(value, (list, tuple)):
        return QCoreApplication.translate("messages", ", ").join(_value(v) for v in value)
    if isinstance(value, bool):
        return (QCoreApplication.translate("messages", "yes") if value
                else QCoreApplication.translate("messages", "no"))
    if isinstance(value, Decimal):
        return amount_text(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 0 if value == int(value) else 2)
    if isinstance(value, int):
        return number_text(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return date_text(value)
    return isolate(str(value))


def text(value) -> str:
    """The text of `value` in the interface language."""
    if isinstance(value, Term):
        found = QCoreApplication.translate(value.context, str(value))
        return lower_first(found) if value.lower else found
    if not isinstance(value, Message):
        return "" if value is None else str(value)
    count = value.params.get("n")
    plural = isinstance(count, int) and value.singular is not None
    found = QCoreApplication.translate(CONTEXT, value.template, None, count if plural else -1)
    if found == value.template or (plural and found.replace(str(count), "%n") == value.template):
        # no translation (English): the English text already has the right form
        template = value.singular if plural and count == 1 else value.template
    else:
        template = found
    if "n" in value.params and "%n" in template:
        template = template.replace("%n", _value(count))
    params = {k: reference_text(v) if k in REFERENCE_PARAMS and type(v) is str else _value(v)
              for k, v in value.params.items()}
    try:
        return fill(template, params)
    except KeyError:  # a translation with a broken placeholder
        return str(value)


def error_text(exc: BaseException) -> str:
    """What to show for an exception raised by the domain."""
    errors = getattr(exc, "errors", None)
    if isinstance(errors, dict) and errors:
        return "; ".join(text(m) for m in errors.values())
    message = getattr(exc, "message", None)
    return text(message if message is not None else str(exc))


def field_errors(exc: BaseException) -> dict[str, str]:
    """{field: translated message} of a ValidationError (empty for other errors)."""
    errors = getattr(exc, "errors", None) or {}
    return {field: text(message) for field, message in errors.items()}
