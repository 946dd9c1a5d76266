"""Whether the acting user may do an action, on this laptop: the role looked up in the database
and asked of `rules`. `guard_write` runs before every save of a synced record (models/base.py),
so a rule holds whichever screen, command or function saves; the window asks `may` to disable
what a role cannot do, with the reason."""
from __future__ import annotations

from ..base import current_user
from ..db import database
from ..directory import HQ_OFFICE, settings
from ..errors import DomainError
from . import rules


def role_of(name: str, office: str) -> str | None:
    """`name`'s role in `office` (or, failing that, in the HQ pseudo-office), None if neither."""
    row = database.execute_sql(
        "SELECT role FROM office_user WHERE name = ? AND office IN (?, ?) AND deleted = 0 "
        "ORDER BY office = ? DESC, updated_at DESC LIMIT 1",
        (name, office, HQ_OFFICE, office)).fetchone()
    return row[0] if row else None


def has_users(office: str) -> bool:
    """Whether `office` has users (roles apply there); an office without any has no rules."""
    return bool(database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM office_user WHERE office = ? AND deleted = 0)",
        (office,)).fetchone()[0])


def refusal(action: str, office: str | None = None, user: str | None = None) -> str | None:
    """Why `user` (default: the acting user) may not do `action` in `office` (default: the home
    office), or None when allowed."""
    office = office or settings.home_office() or ""
    user = current_user() if user is None else user
    if not has_users(office):
        return None
    return rules.refusal(user, role_of(user, office), action, office)


def may(action: str, office: str | None = None, user: str | None = None) -> bool:
    return refusal(action, office, user) is None


def require(action: str, office: str | None = None) -> None:
    """Raise DomainError with the reason when the acting user may not do `action`."""
    if reason := refusal(action, office):
        raise DomainError(reason)


def _stored_status(table: str, row_id: str) -> dict | None:
    row = database.execute_sql(f'SELECT status FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    return {"status": row[0]} if row else None


def guard_write(record) -> None:
    """Refuse (DomainError) a save of `record` that the acting user's role does not allow."""
    table = record._meta.table_name
    office = record.office or ""
    if not has_users(office):
        return
    before = None
    if table in rules.APPROVALS and record.id:
        before = _stored_status(table, record.id)
    action = rules.action_of(table, before, {"status": getattr(record, "status", None)})
    user = current_user()
    if reason := rules.refusal(user, role_of(user, office), action, office):
        raise DomainError(reason)
