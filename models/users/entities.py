"""The users of an office and their roles (synced), and their PINs on this laptop (local only)."""
from __future__ import annotations

import peewee

from ..base import SyncModel
from ..db import BaseModel


class OfficeUser(SyncModel):
    """A person who uses PartnerDesk for an office, with a role (rules.ROLES). Synced, so that
    HQ knows the roles it checks arriving changes against and can assign them. Names are how
    changes are signed (`updated_by`), so a name is unique among an office's live users."""
    name = peewee.TextField()
    role = peewee.TextField(default="viewer")

    class Meta:
        table_name = "office_user"
        indexes = ((("office", "name"), False),)


class UserSecret(BaseModel):
    """A user's PIN or passphrase on this laptop, as an scrypt hash (never synced, never in
    plain): the user with id `user_id` signs in with it."""
    user_id = peewee.TextField(primary_key=True)
    secret = peewee.TextField()  # "scrypt$n$r$p$salt$hash" (hex)
    set_at = peewee.TextField()

    class Meta:
        table_name = "user_secret"


MODELS = [OfficeUser, UserSecret]
