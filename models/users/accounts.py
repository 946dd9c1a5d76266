"""Managing an office's users (add, change role, remove, list) and signing in with a PIN.

A PIN or passphrase is kept only as an scrypt hash, on this laptop (UserSecret); the roles sync.
The first user of an office is its administrator, and its last administrator cannot be removed or
given another role, so an office is never left without someone who can manage its users.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from ..base import atomic, current_user, set_current_user
from ..directory import settings
from ..errors import DomainError, NotFound, ValidationError
from ..ids import utc_now
from ..messages import msg
from . import access, rules
from .entities import OfficeUser, UserSecret

# scrypt cost: about 50 ms a try on a field laptop, 16 MiB of memory (RFC 7914 interactive)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
MIN_SECRET, MAX_SECRET, MAX_NAME = 4, 200, 80


@dataclass(frozen=True)
class User:
    id: str
    office: str
    name: str
    role: str
    has_pin: bool


def hash_secret(secret: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def secret_matches(secret: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        found = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                               p=int(p), dklen=32)
    except (ValueError, TypeError):  # a damaged hash never signs anyone in
        return False
    return hmac.compare_digest(found.hex(), digest)


def secret_problem(secret: str) -> str | None:
    """Why a PIN or passphrase is not acceptable, or None."""
    if len(secret) < MIN_SECRET:
        return msg("A PIN has at least {n} characters; choose a longer one.", n=MIN_SECRET)
    if len(secret) > MAX_SECRET:
        return msg("A passphrase has at most {n} characters.", n=MAX_SECRET)
    if len(set(secret)) == 1 or secret in "0123456789" or secret in "9876543210":
        return msg("That PIN is too easy to guess (one digit repeated or a run); choose another.")
    return None


def _home(office: str | None) -> str:
    office = (office or settings.home_office() or "").strip().upper()
    if not office:
        raise DomainError(msg("Set up this laptop's office first (the first run, or 'join')."))
    return office


def _user(row: OfficeUser) -> User:
    return User(row.id, row.office, row.name, row.role,
                UserSecret.get_or_none(UserSecret.user_id == row.id) is not None)


def _find(name: str, office: str) -> OfficeUser | None:
    return (OfficeUser.live().where((OfficeUser.office == office)
                                    & (OfficeUser.name == name.strip()))
            .order_by(OfficeUser.updated_at.desc()).first())


def users(office: str | None = None) -> list[User]:
    """The live users of `office` (default: the home office), by name."""
    office = _home(office)
    return [_user(r) for r in OfficeUser.live().where(OfficeUser.office == office)
            .order_by(OfficeUser.name)]


def find(name: str, office: str | None = None) -> User | None:
    row = _find(name, _home(office))
    return _user(row) if row else None


def _check_role(role: str) -> None:
    if role not in rules.ROLES:
        raise ValidationError({"role": msg("The role is one of: {roles}.",
                                           roles=", ".join(rules.ROLES))})


def add_user(name: str, role: str, secret: str, office: str | None = None) -> User:
    """Add a user to the office (an administrator's action), with a PIN on this laptop. A user
    HQ assigned (known here without a PIN) is given the PIN. The first user of an office is its
    administrator whatever role was asked, so that someone can manage the others."""
    office, name = _home(office), " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": msg("Give the user's name.")})
    if len(name) > MAX_NAME:
        raise ValidationError({"name": msg("A name has at most {n} characters.", n=MAX_NAME)})
    _check_role(role)
    if problem := secret_problem(secret):
        raise ValidationError({"pin": problem})
    first = not access.has_users(office)
    if not first:
        access.require("manage_users", office)
    with atomic():
        row = _find(name, office)
        if row is None:
            clash = [u.name for u in users(office) if u.name.casefold() == name.casefold()]
            if clash:
                raise ValidationError({"name": msg("{name} is already a user of office {office}.",
                                                   name=clash[0], office=office)})
            row = OfficeUser(office=office, name=name, role="admin" if first else role)
            row.save(force_insert=True)
        elif UserSecret.get_or_none(UserSecret.user_id == row.id) is not None:
            raise ValidationError({"name": msg("{name} is already a user of office {office}; "
                                               "change the role instead.", name=name,
                                               office=office)})
        elif row.role != role:
            set_role(name, role, office)
        UserSecret.insert(user_id=row.id, secret=hash_secret(secret),
                          set_at=utc_now()).on_conflict_replace().execute()
        if first:  # the laptop's user becomes the administrator it just made
            settings.put("user_name", name)
            set_current_user(name)
    return _user(OfficeUser.get_by_id(row.id))


def _last_admin(row: OfficeUser) -> bool:
    return row.role == "admin" and not OfficeUser.live().where(
        (OfficeUser.office == row.office) & (OfficeUser.role == "admin")
        & (OfficeUser.id != row.id)).exists()


def _existing(name: str, office: str) -> OfficeUser:
    row = _find(name, office)
    if row is None:
        raise NotFound(msg("{name} is not a user of office {office}.", name=name, office=office))
    return row


def set_role(name: str, role: str, office: str | None = None) -> User:
    office = _home(office)
    _check_role(role)
    row = _existing(name, office)
    if row.role != role and _last_admin(row):
        raise DomainError(msg("{name} is the last office administrator of {office}; make "
                              "someone else administrator first.", name=name, office=office))
    row.role = role
    row.save()
    return _user(row)


def remove_user(name: str, office: str | None = None) -> None:
    office = _home(office)
    row = _existing(name, office)
    if _last_admin(row):
        raise DomainError(msg("{name} is the last office administrator of {office}; make "
                              "someone else administrator first.", name=name, office=office))
    with atomic():
        row.soft_delete()
        UserSecret.delete().where(UserSecret.user_id == row.id).execute()


def set_pin(name: str, secret: str, office: str | None = None) -> User:
    """Give `name` a new PIN on this laptop (an administrator's action: a forgotten PIN, or a
    user HQ assigned who has none here yet). The PIN stays on this laptop; nothing syncs."""
    office = _home(office)
    if problem := secret_problem(secret):
        raise ValidationError({"pin": problem})
    access.require("manage_users", office)  # UserSecret is local: no save guard asks this
    row = _existing(name, office)
    UserSecret.insert(user_id=row.id, secret=hash_secret(secret),
                      set_at=utc_now()).on_conflict_replace().execute()
    return _user(row)


def verify(name: str, secret: str, office: str | None = None) -> User:
    """The user `name` if `secret` is their PIN on this laptop; DomainError otherwise. A user
    without a PIN here (one HQ assigned) is given one by an administrator first; only the
    laptop's own user (setting `user_name`, who used it before there were users) needs none."""
    row = _find(name, _home(office))
    if row is None:
        raise NotFound(msg("{name} is not a user of this office.", name=name))
    stored = UserSecret.get_or_none(UserSecret.user_id == row.id)
    if stored is None:
        if row.name == settings.get("user_name"):  # the laptop's own user, as before PINs
            return _user(row)
        raise DomainError(msg("{name} has no PIN on this laptop yet; an office administrator "
                              "gives one with 'users add'.", name=name))
    if not secret_matches(secret or "", stored.secret):
        raise DomainError(msg("Wrong PIN for {name}; try again.", name=name))
    return _user(row)


def sign_in(name: str, secret: str, office: str | None = None) -> User:
    """Check the PIN and act as the user from now on (every change is stamped with the name)."""
    user = verify(name, secret, office)
    set_current_user(user.name)
    return user


def acting() -> User | None:
    """The acting user as a user of the home office, or None (no users, or not one of them)."""
    office = settings.home_office()
    return find(current_user(), office) if office else None
