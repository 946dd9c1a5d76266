"""The rule HQ holds synced history to: a status change, once recorded, is never edited or
deleted (only inserted), so that it means the same on every device and never conflicts."""
from __future__ import annotations

from ..messages import msg

# What a recorded change says; the sync columns (version, audit stamp) are HQ's and the device's.
FIXED = ("office", "record_table", "record_id", "from_status", "to_status", "reason",
         "changed_by", "changed_at")


def edit_refusal(table: str, before: dict, after: dict) -> str | None:
    """For HQ: why a synced change of an existing row edits the history, or None. Works on plain
    rows (the stored one and the row after the change). A value still missing may be filled in
    (an insert that arrives in parts); a recorded one may not change."""
    if table != "status_change":
        return None
    changed = [f for f in FIXED if before.get(f) not in (None, "")
               and after.get(f, before.get(f)) != before.get(f)]
    if changed or (after.get("deleted") == 1 and before.get("deleted") != 1):
        return msg("The status history is never edited or deleted; a status change that was a "
                   "mistake is corrected by a new status change.")
    return None
