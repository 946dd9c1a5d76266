"""Command line of PartnerDesk: argument parsing and dispatch to `models`, `reports`, `sync`, `ui`.

Each feature's commands live in one module, listed once in FEATURES below; a module defines
`register(commands, printers, listers)`: `commands` is the top-level subparsers object;
`printers` and `listers` are the subparsers of `print` and `list`.
Each parser sets `func=callable(args) -> int`. A DomainError becomes one clear line and exit 2;
so does an SQLite failure the person can act on (locked, read-only, disk full: models.db.explain).
"""
from __future__ import annotations

import argparse
import sys

import peewee

from models.db import SQL_ERRORS
from models.errors import DomainError
from models.version import version

from models import keystore

from . import (agreements, assessment, core, cycle, history, interchange, keys, secret_input, sync,
               users)
from .common import add_passphrase_fd, check_text

# The commands of each feature, in the order `--help` lists them.
FEATURES = (core, cycle, agreements, assessment, history, interchange, sync, users, keys)


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, pointing at --help."""

    def error(self, message):  # noqa: D401 - argparse API
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> Parser:
    parser = Parser(prog="partnerdesk", description="PartnerDesk: partnership management for "
                    "field offices that work offline.", epilog=secret_input.HELP + " A new "
                    f"passphrase: --new-passphrase-fd N or {secret_input.NEW_ENV}; a recovery "
                    f"key: --recovery-key-fd N or {secret_input.RECOVERY_ENV}.")
    parser.add_argument("--version", action="version", version=f"PartnerDesk {version()}")
    parser.add_argument("--db", help="database file (default: in your user data folder)")
    parser.add_argument("--lang", help="interface language: en, fr, es or ar")
    add_passphrase_fd(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    printer = commands.add_parser("print", help="print a document as PDF")
    printers = printer.add_subparsers(dest="what", metavar="DOCUMENT", required=True,
                                      parser_class=Parser)
    lister = commands.add_parser("list", help="list records")
    listers = lister.add_subparsers(dest="what", metavar="RECORDS", required=True,
                                    parser_class=Parser)
    for module in FEATURES:
        module.register(commands, printers, listers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        from .core import run_app
        func = run_app
    keystore.set_source(secret_input.source_for(args))
    try:
        check_text(args)
        return int(func(args) or 0)
    except DomainError as exc:
        print(f"partnerdesk: {exc}", file=sys.stderr)
        return 2
    except peewee.DoesNotExist:  # e.g. a document whose partner was not pulled yet
        print("partnerdesk: a record this one refers to is not in this database (not synced "
              "yet, or a dangling reference: `check` lists them).", file=sys.stderr)
        return 2
    except (*SQL_ERRORS, peewee.PeeweeException) as exc:
        from models.db import database_path, explain
        known = explain(exc, getattr(args, "db", None) or database_path() or "the database")
        if known is None:
            raise
        print(f"partnerdesk: {known}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `list ... | head`: the reader has what it wanted
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        from models.db import close_database
        close_database()
