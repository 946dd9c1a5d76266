"""Sync-ready base model: UUIDv7 key, office scope, HQ version, audit fields and tombstone."""
from __future__ import annotations

import json

import peewee

from .db import BaseModel, database
from .ids import utc_now, uuid7

# Who is editing, stamped into updated_by. The application sets it from its settings.
_current_user = {"name": "local"}


def set_current_user(name: str) -> None:
    _current_user["name"] = name or "local"


def current_user() -> str:
    return _current_user["name"]


# Checks before every save of a synced record, installed from the features' write_guards by
# models/features.py (the users' roles): each raises DomainError to refuse the save.
WRITE_GUARDS: list = []


class JSONField(peewee.TextField):
    """JSON kept as compact, key-sorted text so that equal values compare equal across devices."""

    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def python_value(self, value):
        if value is None or value == "":
            return None
        return json.loads(value)


class SyncModel(BaseModel):
    id = peewee.TextField(primary_key=True, default=uuid7)
    office = peewee.TextField(index=True)
    version = peewee.IntegerField(default=0)
    updated_at = peewee.TextField(default=utc_now)
    updated_by = peewee.TextField(default="")
    deleted = peewee.BooleanField(default=False)

    def save(self, *args, **kwargs):
        for guard in WRITE_GUARDS:
            guard(self)
        self.updated_at = utc_now()
        self.updated_by = current_user()
        return super().save(*args, **kwargs)

    def soft_delete(self) -> None:
        """Tombstone the row: it stays in the database and the deletion syncs."""
        self.deleted = True
        self.save()

    @classmethod
    def live(cls):
        """Rows that are not tombstoned."""
        return cls.select().where(cls.deleted == False)  # noqa: E712


def assign(record: peewee.Model, values: dict) -> None:
    """Set fields from form values; None on a NOT NULL field becomes the field's default."""
    for key, value in values.items():
        field = record._meta.fields[key]
        if value is None and not field.null:
            value = field.default() if callable(field.default) else field.default
        setattr(record, key, value)


def get_or_not_found(model, record_id: str, message: str):
    """The record with this id (tombstoned ones included), or NotFound with `message`."""
    from .errors import NotFound
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise NotFound(message)
    return row


def atomic():
    """A transaction that takes the write lock when it begins. Two threads write (ui/workers.py);
    a deferred transaction that read first and then wrote would fail at once with "database is
    locked" if the other committed in between, where this one waits for it (busy_timeout)."""
    return database.atomic("IMMEDIATE")
