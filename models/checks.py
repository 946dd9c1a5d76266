"""`check` command: SQLite's integrity check plus the invariants of every feature.

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


def invariants() -> list[str]:
    from .features import FEATURES
    problems = []
    for feature in FEATURES:
        if feature.checks is not None:
            problems.extend(feature.checks())
    return problems


def run() -> list[str]:
    return integrity() + invariants()
