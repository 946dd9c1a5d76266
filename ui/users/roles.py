"""What the window shows of the acting user's role: the status-bar text, and status actions a
role does not allow turned off with the reason (the rule is the models', asked here)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import users
from models.directory import settings

from ..messages import text


def role_label(role: str) -> str:
    return QCoreApplication.translate("vocab", users.rules.ROLES.get(role, role))


def user_text() -> tuple[str, str]:
    """(short, full) of who is signed in, for the status bar and its tooltip: ("Amina (Editor)",
    "Signed in: Amina (Editor)"); ("", "") when the office has no users. The short form keeps
    the status bar within a 1024-pixel window in every language."""
    if not settings.home_office() or not users.users():
        return "", ""
    me = users.acting()
    if me is None:
        full = QCoreApplication.translate("Users", "Not signed in as a user of this office: "
                                          "changes are refused")
        return full, full
    short = f"{me.name} ({role_label(me.role)})"
    return short, QCoreApplication.translate("Users", "Signed in: %1 (%2)").replace(
        "%1", me.name).replace("%2", role_label(me.role))


def refusal_text(action: str, office: str | None = None) -> str:
    """Why the acting user's role does not allow `action` in `office`, translated; "" if it does
    (for a disabled button's tooltip)."""
    refusal = users.refusal(action, office)
    return text(refusal) if refusal else ""


def with_roles(actions: list[tuple[str, bool, str]], record) -> list[tuple[str, bool, str]]:
    """`actions` ([(status, enabled, reason)] from the models) with those the acting user's role
    does not allow disabled, the reason given."""
    table, before = record._meta.table_name, {"status": record.status}
    out = []
    for action, enabled, reason in actions:
        what = users.rules.action_of(table, before, {"status": action})
        refusal = users.refusal(what, record.office)  # first: filling fields will not help
        out.append((action, False, text(refusal)) if refusal else (action, enabled, reason))
    return out
