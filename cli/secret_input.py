"""How a passphrase (or a recovery key) reaches a command: never as an argument, where anyone on
the machine can read it with `ps`.

In this order: `--passphrase-fd N` (the first line read from file descriptor N, e.g.
`3< file` or a pipe from a password manager), the environment variable PARTNERDESK_PASSPHRASE,
then a prompt on the terminal (getpass, nothing echoed). Without a terminal and without either,
the command stops with one line saying how to give it. A new passphrase (`passphrase change`,
`passphrase recover`) comes the same way from `--new-passphrase-fd N`, PARTNERDESK_NEW_PASSPHRASE
or the terminal (asked twice); a recovery key from `--recovery-key-fd N`, PARTNERDESK_RECOVERY_KEY
or the terminal.
"""
from __future__ import annotations

import getpass
import os
import sys

from models import keystore
from models.errors import DomainError

ENV = keystore.ENV_NAME
NEW_ENV = "PARTNERDESK_NEW_PASSPHRASE"
RECOVERY_ENV = "PARTNERDESK_RECOVERY_KEY"
MAX_CHARS = 1024
HELP = (f"How the passphrase of an encrypted database is given: --passphrase-fd N (read from "
        f"file descriptor N), the {ENV} environment variable, or typed when asked; never on the "
        "command line.")

_read: dict[int, str] = {}  # a descriptor can be read once; a command may ask twice


def from_fd(fd: int, option: str) -> str:
    """The first line of descriptor `fd` (without its line end)."""
    if fd in _read:
        return _read[fd]
    try:
        with os.fdopen(os.dup(fd), "rb") as fh:
            line = fh.readline(MAX_CHARS * 4 + 2)
    except OSError as exc:
        raise DomainError(f"{option} {fd}: that file descriptor cannot be read "
                          f"({exc.strerror or exc}); open it, e.g. '{option} 3 3< FILE'.") from None
    try:
        text = line.decode("utf-8").rstrip("\r\n")
    except UnicodeDecodeError:
        raise DomainError(f"{option} {fd}: the passphrase is not valid UTF-8 text.") from None
    if not text:
        raise DomainError(f"{option} {fd}: nothing was read; write the passphrase on its first "
                          "line.")
    _read[fd] = text
    return text


def _terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _prompt(question: str) -> str:
    try:
        return getpass.getpass(question)
    except (EOFError, KeyboardInterrupt):
        raise DomainError("No passphrase was typed; nothing was changed.") from None


def ask_new(question: str) -> str:
    """A new passphrase typed twice on the terminal."""
    first = _prompt(question)
    if keystore.strength_problem(first) is None and _prompt("Type it again: ") != first:
        raise DomainError("The two passphrases differ; nothing was changed.")
    return first


def secret(fd: int | None, option: str, env: str, question: str, new: bool = False) -> str | None:
    """The secret from descriptor `fd`, else environment variable `env`, else the terminal."""
    if fd is not None:
        return from_fd(fd, option)
    if os.environ.get(env):
        return os.environ[env][:MAX_CHARS]
    if _terminal():
        return ask_new(question) if new else _prompt(question)
    return None


def source_for(args):
    """The passphrase source of a command (models/keystore.py asks it when a database needs)."""
    fd = getattr(args, "passphrase_fd", None)

    def source(request: keystore.Request) -> str | None:
        if request.purpose == "unlock":
            return secret(fd, "--passphrase-fd", ENV, f"Passphrase for {request.path}: ")
        if fd is None and not os.environ.get(ENV) and _terminal():
            print(f"{request.path} will be encrypted. Choose a passphrase of at least "
                  f"{keystore.MIN_LENGTH} characters (a few unusual words); it is asked whenever "
                  "the database is opened.", file=sys.stderr)
        return secret(fd, "--passphrase-fd", ENV, "New passphrase: ", new=True)
    return source
