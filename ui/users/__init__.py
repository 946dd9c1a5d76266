"""People and roles in the window: signing in as one of the office's users at start, who is
signed in (status bar) and switching to another, the Users page (an administrator manages
the office's users there), and the actions a role does not allow disabled with the reason (the
models refuse them anyway: models/users)."""
from __future__ import annotations

from ..areas import Area
from .roles import refusal_text, role_label, user_text, with_roles
from .sign_in import SignInDialog, sign_in_at_start, switch_user


def _users():
    from . import area
    return area


USERS = Area(key="users", title="Users", load=_users,
             views=("users", "add_user", "change_role", "switch_user"))

__all__ = ["USERS", "SignInDialog", "sign_in_at_start", "switch_user", "refusal_text",
           "role_label", "user_text", "with_roles"]
