"""Who may do what: the roles of an office's users and the one rule that says whether a change
is allowed, asked alike on the laptop (every save, models/users/access.py) and at HQ for every
change that arrives by sync (sync/server/roles.py). Pure functions: no database here.

Roles build on each other: a viewer looks; an editor changes records; an approver also signs
agreements, programme documents and amendments, approves partnership reviews and the benchmark
self-assessment (submits it, acknowledges it); an office administrator also manages the office's
users. An office with no user yet has no rules (a database of before users existed, nobody is
locked out); its first user is its administrator. A role in the HQ pseudo-office counts in every
office (headquarters staff).
"""
from __future__ import annotations

from ..messages import msg, term

# code -> English label (translated with context "vocab", scripts/i18n.py)
ROLES: dict[str, str] = {
    "viewer": "Viewer",
    "editor": "Editor",
    "approver": "Approver",
    "admin": "Office administrator",
}
ACTIONS = ("edit", "approve", "manage_users")
ALLOWS: dict[str, frozenset[str]] = {
    "viewer": frozenset(),
    "editor": frozenset({"edit"}),
    "approver": frozenset({"edit", "approve"}),
    "admin": frozenset({"edit", "approve", "manage_users"}),
}
# Status values that are an approval: reaching one needs the "approve" action.
APPROVALS: dict[str, frozenset[str]] = {
    "agreement": frozenset({"signed"}),  # amendments are rows of these tables too
    "programme_document": frozenset({"signed"}),
    "assessment": frozenset({"submitted", "acknowledged"}),
}
# Tables whose every change is an approval or user management (pairs, not a dict: the
# translation collector takes the dicts of this module for vocabularies).
TABLE_ACTIONS = (("partnership_review", "approve"), ("office_user", "manage_users"))


def action_of(table: str, before: dict | None, after: dict) -> str:
    """The action a change of `table` from `before` (None: a new record) to `after` is."""
    for name, action in TABLE_ACTIONS:
        if name == table:
            return action
    status = after.get("status")
    if status in APPROVALS.get(table, ()) and (before is None or before.get("status") != status):
        return "approve"
    return "edit"


def allows(role: str | None, action: str) -> bool:
    return action in ALLOWS.get(role or "", frozenset())


def refusal(user: str, role: str | None, action: str, office: str, *,
            office_has_users: bool = True) -> str | None:
    """Why `user` (whose role in `office` is `role`, None when not a user there) may not do
    `action` in `office`, or None when allowed."""
    if not office_has_users or allows(role, action):
        return None
    if role is None:
        return msg("{user} is not a user of office {office}; an office administrator adds users "
                   "('users add'), or headquarters does.", user=user or "?", office=office)
    label = term(ROLES.get(role, role))
    if action == "manage_users":
        return msg("{user} (role: {role}) may not manage the users of office {office}; that needs "
                   "the office administrator role.", user=user, role=label, office=office)
    if action == "approve":
        return msg("{user} (role: {role}) may not sign or approve in office {office}; that needs "
                   "the approver or office administrator role.", user=user, role=label,
                   office=office)
    return msg("{user} (role: {role}) may not change the records of office {office}; that "
               "needs the editor, approver or office administrator role.", user=user, role=label, office=office)
