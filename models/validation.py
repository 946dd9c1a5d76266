"""Small checks shared by the record rules; each returns a message for the user, or None."""
from __future__ import annotations

import datetime as dt
import re

from .messages import Message, message_of, msg

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def required(value, what: Message) -> Message | None:
    """`what` names the field as a sentence starts it: msg("The title")."""
    if value is None or (isinstance(value, str) and not value.strip()) or value == []:
        return msg("{what} is required.", what=what)
    return None


def email(value: str | None) -> Message | None:
    if value and not EMAIL.match(value.strip()):
        return msg("'{value}' is not an e-mail address; write it as name@example.org.",
                   value=value)
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
        raise ValueError(msg("'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.",
                             value=str(value)))


def date_field(data: dict, key: str, errors: dict) -> dt.date | None:
    try:
        return to_date(data.get(key))
    except ValueError as exc:
        errors[key] = message_of(exc)
        return None


def not_future(value: dt.date | None, what: Message) -> Message | None:
    if value and value > dt.date.today():
        return msg("{what} cannot be in the future ({day}).", what=what, day=value)
    return None


def start_before_end(start: dt.date | None, end: dt.date | None,
                     end_what: Message) -> Message | None:
    if start and end and end < start:
        return msg("{what} ({end}) is before the start date ({start}); move it after the start.",
                   what=end_what, end=end, start=start)
    return None


def check_officers(officers, errors: dict) -> None:
    """Each authorised officer has a name, a title and (if any) a valid e-mail address."""
    for i, officer in enumerate(officers or [], 1):
        if not (officer.get("name") or "").strip() or not (officer.get("title") or "").strip():
            errors["authorised_officers"] = msg("Authorised officer {i} needs a name and a "
                                                "title.", i=i)
        elif problem := email(officer.get("email")):
            errors["authorised_officers"] = msg("Authorised officer {i}: {problem}", i=i,
                                                problem=problem)
