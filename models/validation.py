"""Small checks shared by the record rules; each returns a message for the user, or None."""
from __future__ import annotations

import datetime as dt
import re

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def required(value, what: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        return f"{what} is required."
    return None


def email(value: str | None) -> str | None:
    if value and not EMAIL.match(value.strip()):
        return f"'{value}' is not an e-mail address; write it as name@example.org."
    return None


def to_date(value) -> dt.date | None:
    """Accept a date or ISO text; raise ValueError with a readable message otherwise."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.")


def date_field(data: dict, key: str, errors: dict) -> dt.date | None:
    try:
        return to_date(data.get(key))
    except ValueError as exc:
        errors[key] = str(exc)
        return None


def not_future(value: dt.date | None, what: str) -> str | None:
    if value and value > dt.date.today():
        return f"{what} cannot be in the future ({value.isoformat()})."
    return None


def start_before_end(start: dt.date | None, end: dt.date | None, end_what: str) -> str | None:
    if start and end and end < start:
        return (f"{end_what} ({end.isoformat()}) is before the start date "
                f"({start.isoformat()}); move it after the start.")
    return None
