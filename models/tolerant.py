"""Reading a malformed stored value never raises: it reads as missing, and `check` reports it.

A value that breaks its column's definition (models/columns.py) can sit in a database: written
by raw SQL or another tool, synced before HQ checked values, or left by a bug. Printing, alerts
and windows read records through the peewee fields, so each synced field's reader is wrapped
once here (models/features.py calls `harden()` when the features are listed): bad JSON, a JSON
value of the wrong shape, an impossible date, text or an absurd number where a number belongs
read as missing: None, or the column's default where the column cannot be NULL (an empty list,
0). Text columns, vocabularies included, are read as they are (an unknown code shows as itself).
"""
from __future__ import annotations

import copy
import datetime as dt
import json

import peewee

from . import columns
from .shapes import date_problem


def _missing(column: columns.Column):
    if column.null or column.default is columns.NO_DEFAULT:
        return None
    if column.kind == "json":  # a fresh list or dict each time, as the field's default gives
        return copy.deepcopy(json.loads(column.default))
    return column.default


def _json_reader(column: columns.Column):
    def read(value):
        if value is None or value == "":
            return None
        try:
            parsed = json.loads(value)
        except (TypeError, ValueError, RecursionError):
            return _missing(column)
        return parsed if column.shape(parsed) is None else _missing(column)
    return read


def _date_reader(column: columns.Column):
    def read(value):
        if value is None or isinstance(value, dt.date):
            return value.date() if isinstance(value, dt.datetime) else value
        if date_problem(value) is None:
            return dt.date.fromisoformat(value)
        return _missing(column)
    return read


def _checked_reader(column: columns.Column, original):
    check = columns.KIND_CHECKS[column.kind]

    def read(value):
        if value is None:
            return None
        if check(value) is not None:
            return _missing(column)
        return original(value)
    return read


def reader(column: columns.Column, original):
    """The tolerant reader of a field whose peewee reader is `original`, or None (text)."""
    if column.kind == "json":
        return _json_reader(column)
    if column.kind == "date":
        return _date_reader(column)
    if column.kind in ("integer", "boolean", "decimal"):
        return _checked_reader(column, original)
    return None


def harden(models) -> None:
    """Wrap the readers of the synced fields of `models` (once; idempotent)."""
    defined = columns.columns()
    for model in models:
        table = defined.get(model._meta.table_name)
        if table is None:
            continue
        for field in model._meta.sorted_fields:
            if getattr(field, "_pd_tolerant", False) or field.column_name not in table:
                continue
            read = reader(table[field.column_name], field.python_value)
            if read is not None:
                field.python_value = read
            field._pd_tolerant = True


def day(value) -> dt.date | None:
    """A date read by SQL (alerts, dashboards), or None when it is missing or malformed (such a
    row cannot be judged by its date; `check` reports it)."""
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    return dt.date.fromisoformat(value) if date_problem(value) is None else None


def related(record, name: str):
    """The record that `record.<name>` refers to, or None when that record is not in this
    database (pulled before its parent, or a dangling reference `check` reports)."""
    try:
        return getattr(record, name)
    except peewee.DoesNotExist:
        return None
