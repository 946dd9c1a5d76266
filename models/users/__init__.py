"""People and roles: the users of an office, each with a role (viewer, editor, approver, office
administrator) and a PIN on the laptop, and the rule of what each role may do.

The public API: `rules` (roles, actions and the refusal, pure; HQ asks it too), `may`/`refusal`/
`require` (may the acting user do an action here), the user accounts (`users`, `add_user`,
`set_role`, `set_pin`, `remove_user`, `sign_in`, `verify`, `acting`), and the records.
"""
from __future__ import annotations

from ..feature import Feature
from . import demo, migrations, rules, shapes
from .access import may, refusal, require, role_of
from .access import guard_write as _guard_write
from .accounts import (User, acting, add_user, find, remove_user, secret_problem, set_pin,
                       set_role, sign_in, users, verify)
from .entities import MODELS, OfficeUser, UserSecret

__all__ = ["rules", "may", "refusal", "require", "role_of", "User", "acting", "add_user",
           "find", "remove_user", "secret_problem", "set_pin", "set_role", "sign_in", "users",
           "verify", "MODELS", "OfficeUser", "UserSecret", "FEATURE"]

FEATURE = Feature("users", migrations={14: migrations.up}, demo=demo.extend,
                  models=tuple(MODELS), shapes=shapes.SHAPES, write_guards=(_guard_write,))
