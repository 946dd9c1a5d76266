"""Evidence SQL for the benchmarks that read partnering-cycle records (reviews, measured results,
exit strategies): each is the condition counted over the office's active partnerships (alias p).
"""
from __future__ import annotations

WITHIN_YEAR = "> date(:today, '-1 year') AND {col} <= :today"

# Active partnerships with a review in the last 12 months that records partner feedback.
REVIEWED = ("(EXISTS (SELECT 1 FROM partnership_review r WHERE r.partnership_id = p.id "
            f"AND r.deleted = 0 AND r.reviewed_on {WITHIN_YEAR.format(col='r.reviewed_on')} "
            "AND trim(r.partner_feedback) != ''))")

# Active partnerships whose phase viii (measuring) was completed in the last 12 months.
MEASURED = ("(EXISTS (SELECT 1 FROM cycle_phase c WHERE c.partnership_id = p.id AND "
            "c.phase = 'viii' AND c.deleted = 0 AND c.status = 'done' AND c.completed_on "
            f"{WITHIN_YEAR.format(col='c.completed_on')}))")

# Active partnerships whose cycle summary records exit conditions.
EXIT_STRATEGY = ("(EXISTS (SELECT 1 FROM partnership_cycle e WHERE e.partnership_id = p.id "
                 "AND e.deleted = 0 AND trim(e.exit_conditions) != ''))")
