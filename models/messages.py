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
import re
from decimal import Decimal
from typing import Union

CONTEXT = "messages"
VOCAB_CONTEXT = "vocab"

Template = Union[str, "tuple[str, str]"]


class Term(str):
    """A label from a vocabulary (English source text), translated with context "vocab".

    `lower`: the label stands inside a sentence ("is Signed" reads "is signed"), so its first
    letter is lower case, in English and in the translation."""

    context = VOCAB_CONTEXT
    lower = False

    def __reduce__(self):
        return (_term, (str(self), self.lower, self.context))


def _term(label: str, lower: bool = False, context: str = VOCAB_CONTEXT) -> "Term":
    return term(label, lower=lower, context=context)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


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


def message_of(exc: BaseException) -> "Message | str":
    """The message an exception carries, keeping its template when it is a Message (str(exc)
    would give plain English)."""
    message = getattr(exc, "message", None)
    if isinstance(message, Message):
        return message
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Message) else str(exc)


def joined(parts) -> "Message | str":
    """Several messages read as one, separated by semicolons ("a; b; c")."""
    parts = [p for p in parts if p]
    if not parts:
        return ""
    found = parts[-1]
    for part in reversed(parts[:-1]):
        found = Message("{first}; {rest}", first=part, rest=found)
    return found


def term(label: str, *, lower: bool = False, context: str = VOCAB_CONTEXT) -> Term:
    """A vocabulary label used inside a message, translated where the message is shown
    (`lower`: within a sentence, first letter in lower case; `context`: where the label's
    translation is kept, "vocab" for the vocabularies, "cycle" for the partnering cycle's)."""
    found = Term(label)
    found.lower, found.context = lower, context
    return found


def status(table: dict, code: str | None) -> Term | str:
    """The label of `code` in a vocabulary (code -> English label), as it reads inside a
    sentence: "is {status}" gives "is signed" and, in French, "est signé"."""
    label = table.get(code) if code else None
    return term(label, lower=True) if label else (code or "")


def english_value(value) -> str:
    """How a parameter reads in English (the command line, logs, tests)."""
    if isinstance(value, Term):
        return lower_first(str(value)) if value.lower else str(value)
    if isinstance(value, (list, tuple)):  # names, fields, terms: "a, b, c"
        return ", ".join(english_value(v) for v in value)
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
    return fill(text, {k: english_value(v) for k, v in params.items()})


PLACEHOLDER = re.compile(r"\{\{|\}\}|\{(\w+)\}")


def fill(template: str, values: dict[str, str]) -> str:
    """`template` with each {name} replaced by values[name] ("{{" and "}}" are braces).

    Unlike str.format it reads no attribute or index ("{value.__class__}" stays as it is), so
    a template from elsewhere (a translation, a message HQ sent) can show nothing else; a name
    without a value raises KeyError."""
    def one(found: re.Match) -> str:
        if found.group(1) is None:
            return found.group(0)[0]
        return values[found.group(1)]
    return PLACEHOLDER.sub(one, template)
