"""Roles at HQ: a change that arrives by sync is refused when its author's role in the office
does not allow it (the same rule as on the laptop, models.users.rules); role_admin.py assigns them.

The author is the name the change carries (`updated_by`, which the capture triggers put in every
op since generator 2). The office's roles are HQ's copy of its `office_user` rows, so a role HQ
assigns counts at once, and reaches the office's laptops by the next sync. A refused change gets
the reason back in its ack (`x`), with HQ's values (`r`); the laptop sets it aside and lists it in
the Sync view, as any change HQ refuses.
"""
from __future__ import annotations

import json

from models import users
from models.directory import HQ_OFFICE
from sync.protocol import Op


class Roles:
    """The roles of the offices one batch touches, read once per office (forgotten when the
    batch itself changes a role)."""

    def __init__(self, tx):
        self.tx, self._offices = tx, {}

    def of(self, office: str) -> dict[str, str]:
        """{name: role} of the office's live users at HQ."""
        if office not in self._offices:
            found = {}
            for (data,) in self.tx.all("SELECT data FROM hq_row WHERE tbl = 'office_user' AND "
                                       "office = ? AND deleted = 0 ORDER BY seq", (office,)):
                row = json.loads(data)
                if isinstance(row.get("name"), str) and isinstance(row.get("role"), str):
                    found[row["name"]] = row["role"]
            self._offices[office] = found
        return self._offices[office]

    def forget(self) -> None:
        self._offices.clear()

    def refusal(self, op: Op, row: dict | None) -> str | None:
        """Why the author of `op` may not make it (row: HQ's copy, None when new), or None."""
        before = row["data"] if row else None
        office = row["office"] if row else str(op.fields.get("office") or op.office)
        team = self.of(office)
        if not team:  # an office without users has no rules (as on the laptop)
            return None
        author = str(op.fields.get("updated_by") or "")
        role = team.get(author) or self.of(HQ_OFFICE).get(author)
        action = users.rules.action_of(op.table, before, {**(before or {}), **op.fields})
        return users.rules.refusal(author or "?", role, action, office)

