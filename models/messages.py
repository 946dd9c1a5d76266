"""Messages for the person at the keyboard, as data: an English template and its parameters.

`msg("{partner} failed due diligence; remove it first.", partner=name)` returns a `Message`: a
`str` holding the English text (so the command line, logs and tests read it as before) that also
keeps its template and parameters. The window looks the template up in its translations (context
"messages", ui/messages.py) and fills the parameters in the user's language: numbers, amounts
and dates in the locale's format, vocabulary terms (`term(...)`) and nested messages translated
too. `scripts/i18n.py` collects every `msg(...)` template of models/ and sync/ for the
translators, and tests/test_i18n.py fails on one left untranslated.

Counts that change the wording give both English forms and the count as `n`:
`msg(("%n row was skipped.", "%n rows were skipped."), n=count)`; the translation files hold
the plural forms of each language (Arabic has six).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Union

CONTEXT = "messages"
VOCAB_CONTEXT = "vocab"

Template = Union[str, "tuple[str, str]"]


class Term(str):
    """A label from a vocabulary (English source text), translated with context "vocab"."""

    context = VOCAB_CONTEXT


class Message(str):
    """English text of a message, with the template and parameters it was made from."""

    template: str  # the translation key: the English template (the plural form for counts)
    singular: str | None
    params: dict

    def __new__(cls, template: Template, /, **params) -> "Message":
        singular = None
        if isinstance(template, tuple):
            singular, template = template
            if "n" not in params:
                raise TypeError("a message with plural forms needs its count as n=")
        chosen = singular if singular is not None and params.get("n") == 1 else template
        text = english(chosen, params)
        obj = super().__new__(cls, text)
        obj.template, obj.singular, obj.params = template, singular, dict(params)
        return obj

    def __reduce__(self):  # pickling (worker threads, multiprocessing) keeps the data
        template = (self.singular, self.template) if self.singular is not None else self.template
        return (_rebuild, (template, self.params))


def _rebuild(template, params):
    return Message(template, **params)


def msg(template: Template, /, **params) -> Message:
    """A message for the user: English template with `{name}` parameters (and `%n` counts)."""
    return Message(template, **params)


def term(label: str) -> Term:
    """A vocabulary label used inside a message, translated where the message is shown."""
    return Term(label)


def english_value(value) -> str:
    """How a parameter reads in English (the command line, logs, tests)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:,.2f}" if value != int(value) else f"{int(value):,}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10000 else str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def english(template: str, params: dict) -> str:
    text = template.replace("%n", english_value(params["n"])) if "n" in params else template
    return text.format(**{k: english_value(v) for k, v in params.items()})
