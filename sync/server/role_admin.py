"""HQ assigns an office's roles (`hq users role|remove|list`): rows of `office_user` written by
headquarters itself, which reach the office's laptops at their next sync."""
from __future__ import annotations

import json

from models import users
from models.directory import HQ_OFFICE
from models.errors import DomainError, NotFound, ValidationError
from models.ids import utc_now, uuid7

from .merge import Batch, Device, _load
from .roles import Roles


def office_users(store, office: str) -> list[tuple[str, str]]:
    """(name, role) of an office's users as HQ knows them."""
    with store.read() as tx:
        return sorted(Roles(tx).of(office.strip().upper()).items())


def assign(store, office: str, name: str, role: str | None) -> None:
    """Give `name` the role `role` in `office` (None: remove the user); written by headquarters
    itself, it reaches the office's laptops at their next sync."""
    office, name = office.strip().upper(), " ".join((name or "").split())
    if role is not None and role not in users.rules.ROLES:
        raise ValidationError({"role": f"The role is one of: {', '.join(users.rules.ROLES)}."})
    if not name:
        raise ValidationError({"name": "Give the user's name."})
    with store.write() as tx:
        if not tx.one("SELECT code FROM hq_office WHERE code = ?", (office,)):
            raise NotFound(f"Office {office} is not known at HQ ('hq office add').")
        found = [r[0] for r in tx.all("SELECT id, data FROM hq_row WHERE tbl = 'office_user' AND "
                                      "office = ? AND deleted = 0 ORDER BY seq", (office,))
                 if json.loads(r[1]).get("name") == name]
        if role is None and not found:
            raise NotFound(f"{name} is not a user of office {office}.")
        batch = Batch(tx, Device("hq", frozenset(), True))
        row_id = found[-1] if found else uuid7()
        row = _load(tx, "office_user", row_id) if found else None
        change = {"updated_at": utc_now(), "updated_by": HQ_OFFICE}
        if role is None:
            change["deleted"] = 1
        else:
            change.update(role=role, deleted=0)
        if row is None:
            change.update(office=office, name=name)
        if row is not None and role != "admin" and _last_admin(Roles(tx).of(office), name):
            raise DomainError(f"{name} is the last office administrator of {office}; make "
                              "someone else administrator first.")
        batch.write_row("office_user", row_id, row, change, HQ_OFFICE)
        batch.finish()


def _last_admin(team: dict[str, str], name: str) -> bool:
    return team.get(name) == "admin" and list(team.values()).count("admin") == 1
