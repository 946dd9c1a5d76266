"""The status rules of agreements and programme documents, asked by every layer alike.

The flows (which status may follow which), which changes need a justification, what may be
amended and under which agreements a new programme document may go. The window enables its
buttons with these functions, the command line checks its arguments with them, the models
refuse with them and HQ validates synced status changes with them. The guards that need other
records and the transitions themselves are in `transitions`.

How each rule was decided (DOMAIN.md section 4; eTools, unicef/etools, where DOMAIN.md is silent):
- A reason in words is needed to cancel, and only to cancel: eTools requires
  `cancel_justification` on a cancelled PD (partners/validation/interventions.py
  `transition_to_cancelled`, intervention_permissions.csv); suspending asks for nothing and
  terminating asks for the termination document (a guard), not a sentence.
- An agreement is amended while signed (eTools agreement_permissions.csv: amendments editable in
  Signed only); a programme document while signed or active (intervention_permissions.csv:
  amendments editable in Signed and Active). A suspended record is resumed first. One draft
  amendment at a time (eTools: one amendment in progress per kind).
- A new programme document goes under a draft or signed PCA or SSFA, never an MoU (eTools'
  window, unicef/etools-partnership-management intervention-new.ts, offers no suspended or
  terminated agreement and no MoU; ended and cancelled agreements are not in force either).
"""
from __future__ import annotations

from ..messages import Message, msg, status
from .entities import Agreement
from .vocab import AGREEMENT_STATUSES, PD_STATUSES

AGREEMENT_FLOW = {
    "draft": ("signed",),
    "signed": ("suspended", "ended", "terminated"),
    "suspended": ("signed", "terminated"),
    "ended": (), "terminated": (), "cancelled": (),
}
PD_FLOW = {
    "draft": ("review", "cancelled"),
    "review": ("draft", "signature", "cancelled"),
    "signature": ("review", "signed", "cancelled"),
    "signed": ("active", "suspended", "terminated"),
    "active": ("ended", "suspended", "terminated"),
    "suspended": ("active", "terminated"),
    "ended": ("closed",),
    "closed": (), "terminated": (), "cancelled": (),
}
EMERGENCY_PD_FLOW = {**PD_FLOW, "draft": ("signed", "review", "cancelled")}
AMENDMENT_FLOW = {"draft": ("signed", "cancelled"), "signed": (), "cancelled": ()}
LIVE_PD = ("signed", "active", "suspended")
REASON_REQUIRED = frozenset({"cancelled"})
AMENDABLE = {"agreement": ("signed",), "programme_document": ("signed", "active")}
TAKES_NEW_PD = ("draft", "signed")  # agreement statuses a new programme document may go under
NOT_YET_SIGNED = ("draft", "review", "signature")


def flow(obj) -> dict:
    if obj.amendment_of:
        return AMENDMENT_FLOW
    if isinstance(obj, Agreement):
        return AGREEMENT_FLOW
    return EMERGENCY_PD_FLOW if obj.is_emergency else PD_FLOW


def reason_required(action: str) -> bool:
    """Whether moving to status `action` needs a justification in words (kept as its reason)."""
    return action in REASON_REQUIRED


def amendments(record) -> list:
    """Every amendment of `record` (draft, signed, cancelled), oldest first."""
    model = type(record)
    return list(model.live().where(model.amendment_of == record.id)
                .order_by(model.amendment_number))


def open_amendment(record):
    """The draft amendment of `record`, or None."""
    return next((a for a in amendments(record) if a.status == "draft"), None)


def _status(record) -> Message | str:
    return status(AGREEMENT_STATUSES if isinstance(record, Agreement) else PD_STATUSES,
                  record.status)


def amendable_status_refusal(record) -> Message | None:
    """Why a record in its current status takes no amendment, or None (status alone)."""
    if record.status in AMENDABLE[record._meta.table_name]:
        return None
    if record.status in NOT_YET_SIGNED:
        return msg("{reference} is {status}; only a signed record is amended. Edit the draft "
                   "directly instead.", reference=record.reference, status=_status(record))
    if record.status == "suspended":
        return msg("{reference} is suspended; resume it before amending it.",
                   reference=record.reference)
    return msg("{reference} is {status}; it can no longer be amended.",
               reference=record.reference, status=_status(record))


def amend_refusal(record) -> Message | None:
    """Why no amendment of `record` may be started now, or None when one may."""
    if record.amendment_of:
        return msg("This is already an amendment; amend the signed record instead.")
    if problem := amendable_status_refusal(record):
        return problem
    if (draft := open_amendment(record)) is not None:
        return msg("Amendment {reference} is still a draft; sign or cancel it before starting "
                   "another.", reference=draft.reference)
    return None


def can_amend(record) -> bool:
    """Whether an amendment of `record` may be started now (`amend_refusal` says why not)."""
    return amend_refusal(record) is None


def add_pd_refusal(agreement) -> Message | None:
    """Why no new programme document may go under `agreement`, or None when one may."""
    if agreement.amendment_of:
        return msg("{reference} is an amendment; add programme documents to the signed "
                   "agreement it amends.", reference=agreement.reference)
    if agreement.agreement_type == "mou":
        return msg("An MoU is non-financial and has no programme documents; choose a PCA or an "
                   "SSFA.")
    if agreement.status == "suspended":
        return msg("Agreement {reference} is suspended; resume it before adding a programme "
                   "document.", reference=agreement.reference)
    if agreement.status not in TAKES_NEW_PD:
        return msg("Agreement {reference} is {status}; a new programme document needs an "
                   "agreement in force.", reference=agreement.reference,
                   status=_status(agreement))
    return None


def can_add_pd(agreement) -> bool:
    """Whether a new programme document may go under `agreement` (`add_pd_refusal` says why)."""
    return add_pd_refusal(agreement) is None


def status_change_refusal(table: str, before: dict, after: dict) -> Message | None:
    """For HQ: why a synced change of `status` is not a possible transition, or None.

    Works on plain rows (the stored row and the row after the change), without the database;
    the guards that need other records run where the change is made.
    """
    old, new = before.get("status"), after.get("status", before.get("status"))
    if old is None or old == new or table not in ("agreement", "programme_document"):
        return None
    if after.get("amendment_of", before.get("amendment_of")):
        allowed = AMENDMENT_FLOW.get(old, ())
    elif table == "agreement":
        allowed = AGREEMENT_FLOW.get(old, ())
    else:
        emergency = after.get("is_emergency", before.get("is_emergency"))
        allowed = (EMERGENCY_PD_FLOW if emergency else PD_FLOW).get(old, ())
    reference = before.get("reference", table)
    statuses = AGREEMENT_STATUSES if table == "agreement" else PD_STATUSES
    if new not in allowed:
        return msg("{reference} cannot go from {old} to {new} (possible: {options}).",
                   reference=str(reference), old=status(statuses, str(old)),
                   new=status(statuses, str(new)),
                   options=[status(statuses, a) for a in allowed] or msg("none"))
    if reason_required(new) and not str(after.get("status_reason") or "").strip():
        return msg("{reference} cannot become {new} without a justification.",
                   reference=str(reference), new=status(statuses, str(new)))
    return None
