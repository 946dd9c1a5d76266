"""What a synced value may hold beyond its column type: vocabularies and the shape of JSON values.

A check is a function `value -> reason | None` (None: the value is fine). Features declare
theirs per column in `models/<feature>/shapes.py` with the builders below; models/columns.py
adds them to the column definitions derived from the peewee models, so that HQ, the device and
`check` refuse the same values with the same reasons. Reasons are short English phrases that
complete "<field> ..." ("must be one of ...", "item 2: activity must be text").
"""
from __future__ import annotations

import datetime as dt
import math
import re
from typing import Callable

Check = Callable[[object], "str | None"]
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(2999, 12, 31)
MOST_ITEMS = 10_000


def _listed(codes) -> str:
    shown = [c for c in codes if c][:8]
    more = len([c for c in codes if c]) - len(shown)
    return ", ".join(shown) + (f" (and {more} more)" if more > 0 else "")


def one_of(vocab, *, blank: bool = False) -> Check:
    """A code of `vocab` (a dict or any collection of codes); '' too when `blank`."""
    codes = frozenset(vocab) | ({""} if blank else frozenset())
    message = f"must be one of: {_listed(sorted(codes))}" + (" (or empty)" if blank else "")

    def check(value):
        return None if isinstance(value, str) and value in codes else message
    check.codes = codes  # for tests and for the check command's message
    return check


def date_problem(value) -> str | None:
    """An ISO date (YYYY-MM-DD) between 1900 and 2999: the dates PartnerDesk computes with."""
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        return "must be a date written YYYY-MM-DD"
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return f"is not a real date ({value})"
    if not FIRST_DAY <= day <= LAST_DAY:
        return f"must be a date between {FIRST_DAY.year} and {LAST_DAY.year}"
    return None


def text(value) -> str | None:
    return None if isinstance(value, str) or value is None else "must be text"


def number(value) -> str | None:
    """A finite JSON number (an amount inside a JSON value, e.g. a budget line)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "must be a number"
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    if abs(value) > 1e15:
        return "is out of range (more than 10^15)"
    return None


def flag(value) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


def scalar(value) -> str | None:
    """Text or a number (an indicator's baseline or target may be either)."""
    if value is None or isinstance(value, str):
        return None
    return number(value)


def day(value) -> str | None:
    """A date inside a JSON value; empty allowed (a budget line without a time frame)."""
    return None if value in (None, "") else date_problem(value)


def anything(_value) -> str | None:
    return None


def list_of(item: Check, most: int = MOST_ITEMS) -> Check:
    def check(value):
        if not isinstance(value, list):
            return "must be a list"
        if len(value) > most:
            return f"has more than {most} items"
        for i, element in enumerate(value, 1):
            if reason := item(element):
                return f"item {i} {reason}"
        return None
    return check


def record(**fields: Check) -> Check:
    """A JSON object whose known keys hold what `fields` says; other keys are kept as they are
    (a newer version may add some)."""
    def check(value):
        if not isinstance(value, dict):
            return "must be an object"
        for key, inner in fields.items():
            if key in value and (reason := inner(value[key])):
                return f"{key} {reason}" if not reason.startswith("item ") else f"{key}: {reason}"
        return None
    return check


def mapping(values: Check = anything, keys: Check | None = None) -> Check:
    """A JSON object of any keys (checked by `keys` when given) whose values pass `values`."""
    def check(value):
        if not isinstance(value, dict):
            return "must be an object"
        for key, inner in value.items():
            if keys is not None and (reason := keys(key)):
                return f"key '{key}' {reason}"
            if reason := values(inner):
                return f"{key} {reason}"
        return None
    return check


def codes(vocab) -> Check:
    """A list of codes of `vocab` (e.g. contribution types)."""
    return list_of(one_of(vocab))
