"""Cycle rules on partnership status changes (plugged into models.partnerships.save).

An active partnership needs a focal point and an agreement: the partnering agreement (phase iii)
done, or a signed agreement record made with one of its partners. A partner whose due
diligence was rejected blocks activation. (The focal point typed in the same form is checked by
partnerships.validate, which runs before the guards; here the stored one is checked.)
"""
from __future__ import annotations

from ..db import database
from ..directory import Partnership
from ..messages import Message, msg
from .records import CyclePhase


# A signed agreement made with one of the partnership's partners (one parameter: its id).
SIGNED_AGREEMENT_SQL = (
    "SELECT 1 FROM agreement a JOIN partnership_partner m ON m.partner_id = a.partner_id "
    "AND m.deleted = 0 WHERE m.partnership_id = ? AND a.deleted = 0 AND a.status = 'signed'")


def has_agreement(partnership_id: str) -> bool:
    done = CyclePhase.select().where((CyclePhase.partnership == partnership_id)
                                     & (CyclePhase.phase == "iii") & (CyclePhase.status == "done")
                                     & (CyclePhase.deleted == False)).exists()  # noqa: E712
    if done:
        return True
    return database.execute_sql(SIGNED_AGREEMENT_SQL + " LIMIT 1",
                                (partnership_id,)).fetchone() is not None


def rejected_members(partnership_id: str) -> list[str]:
    rows = database.execute_sql(
        "SELECT pr.legal_name FROM partnership_partner m JOIN partner pr ON pr.id = m.partner_id "
        "WHERE m.partnership_id = ? AND m.deleted = 0 AND pr.due_diligence_status = 'rejected' "
        "ORDER BY pr.legal_name", (partnership_id,)).fetchall()
    return [r[0] for r in rows]


def activation_problem(partnership: Partnership | None, *, check_focal_point: bool = False
                       ) -> Message | None:
    if partnership is None:
        return msg("A new partnership cannot start as active: save it as proposed, complete the "
                   "partnering agreement (cycle phase iii, Building), then activate it.")
    if check_focal_point and not partnership.focal_point_id:
        return msg("An active partnership needs a designated focal point; choose one first.")
    rejected = rejected_members(partnership.id)
    if rejected:
        return msg("{names} failed due diligence (unacceptable risk); remove them from the "
                   "partnership before activating it.", names=rejected)
    if not has_agreement(partnership.id):
        return msg("An active partnership needs an agreement: complete the partnering "
                   "agreement (cycle phase iii, Building) or record a signed agreement, then "
                   "activate it.")
    return None


def partnership_status_guard(partnership: Partnership | None,
                             new_status: str) -> Message | None:
    if new_status != "active":
        return None
    return activation_problem(partnership)
