"""Exit strategy of a partnership (seed para. 60): planned lifespan, evaluation date, exit conditions."""
from __future__ import annotations

import datetime as dt

from ..base import atomic
from ..directory import partnerships
from ..errors import ValidationError
from ..validation import date_field
from ..messages import msg
from .ops import refresh_summary, summary
from .rules import add_months

MAX_MONTHS = 240


def validate(data: dict) -> dict[str, str]:
    errors: dict[str, str] = {}
    months = data.get("lifespan_months")
    try:
        months = int(str(months).strip())
        if not 1 <= months <= MAX_MONTHS:
            raise ValueError
    except (TypeError, ValueError):
        errors["lifespan_months"] = msg("Give the planned lifespan in months, from 1 to "
                                        "{most} (e.g. 36 for three years).", most=MAX_MONTHS)
    due = date_field(data, "evaluation_due", errors)
    if due is None and "evaluation_due" not in errors:
        errors["evaluation_due"] = msg("Give the date of the evaluation that decides whether "
                                       "the partnership continues.")
    if not (data.get("exit_conditions") or "").strip():
        errors["exit_conditions"] = msg("Describe the exit conditions: when and how the "
                                        "partnership ends or is handed over.")
    return errors


def save(partnership_id: str, data: dict, *, today: dt.date | None = None) -> dict:
    """Save the exit strategy; the lifespan runs from the partnership's start date (or today)."""
    errors = validate(data)
    if errors:
        raise ValidationError(errors)
    row = partnerships.get(partnership_id)
    start = row.start_date or today or dt.date.today()
    if isinstance(start, str):
        start = dt.date.fromisoformat(start)
    months = int(str(data["lifespan_months"]).strip())
    due = date_field(data, "evaluation_due", {})
    end = add_months(start, months)
    if due > end:
        raise ValidationError({"evaluation_due": msg(
            "The evaluation ({due}) must come before the end of the planned lifespan ({end}), "
            "so that it can decide on continuation.", due=due, end=end)})
    with atomic():
        cyc = refresh_summary(row)
        cyc.lifespan_months, cyc.lifespan_end = months, end
        cyc.evaluation_due, cyc.exit_conditions = due, data["exit_conditions"].strip()
        cyc.save()
    return {"lifespan_months": months, "lifespan_end": end, "evaluation_due": due,
            "exit_conditions": cyc.exit_conditions}


def get(partnership_id: str) -> dict:
    cyc = summary(partnership_id)
    if cyc is None:
        return {"lifespan_months": None, "lifespan_end": None, "evaluation_due": None,
                "exit_conditions": ""}
    return {"lifespan_months": cyc.lifespan_months, "lifespan_end": cyc.lifespan_end,
            "evaluation_due": cyc.evaluation_due, "exit_conditions": cyc.exit_conditions}
