"""Working on a partnership's cycle: read its state, save a phase, record the exit strategy.

The views call these; they return plain dataclasses and raise ValidationError (field -> message).
Saving phase ii records a due-diligence screening on the partner; saving phase ix done records a
review; saving phase xii records the decision; each keeps the `partnership_cycle` summary current.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .. import tolerant
from ..base import atomic, current_user
from ..directory import Partner, Partnership, partnerships
from ..errors import ValidationError
from ..validation import to_date
from ..messages import Message, msg, term
from . import rules, spec
from .records import CyclePhase, DueDiligence, PartnershipCycle, PartnershipReview


@dataclass
class PhaseState:
    code: str
    number: int
    stage: str
    title: str
    status: str = "not_started"
    answers: dict = field(default_factory=dict)
    notes: str = ""
    na_reason: str = ""
    evidence: list = field(default_factory=list)
    started_on: dt.date | None = None
    completed_on: dt.date | None = None
    completed_by: str = ""
    spec_version: str = ""


@dataclass
class Member:
    partner_id: str
    name: str
    partner_type: str
    role: str
    dd_status: str


@dataclass
class CycleState:
    partnership_id: str
    reference: str
    title: str
    status: str
    office: str
    focal_point: str
    phases: list[PhaseState]
    members: list[Member]
    exit: dict
    reviews: list[dict]
    current_phase: str | None  # first phase neither done nor not applicable; None when all are

    @property
    def progress(self) -> tuple[int, int]:
        return (sum(p.status in ("done", "not_applicable") for p in self.phases), len(self.phases))

    def phase(self, code: str) -> PhaseState:
        return next(p for p in self.phases if p.code == code)

    @property
    def next_step(self) -> Message:
        if self.current_phase is None:
            return msg("Every phase is complete. Keep reviewing the partnership every year.")
        phase = spec.phase(self.current_phase)
        return msg("Phase {code} ({title}): {step}", code=phase.code,
                   title=term(phase.title, context="cycle"),
                   step=term(phase.next_step, context="cycle"))


def _to_date(value) -> dt.date | None:
    return to_date(value) if value not in (None, "") else None


def members(partnership: Partnership) -> list[Member]:
    return [Member(m.partner_id, m.partner.legal_name, m.partner.partner_type, m.role,
                   m.partner.due_diligence_status) for m in partnerships.live_members(partnership)]


def summary(partnership_id: str) -> PartnershipCycle | None:
    return PartnershipCycle.get_or_none((PartnershipCycle.partnership == partnership_id)
                                        & (PartnershipCycle.deleted == False))  # noqa: E712


def state(partnership_id: str) -> CycleState:
    row = partnerships.get(partnership_id)
    records = {r.phase: r for r in CyclePhase.live().where(CyclePhase.partnership == row.id)}
    phases = []
    for phase in spec.PHASES:
        rec = records.get(phase.code)
        item = PhaseState(phase.code, phase.number, phase.stage, phase.title)
        if rec is not None:
            item.status, item.answers, item.notes = rec.status, rec.answers or {}, rec.notes
            item.na_reason, item.evidence = rec.na_reason, rec.evidence or []
            item.started_on, item.completed_on = _to_date(rec.started_on), _to_date(rec.completed_on)
            item.completed_by, item.spec_version = rec.completed_by, rec.spec_version
        phases.append(item)
    current = next((p.code for p in phases if p.status not in ("done", "not_applicable")), None)
    cyc = summary(row.id)
    exit_data = {"lifespan_months": cyc.lifespan_months if cyc else None,
                 "lifespan_end": _to_date(cyc.lifespan_end) if cyc else None,
                 "evaluation_due": _to_date(cyc.evaluation_due) if cyc else None,
                 "exit_conditions": cyc.exit_conditions if cyc else "",
                 "evaluated_on": _to_date(cyc.evaluated_on) if cyc else None,
                 "decision": cyc.decision if cyc else None,
                 "decided_on": _to_date(cyc.decided_on) if cyc else None,
                 "next_review_due": _to_date(cyc.next_review_due) if cyc else None}
    reviews = [{"reviewed_on": _to_date(r.reviewed_on), "reviewer": r.reviewer,
                "health": r.health, "ratings": [r.rating_contribution, r.rating_partners,
                                                r.rating_value_added, r.rating_quality],
                "partner_feedback": r.partner_feedback}
               for r in PartnershipReview.live().where(PartnershipReview.partnership == row.id)
               .order_by(PartnershipReview.reviewed_on.desc())]
    person = tolerant.related(row, "focal_point")  # None: not (yet) in this database
    focal = person.name if person else ""
    return CycleState(row.id, row.reference, row.title, row.status, row.office, focal, phases,
                      members(row), exit_data, reviews, current)


def _partner_type(answers: dict) -> str | None:
    partner = Partner.get_or_none(Partner.id == answers.get("dd_partner")) \
        if answers.get("dd_partner") else None
    return partner.partner_type if partner else None


def check_phase(partnership_id: str, code: str, status: str, answers: dict, *,
                na_reason: str = "") -> dict[str, str]:
    """Every problem with saving this phase as given, form and cycle rules together."""
    errors = rules.form_problems(code, status, answers, na_reason=na_reason,
                                 partner_type=_partner_type(answers))
    if errors or status != "done":
        return errors
    current = state(partnership_id)
    statuses = {p.code: p.status for p in current.phases}
    if problem := rules.order_problem(code, statuses):
        return {"status": problem}
    people = [(m.name, m.dd_status) for m in current.members]
    if code == "ii":
        if answers.get("dd_partner") and answers.get("dd_outcome"):
            people = [(m.name, answers["dd_outcome"] if m.partner_id == answers["dd_partner"]
                       else m.dd_status) for m in current.members]
        if problem := rules.screening_problem(people):
            errors["status"] = problem
    elif code == "iii" and (problem := rules.agreement_problem(people)):
        errors["status"] = problem
    elif code == "xii":
        last = current.reviews[0]["reviewed_on"] if current.reviews else None
        if problem := rules.continue_problem(answers.get("decision"),
                                         _to_date(answers.get("decided_on")), last):
            errors["decision"] = problem
    return errors


def save_phase(partnership_id: str, code: str, *, status: str, answers: dict, notes: str = "",
               na_reason: str = "", evidence: list | None = None,
               today: dt.date | None = None) -> PhaseState:
    """Save one phase record; raise ValidationError listing every problem."""
    today = today or dt.date.today()
    errors = check_phase(partnership_id, code, status, answers, na_reason=na_reason)
    if errors:
        raise ValidationError(errors)
    row = partnerships.get(partnership_id)
    with atomic():
        rec = CyclePhase.get_or_none((CyclePhase.partnership == row.id)
                                     & (CyclePhase.phase == code))
        new = rec is None
        if new:
            rec = CyclePhase(office=row.office, partnership=row.id, phase=code)
        rec.deleted = False
        rec.spec_version, rec.answers, rec.notes = spec.SPEC_VERSION, answers, notes
        rec.status, rec.na_reason = status, na_reason if status == "not_applicable" else ""
        if evidence is not None:
            rec.evidence = evidence
        if status != "not_started" and rec.started_on is None:
            rec.started_on = today
        if status == "done":
            rec.completed_on = rec.completed_on if rec.status == "done" and rec.completed_on \
                else today
            rec.completed_by = current_user()
        else:
            rec.completed_on, rec.completed_by = None, ""
        rec.save(force_insert=new)
        if code == "ii" and answers.get("dd_partner") and answers.get("dd_outcome"):
            _record_due_diligence(row, answers)
        if code == "ix" and status == "done":
            _record_review(row, answers)
        refresh_summary(row, decision=answers if code == "xii" and status == "done" else None)
    return next(p for p in state(row.id).phases if p.code == code)


def _record_due_diligence(row: Partnership, answers: dict) -> None:
    checked_on = _to_date(answers.get("dd_on"))
    checklist = {k: bool(answers.get(k)) for k in (*spec.DD_CHECKS, *spec.CORPORATE_CRITERIA)}
    DueDiligence.create(office=row.office, partner=answers["dd_partner"], partnership=row.id,
                        checked_on=checked_on, reviewer=answers.get("dd_reviewer") or "",
                        checklist=checklist, other_risks=answers.get("dd_other_risks") or "",
                        outcome=answers["dd_outcome"],
                        conditions=answers.get("dd_conditions") or "")
    partner = Partner.get_by_id(answers["dd_partner"])
    partner.due_diligence_status, partner.due_diligence_on = answers["dd_outcome"], checked_on
    partner.save()


def _record_review(row: Partnership, answers: dict) -> None:
    reviewed_on = _to_date(answers.get("reviewed_on"))
    review = PartnershipReview.get_or_none((PartnershipReview.partnership == row.id)
                                           & (PartnershipReview.reviewed_on == reviewed_on)
                                           & (PartnershipReview.deleted == False))  # noqa: E712
    new = review is None
    review = review or PartnershipReview(office=row.office, partnership=row.id,
                                         reviewed_on=reviewed_on)
    for key in ("reviewer", "rating_contribution", "rating_partners", "rating_value_added",
                "rating_quality", "partner_feedback", "health"):
        setattr(review, key, answers.get(key) or "")
    review.save(force_insert=new)


def refresh_summary(row: Partnership, decision: dict | None = None) -> PartnershipCycle:
    """Recompute current phase and last review of the partnership's summary row."""
    cyc = summary(row.id)
    new = cyc is None
    cyc = cyc or PartnershipCycle(office=row.office, partnership=row.id)
    statuses = {r.phase: r.status for r in CyclePhase.live().where(CyclePhase.partnership == row.id)}
    cyc.current_phase = next((c for c in spec.PHASE_CODES
                              if statuses.get(c) not in ("done", "not_applicable")), "done")
    last = (PartnershipReview.live().where(PartnershipReview.partnership == row.id)
            .order_by(PartnershipReview.reviewed_on.desc()).first())
    cyc.last_review_on = _to_date(last.reviewed_on) if last else None
    base = cyc.last_review_on or _to_date(row.start_date)
    cyc.next_review_due = rules.add_months(base, rules.REVIEW_MONTHS) if base else None
    if decision:
        cyc.decision = decision.get("decision")
        cyc.decided_on = _to_date(decision.get("decided_on"))
        cyc.evaluated_on = _to_date(decision.get("evaluated_on"))
    cyc.save(force_insert=new)
    return cyc
