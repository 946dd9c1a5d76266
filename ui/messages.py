"""Showing the domain's messages (models/messages.py) in the interface language.

`text(value)` translates a Message (context "messages", plural forms by its count), a vocabulary
Term (context "vocab"), and formats numbers, amounts and dates with the locale of the interface;
plain text passes through. `error_text(exc)` does the same for a DomainError, and
`field_errors(exc)` for the per-field messages of a ValidationError.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from models.messages import CONTEXT, Message, Term


def _value(value) -> str:
    locale = QLocale()
    if isinstance(value, (Message, Term)):
        return text(value)
    if isinstance(value, bool):
        return QCoreApplication.translate(CONTEXT, "yes" if value else "no")
    if isinstance(value, Decimal):
        return locale.toString(float(value), "f", 2)
    if isinstance(value, float):
        return locale.toString(value, "f", 0 if value == int(value) else 2)
    if isinstance(value, int):
        return locale.toString(value) if abs(value) >= 10000 else str(value)
    if isinstance(value, dt.datetime):
        return locale.toString(value, QLocale.FormatType.ShortFormat)
    if isinstance(value, dt.date):
        return locale.toString(QDate(value.year, value.month, value.day),
                               QLocale.FormatType.ShortFormat)
    return str(value)


def text(value) -> str:
    """The text of `value` in the interface language."""
    if isinstance(value, Term):
        return QCoreApplication.translate(value.context, str(value))
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
    params = {k: _value(v) for k, v in value.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
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
