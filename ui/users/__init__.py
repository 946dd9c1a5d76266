"""People and roles in the window: signing in as one of the office's users at start, who is
signed in (status bar), and the actions a role does not allow disabled with the reason (the
models refuse them anyway: models/users)."""
from __future__ import annotations

from .roles import refusal_text, role_label, user_text, with_roles
from .sign_in import SignInDialog, sign_in_at_start

__all__ = ["SignInDialog", "sign_in_at_start", "refusal_text", "role_label", "user_text",
           "with_roles"]
