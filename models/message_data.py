"""Messages (models/messages.py) as plain JSON data: to keep one in a text column (a refused
change's reason) or to send one over the wire (HQ's refusals), and to read it back, so that the
window still shows it in the person's language.

`to_data(message)` gives nested dicts, lists, numbers and strings; `from_data(data)` rebuilds
the Message, refusing anything it did not make (data that came over the network is checked: a
wrong shape gives None, never an exception). `stored(value)` / `restored(text)` do the same for
a text column: a plain string stays as it is, so older rows read as before.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation

from .messages import Message, Term, term

MAX_DEPTH = 6
MAX_TEXT = 4_000
MARK = '{"m":'  # how a stored message starts (a plain reason never does)


def to_data(value, depth: int = 0):
    if depth > MAX_DEPTH:
        return str(value)
    if isinstance(value, Message):
        data = {"m": value.template,
                "p": {k: to_data(v, depth + 1) for k, v in value.params.items()}}
        if value.singular is not None:
            data["s"] = value.singular
        return data
    if isinstance(value, Term):
        return {"t": str(value), "c": value.context, "l": bool(value.lower)}
    if isinstance(value, (list, tuple)):
        return {"list": [to_data(v, depth + 1) for v in value]}
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, Decimal):
        return {"dec": str(value)}
    if isinstance(value, dt.datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, (int, float)):
        return value
    return str(value)


class _Bad(ValueError):
    pass


def _text(value) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _Bad()
    return value


def _value(data, depth: int):
    if depth > MAX_DEPTH:
        raise _Bad()
    if data is None or isinstance(data, (bool, int, float)):
        return data
    if isinstance(data, str):
        return _text(data)
    if not isinstance(data, dict):
        raise _Bad()
    if "m" in data:
        return _message(data, depth)
    if "t" in data:
        return term(_text(data["t"]), lower=bool(data.get("l")),
                    context=_text(data.get("c", "vocab")))
    if "list" in data and isinstance(data["list"], list) and len(data["list"]) <= 200:
        return [_value(v, depth + 1) for v in data["list"]]
    try:
        if "dec" in data:
            return Decimal(_text(data["dec"]))
        if "dt" in data:
            return dt.datetime.fromisoformat(_text(data["dt"]))
        if "d" in data:
            return dt.date.fromisoformat(_text(data["d"]))
    except (InvalidOperation, ValueError):
        raise _Bad() from None
    raise _Bad()


def _message(data: dict, depth: int) -> Message:
    params = data.get("p", {})
    if not isinstance(params, dict) or len(params) > 50:
        raise _Bad()
    values = {_text(k): _value(v, depth + 1) for k, v in params.items()}
    template = _text(data["m"])
    if "s" in data:
        if not isinstance(values.get("n"), int):
            raise _Bad()
        template = (_text(data["s"]), template)
    try:
        return Message(template, **values)
    except (KeyError, TypeError):  # a placeholder without its value
        raise _Bad() from None


def from_data(data) -> Message | None:
    """The Message `data` describes, or None when it is not one to_data made."""
    try:
        return _message(data, 0) if isinstance(data, dict) and "m" in data else None
    except (_Bad, RecursionError):
        return None


def stored(value) -> str:
    """Text for a database column: a Message as JSON, anything else as it reads."""
    if isinstance(value, Message):
        return json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":"))
    return "" if value is None else str(value)


def restored(text: str | None):
    """What `stored` kept: the Message again, or the text as it is."""
    if isinstance(text, str) and text.startswith(MARK):
        try:
            found = from_data(json.loads(text))
        except ValueError:
            found = None
        if found is not None:
            return found
    return text
