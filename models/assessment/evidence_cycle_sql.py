"""Evidence SQL for the benchmarks that need partnering-cycle records (reviews, measured
results, exit strategies). Those tables belong to the partnering-cycle feature (migration m002)
and may be absent from a database: each function gets the optional tables present
({name: columns}) and returns the condition counted over the office's active partnerships
(alias p), or None when what it needs is missing, so the evidence says "not recorded".
"""
from __future__ import annotations

TABLE_PREFIXES = ("cycle_phase", "partnership_cycle", "partnership_review")
WITHIN_YEAR = "> date(:today, '-1 year') AND {col} <= :today"


def _has(tables: dict, table: str, *columns: str) -> bool:
    return table in tables and set(columns) <= tables[table]


def _share_of_active(condition: str) -> str:
    """The condition counted over the office's active partnerships (alias p)."""
    return f"({condition})"


def reviewed(tables: dict) -> str | None:
    """Active partnerships with a review in the last 12 months that records partner feedback."""
    if not _has(tables, "partnership_review", "partnership_id", "reviewed_on",
                "partner_feedback", "deleted"):
        return None
    col = "r.reviewed_on"
    return _share_of_active(
        "EXISTS (SELECT 1 FROM partnership_review r WHERE r.partnership_id = p.id "
        f"AND r.deleted = 0 AND {col} {WITHIN_YEAR.format(col=col)} "
        "AND trim(r.partner_feedback) != '')")


def measured(tables: dict) -> str | None:
    """Active partnerships whose phase viii (measuring) was completed in the last 12 months."""
    if not _has(tables, "cycle_phase", "partnership_id", "phase", "status", "completed_on",
                "deleted"):
        return None
    col = "c.completed_on"
    return _share_of_active(
        "EXISTS (SELECT 1 FROM cycle_phase c WHERE c.partnership_id = p.id AND c.phase = 'viii'"
        f" AND c.deleted = 0 AND c.status = 'done' AND {col} {WITHIN_YEAR.format(col=col)})")


def exit_strategy(tables: dict) -> str | None:
    """Active partnerships whose cycle summary records exit conditions."""
    if not _has(tables, "partnership_cycle", "partnership_id", "exit_conditions", "deleted"):
        return None
    return _share_of_active(
        "EXISTS (SELECT 1 FROM partnership_cycle e WHERE e.partnership_id = p.id "
        "AND e.deleted = 0 AND trim(e.exit_conditions) != '')")
