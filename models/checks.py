"""`check` command: SQLite's integrity check, every stored value against its column's
definition, and the invariants of every feature.

Each feature's `checks` hook (models/feature.py) returns the invariants broken in the open
database, one line each.
"""
from __future__ import annotations

from .db import database


def listed(refs: list[str], limit: int = 20) -> str:
    """References for a problem line: the first `limit`, then how many more."""
    return ", ".join(refs[:limit]) + (f" and {len(refs) - limit} more" if len(refs) > limit
                                      else "")


def integrity() -> list[str]:
    rows = database.execute_sql("PRAGMA integrity_check").fetchall()
    problems = [r[0] for r in rows if r[0] != "ok"]
    problems += [f"foreign key: {r[0]} row {r[1]} points to a missing {r[2]}"
                 for r in database.execute_sql("PRAGMA foreign_key_check").fetchall()]
    return problems


LABELS = ("reference", "code", "legal_name", "name", "title")


def values() -> list[str]:
    """Every stored value that breaks its column's definition (models/columns.py): the checks
    HQ makes on what devices send. One line per column and reason, naming the records."""
    from .columns import columns
    problems = []
    for table, defined in columns().items():
        names = list(defined)
        label = next((c for c in LABELS if c in defined), "id")
        cursor = database.execute_sql(
            f'SELECT "{label}", {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{table}"')
        checks = [defined[n].check for n in names]
        found: dict[tuple[str, str], list[str]] = {}
        for row in cursor:
            for name, check, value in zip(names, checks, row[1:]):
                if (reason := check(value)) is not None:
                    found.setdefault((name, reason), []).append(str(row[0]))
        problems += [f"{table}.{name} {reason}: {listed(refs)}"
                     for (name, reason), refs in sorted(found.items())]
    return problems


def invariants() -> list[str]:
    from .features import FEATURES
    problems = []
    for feature in FEATURES:
        if feature.checks is not None:
            problems.extend(feature.checks())
    return problems


def run() -> list[str]:
    return integrity() + values() + invariants()
