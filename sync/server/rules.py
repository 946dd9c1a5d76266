"""Domain rules HQ checks again on ops from devices: status transitions of agreements and
programme documents (models/agreements_rules.py holds the flows; a device could be old or
tampered with)."""
from __future__ import annotations

from models.agreements.rules import AGREEMENT_FLOW, AMENDMENT_FLOW, EMERGENCY_PD_FLOW, PD_FLOW

TABLES = {"agreement", "programme_document"}


def _flow(table: str, data: dict) -> dict:
    if data.get("amendment_of"):
        return AMENDMENT_FLOW
    if table == "agreement":
        return AGREEMENT_FLOW
    return EMERGENCY_PD_FLOW if data.get("is_emergency") else PD_FLOW


def refusal(table: str, data: dict, fields: dict) -> str | None:
    """Why HQ refuses this change of an existing record, or None."""
    if table not in TABLES or "status" not in fields:
        return None
    old, new = data.get("status"), fields["status"]
    if old is None or old == new:
        return None
    merged = {**data, **fields}
    allowed = _flow(table, merged).get(old, ())
    if new not in allowed:
        what = "agreement" if table == "agreement" else "programme document"
        return (f"HQ refused to move this {what} from '{old}' to '{new}': allowed next "
                f"statuses are {', '.join(allowed) or 'none'}.")
    return None
