"""The one definition of every synced column, and the checks every layer makes with it.

Derived, never written again: each feature lists its peewee models (`Feature.models`);
a column's kind, NOT NULL and default come from the peewee field, and what the feature declares
beyond the type (vocabularies, JSON shapes: `Feature.shapes`, models/shapes.py) is added to it.
HQ checks every field a device pushes with `problems()` (sync/server/merge.py), the device every
field it pulls (sync/apply.py), `check` every stored value (`stored_problems`), and reading a
stored value that breaks it reads as missing rather than raising (models/tolerant.py).

Values are checked in their stored (and wire) form: text, whole numbers, 0/1 flags, decimals
(a decimal string, or a JSON number from devices of before exact decimals), ISO dates, and JSON
values as their text. Each kind's check is built once per column, so a check costs a dict
lookup and a call or two (it runs on HQ's hot path, once per pushed field).
"""
from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Callable

import peewee

from . import shapes
from .base import JSONField, SyncModel

MAX_TEXT = 1024 * 1024  # characters in one text field
MAX_INT = 2 ** 53  # whole numbers stay exact in every JSON reader
MAX_DECIMAL = Decimal(10) ** 15
DECIMAL = re.compile(r"-?(?:\d{1,20}(?:\.\d{0,20})?|\.\d{1,20})(?:[eE][-+]?\d{1,3})?")
BAD_CHARS = re.compile("[\x00\ud800-\udfff]")  # NUL breaks C strings; a lone surrogate, UTF-8
NO_DEFAULT = object()
AUDIT = ("updated_at", "updated_by")


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    kind: str  # text | integer | boolean | decimal | date | json
    null: bool
    default: object  # the stored form of a constant default, or NO_DEFAULT
    required: bool  # NOT NULL without any default: a new row must carry a value
    check: Callable[[object], "str | None"] = field(repr=False, compare=False)
    shape: Callable | None = field(default=None, repr=False, compare=False)  # of a JSON value


def clean_text(value: str) -> bool:
    """No NUL and no lone surrogate (ASCII text, most of it, is checked without the regex)."""
    return "\x00" not in value if value.isascii() else not BAD_CHARS.search(value)


def _text(value) -> str | None:
    if type(value) is not str:
        return "must be text"
    if len(value) > MAX_TEXT:
        return f"is longer than {MAX_TEXT} characters"
    if not clean_text(value):
        return "contains a NUL character or a broken (lone surrogate) character"
    return None


def _integer(value) -> str | None:
    if type(value) is not int:
        return "must be a whole number"
    return None if -MAX_INT < value < MAX_INT else "is out of range (more than 2^53)"


def _boolean(value) -> str | None:
    return None if type(value) is int and value in (0, 1) else "must be 0 or 1"


def decimal_of(value) -> Decimal | None:
    """The exact value of a stored or pushed decimal, or None if it is not one."""
    kind = type(value)
    if kind is str:
        if len(value) > 48 or not DECIMAL.fullmatch(value):
            return None
        return Decimal(value)
    if kind is int:
        return Decimal(value)
    if kind is float and math.isfinite(value):
        return Decimal(repr(value))
    return None


def _decimal(value) -> str | None:
    number = decimal_of(value)
    if number is None:
        return "must be a decimal number written with digits, e.g. 1250.50"
    return None if abs(number) <= MAX_DECIMAL else "is out of range (more than 10^15)"


def _refuse_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def _json(shape: Callable) -> Callable:
    def check(value):
        if reason := _text(value):
            return "must be JSON text" if reason == "must be text" else reason
        try:
            parsed = json.loads(value, parse_constant=_refuse_constant)
        except (ValueError, RecursionError):
            return "is not valid JSON"
        return shape(parsed)
    return check


KIND_CHECKS = {"text": _text, "integer": _integer, "boolean": _boolean, "decimal": _decimal,
               "date": shapes.date_problem}


def _kind(model_field: peewee.Field) -> str:
    if isinstance(model_field, JSONField):
        return "json"
    if isinstance(model_field, peewee.BooleanField):
        return "boolean"
    if isinstance(model_field, (peewee.IntegerField, peewee.BigIntegerField)):
        return "integer"
    if isinstance(model_field, (peewee.FloatField, peewee.DecimalField)):
        return "decimal"
    if isinstance(model_field, peewee.DateField):
        return "date"
    return "text"  # TextField, CharField, ForeignKeyField (ids)


def _default(model_field: peewee.Field, kind: str):
    default = model_field.default
    if callable(default):
        if kind != "json":  # utc_now, uuid7: no constant default
            return NO_DEFAULT
        default = default()
    if default is None:
        return None if model_field.null else NO_DEFAULT
    stored = model_field.db_value(default)
    return int(stored) if isinstance(stored, bool) else stored


def _column(table: str, model_field: peewee.Field, rule) -> Column:
    kind = _kind(model_field)
    default = _default(model_field, kind)
    shape = None
    if kind == "json":
        container = list if isinstance(default, str) and default.startswith("[") else dict
        shape = rule or (shapes.list_of(shapes.anything) if container is list
                         else shapes.mapping())
        base, rule = _json(shape), None
    else:
        base = KIND_CHECKS[kind]
    null = model_field.null
    required = not null and model_field.default is None
    codes = getattr(rule, "codes", None)  # a vocabulary: a member is fine at once
    empty = None if null else "is required (it cannot be empty)"

    if kind == "text" and rule is None:  # most columns: the common case inline (HQ's hot path)
        def check(value):
            if type(value) is str and len(value) <= MAX_TEXT and (
                    "\x00" not in value if value.isascii() else not BAD_CHARS.search(value)):
                return None
            return empty if value is None else _text(value)
    else:
        def check(value):
            if value is None:
                return empty
            if codes is not None and type(value) is str and value in codes:
                return None
            reason = base(value)
            if reason is None and rule is not None:
                return rule(value)
            return reason
    return Column(table, model_field.column_name, kind, null, default, required, check, shape)


@functools.lru_cache(maxsize=1)
def columns() -> dict[str, dict[str, Column]]:
    """{table: {column: Column}} of every synced table, from the features' models."""
    from .features import FEATURES
    out: dict[str, dict[str, Column]] = {}
    for feature in FEATURES:
        for model in feature.models:
            if not issubclass(model, SyncModel):
                continue
            table = model._meta.table_name
            rules = feature.shapes.get(table, {})
            unknown = set(rules) - {f.column_name for f in model._meta.sorted_fields}
            if unknown:
                raise RuntimeError(f"{feature.name} declares shapes for unknown columns of "
                                   f"{table}: {sorted(unknown)}")
            out[table] = {f.column_name: _column(table, f, rules.get(f.column_name))
                          for f in model._meta.sorted_fields}
    return out


def problems(table: str, values: dict) -> dict[str, str]:
    """{field: reason} for every value of `values` (a row or part of one) that the column
    definitions of `table` refuse (a missing column is not a problem here: see `required`)."""
    defined = columns().get(table)
    if defined is None:
        return {"*": f"{table} is not a table PartnerDesk syncs"}
    found = {}
    get = defined.get
    for name, value in values.items():
        column = get(name)
        if column is None:
            found[name] = f"is not a field of {table}"
        elif (reason := column.check(value)) is not None:
            found[name] = reason
    return found


def describe(found: dict[str, str]) -> str:
    """Problems as one line for a person: 'legal_name is required; tags is not valid JSON'."""
    return "; ".join(f"{name} {reason}" if name != "*" else reason
                     for name, reason in sorted(found.items()))
