"""Drafts: what the user typed and has not saved, kept in the database so a crash loses nothing."""
from __future__ import annotations

import json

import peewee

from .db import BaseModel
from .ids import utc_now


class Draft(BaseModel):
    """Unsaved form contents, written as the user types, so a crash loses nothing."""
    key = peewee.TextField(primary_key=True)  # form kind + record id
    payload = peewee.TextField()
    saved_at = peewee.TextField()


def save(key: str, payload: dict) -> None:
    Draft.insert(key=key, payload=json.dumps(payload, ensure_ascii=False, default=str),
                 saved_at=utc_now()).on_conflict_replace().execute()


def load(key: str) -> tuple[dict, str] | None:
    """(payload, saved_at) of the draft under `key`, or None."""
    row = Draft.get_or_none(Draft.key == key)
    if row is None:
        return None
    try:
        return json.loads(row.payload), row.saved_at
    except ValueError:
        return None


def discard(key: str) -> None:
    Draft.delete().where(Draft.key == key).execute()
