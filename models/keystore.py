"""The keys of the databases unlocked in this process, and how a passphrase is asked for.

models/db.py opens every connection (peewee's, the sync's, the reader thread's) with the key
found here, so a passphrase is asked once per process and per database. Who asks is injected:
`set_source(fn)`; the command line reads a file descriptor, an environment variable or the
terminal (cli/secret_input.py), the window shows a dialog (ui/passphrase.py), the tests answer
with their own passphrase (tests/conftest.py). Without a source, a database that needs a
passphrase is refused with one line saying how to give it.

A new recovery key (at first, after a recovery) waits here until the database it belongs to is
open, then in that database (setting RECOVERY_UNSENT, encrypted with it) until HQ has its copy.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import crypto
from .crypto import Keys, WrongPassphrase
from .errors import DatabaseError
from .messages import msg

MIN_LENGTH = 10
RECOVERY_UNSENT = "crypto.recovery_unsent"  # setting: a recovery key HQ does not have yet
ENV_NAME = "PARTNERDESK_PASSPHRASE"  # read by the command line only (cli/secret_input.py)


class PassphraseNeeded(DatabaseError):
    """The database needs a passphrase and none was given (or the person cancelled)."""


@dataclass(frozen=True)
class Request:
    """What a passphrase source is asked: `purpose` is "unlock" (an encrypted database), "new"
    (a database being made) or "convert" (a database of before encryption, encrypted now)."""
    path: Path
    purpose: str


_lock = threading.Lock()
_keys: dict[Path, Keys] = {}
_unsent: dict[Path, str] = {}
_source: Callable[[Request], str | None] | None = None


def set_source(source: Callable[[Request], str | None] | None) -> None:
    """Who is asked for a passphrase from now on (None: nobody; refused with a message)."""
    global _source
    _source = source


def get_source():
    return _source


def cached(path: Path) -> Keys | None:
    with _lock:
        return _keys.get(path)


def forget(path: Path | None = None) -> None:
    """Drop the keys of `path` (every database when None) from this process."""
    with _lock:
        if path is None:
            _keys.clear()
            _unsent.clear()
        else:
            _keys.pop(path, None)


def _remember(path: Path, keys: Keys, recovery: str | None = None) -> Keys:
    with _lock:
        _keys[path] = keys
        if recovery:
            _unsent[path] = recovery
    return keys


def take_unsent_recovery(path: Path) -> str | None:
    """A recovery key made in this process for `path` and not yet kept in its database."""
    with _lock:
        return _unsent.pop(path, None)


def _ask(path: Path, purpose: str) -> str:
    answer = _source(Request(path, purpose)) if _source is not None else None
    if answer is None:
        if purpose == "unlock":
            raise PassphraseNeeded(msg(
                "{path} is encrypted: give its passphrase (the {env} environment variable, "
                "--passphrase-fd N, or type it when asked).", path=str(path), env=ENV_NAME))
        raise PassphraseNeeded(msg(
            "{path} needs a passphrase to protect it: give one (the {env} environment variable, "
            "--passphrase-fd N, or type it when asked); nothing was changed.",
            path=str(path), env=ENV_NAME))
    return answer


def unlock(path: Path, passphrase: str | None = None) -> Keys:
    """The keys of the encrypted database at `path`: cached, or from `passphrase`, or from the
    source. WrongPassphrase (one line) when it does not open the key file."""
    if passphrase is None and (keys := cached(path)) is not None:
        return keys
    sealed = crypto.read_key_file(path)
    if passphrase is None:
        passphrase = _ask(path, "unlock")
        if (keys := cached(path)) is not None:  # the source checked it (the window's dialog)
            return keys
    return _remember(path, crypto.open_with_passphrase(sealed, passphrase, path))


def strength_problem(passphrase: str) -> str | None:
    """Why `passphrase` is too weak to protect the data of an office, or None.

    Length first, then zxcvbn's estimate of how many guesses it takes (score 3: about 10^8, slow
    to try against scrypt). Its own feedback is English only, so the message is ours."""
    if len(passphrase) < MIN_LENGTH:
        return msg("The passphrase is too short: use at least {n} characters (three or four "
                   "words are easier to remember than symbols).", n=MIN_LENGTH)
    if not passphrase.strip():
        return msg("The passphrase cannot be only spaces.")
    from zxcvbn import zxcvbn
    if zxcvbn(passphrase[:100])["score"] < 3:
        return msg("The passphrase is too easy to guess: common words, names, dates, keyboard "
                   "rows and repeats are tried first. Add an unusual word or two.")
    return None


def _new_passphrase(path: Path, purpose: str, passphrase: str | None) -> str:
    passphrase = _ask(path, purpose) if passphrase is None else passphrase
    if problem := strength_problem(passphrase):
        raise WrongPassphrase(problem)
    return passphrase


def create(path: Path, passphrase: str | None = None, *, purpose: str = "new") -> Keys:
    """A new data key for the database about to be made (or encrypted) at `path`: the key file
    is written, the keys cached, the recovery key kept for the database."""
    passphrase = _new_passphrase(path, purpose, passphrase)
    keys, sealed, recovery = crypto.new_keys(passphrase)
    crypto.write_key_file(path, sealed)
    return _remember(path, keys, recovery)


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Wrap the data key of `path` with `new` (strength checked) once `old` opens it; only the
    key file changes."""
    sealed = crypto.read_key_file(path)
    keys = crypto.open_with_passphrase(sealed, old, path)
    if problem := strength_problem(new):
        raise WrongPassphrase(problem)
    crypto.write_key_file(path, crypto.rewrap(sealed, keys, new))
    _remember(path, keys)


def recover(path: Path, recovery_key: str, new: str) -> None:
    """Set a new passphrase with the recovery key HQ kept for this computer. The recovery key
    was read out to someone, so it is replaced; the new one goes to HQ at the next sync."""
    sealed = crypto.read_key_file(path)
    keys = crypto.open_with_recovery(sealed, recovery_key, path)
    if problem := strength_problem(new):
        raise WrongPassphrase(problem)
    sealed, recovery = crypto.new_recovery(crypto.rewrap(sealed, keys, new), keys)
    crypto.write_key_file(path, sealed)
    _remember(path, keys, recovery)


__all__ = ["ENV_NAME", "MIN_LENGTH", "PassphraseNeeded", "RECOVERY_UNSENT", "Request",
           "WrongPassphrase", "cached", "change_passphrase", "create", "forget", "recover",
           "set_source", "strength_problem", "take_unsent_recovery", "unlock"]
