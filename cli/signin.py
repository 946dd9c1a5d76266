"""Who a command acts as, when the office has users: PARTNERDESK_USER (default: the laptop's own
user) with the PIN from PARTNERDESK_PIN or asked on the terminal, never as an argument (a
command line is visible to every process of the machine and kept in shell history)."""
from __future__ import annotations

import getpass
import os
import sys

from models import users
from models.base import current_user
from models.directory import settings
from models.errors import DomainError

USER_VARIABLE, PIN_VARIABLE, NEW_PIN_VARIABLE = "PARTNERDESK_USER", "PARTNERDESK_PIN", \
    "PARTNERDESK_NEW_PIN"
HELP = (f"When the office has users, a command acts as ${USER_VARIABLE} (default: this laptop's "
        f"own user) and reads that user's PIN from ${PIN_VARIABLE}, or asks for it on a "
        f"terminal; a new user's PIN comes from ${NEW_PIN_VARIABLE} or is asked twice.")


def _ask(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        return None


def act_as_environment_user() -> None:
    """Sign the command in as the user the environment names (PIN checked), or stay the
    laptop's own user; nothing to do in an office without users."""
    office = settings.home_office()
    if not office or not users.users(office):
        return
    name = (os.environ.get(USER_VARIABLE) or "").strip() or current_user()
    user = users.find(name, office)
    if user is None:
        if os.environ.get(USER_VARIABLE):
            raise DomainError(f"{name} is not a user of office {office} (${USER_VARIABLE}); "
                              "'users list' shows who is.")
        return  # the laptop's user is not one of the office's: it may look, every change refused
    pin = os.environ.get(PIN_VARIABLE)
    if pin is None and user.has_pin:
        pin = _ask(f"PIN for {name}: ")
        if pin is None:
            raise DomainError(f"{name} signs in with a PIN: set ${PIN_VARIABLE}, or run the "
                              "command in a terminal to be asked for it.")
    users.sign_in(name, pin or "", office)


def new_pin(name: str) -> str:
    """A new user's PIN: $PARTNERDESK_NEW_PIN, or typed twice on the terminal."""
    pin = os.environ.get(NEW_PIN_VARIABLE)
    if pin is not None:
        return pin
    first = _ask(f"New PIN or passphrase for {name}: ")
    if first is None:
        raise DomainError(f"Give {name}'s PIN in ${NEW_PIN_VARIABLE}, or run the command in a "
                          "terminal to type it.")
    if _ask("The same again: ") != first:
        raise DomainError("The two PINs differ; nothing was changed. Try again.")
    return first
