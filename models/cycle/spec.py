"""The partnering cycle as versioned data: four stages, twelve phases, the form of each phase.

Headquarters can issue revised guidance by shipping a new `Spec` (same phase codes, other fields
or help text); each phase record keeps the `spec_version` it was filled against. Labels and help
are English source strings; the interface translates them (context "cycle").
(DOMAIN.md section 3, seed paragraphs 59 and 71-76.)
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..agreements import AGREEMENT_TYPES

SPEC_VERSION = "2026.1"

STAGES: dict[str, str] = {
    "scoping": "Scoping and building",
    "managing": "Managing and maintaining",
    "reviewing": "Reviewing and revising",
    "sustaining": "Sustaining outcomes",
}

PHASE_STATUSES: dict[str, str] = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "not_applicable": "Not applicable",
}

RATINGS: dict[str, str] = {"4": "Strong", "3": "Adequate", "2": "Weak", "1": "Poor"}
LEVEL_1_5: dict[str, str] = {str(n): str(n) for n in range(1, 6)}
RELATIONS: dict[str, str] = {"none": "No relation", "informal": "Informal contact",
                             "partner": "Current partner", "former": "Former partner",
                             "opposed": "Opposed"}
DD_OUTCOMES: dict[str, str] = {"cleared": "Cleared",
                               "cleared_with_conditions": "Cleared with conditions",
                               "rejected": "Rejected (unacceptable risk)"}
PRINCIPLES: dict[str, str] = {"equity": "Equity", "transparency": "Transparency",
                              "mutual_benefit": "Mutual benefit"}
# The planning phase chooses among the agreement types (the agreements feature's vocabulary) or
# one of two ways of working without one.
AGREEMENT_CHOICES: dict[str, str] = {**AGREEMENT_TYPES, "letter": "Exchange of letters",
                                     "none": "No written agreement"}
MODALITIES: dict[str, str] = {"direct_cash_transfer": "Direct cash transfer",
                              "reimbursement": "Reimbursement", "direct_payment": "Direct payment",
                              "in_kind_only": "In-kind only (no cash)"}
DELIVERY: dict[str, str] = {"on_track": "On track", "delayed": "Delayed",
                            "off_track": "Off track"}
REPORTING: dict[str, str] = {"quarterly": "Quarterly", "biannual": "Every six months",
                             "annual": "Annual"}
HEALTH: dict[str, str] = {"green": "Green: healthy", "amber": "Amber: needs attention",
                          "red": "Red: at risk"}
REVISION_KINDS: dict[str, str] = {"agreement": "Agreement", "programme": "Programme",
                                  "membership": "Membership", "none": "No change needed"}
DECISIONS: dict[str, str] = {"continue": "Continue", "expand": "Expand",
                             "hand_over": "Hand over", "close": "Close"}
CORPORATE_CRITERIA: dict[str, str] = {
    "corp_human_rights": "Respects human rights and children's rights (no child labour)",
    "corp_labour": "Meets labour standards in its operations and supply chain",
    "corp_environment": "No serious environmental harm",
    "corp_anti_corruption": "No involvement in corruption or sanctions breaches",
    "corp_products": "Products and marketing do not harm children (e.g. breast-milk substitutes, "
                     "arms, tobacco)",
}
DD_CHECKS: dict[str, str] = {
    "dd_registration": "Valid legal registration",
    "dd_mandate": "Mandate consistent with the UN's",
    "dd_safeguards": "Fraud, PSEA and safeguarding mechanisms in place",
    "dd_sanctions": "Screened against sanctions lists: no match",
}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str = "text"  # text | multiline | choice | multi | date | check | landscape
    required: bool = False
    help: str = ""
    choices: dict[str, str] = field(default_factory=dict)  # for choice and multi
    section: str = ""  # sub-heading in the form


@dataclass(frozen=True)
class Phase:
    code: str  # i .. xii
    number: int
    stage: str
    title: str
    purpose: str
    fields: tuple[FieldSpec, ...]
    next_step: str  # what to do, shown while the phase is open

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)


def _f(key, label, kind="text", required=False, help="", choices=None, section=""):
    return FieldSpec(key, label, kind, required, help, dict(choices or {}), section)


def _checks(table: dict[str, str], section: str, help: str) -> list[FieldSpec]:
    return [_f(key, label, "check", help=help, section=section) for key, label in table.items()]


PHASES: tuple[Phase, ...] = (
    Phase("i", 1, "scoping", "Scoping", "The challenge, the results sought and who else is there.", (
        _f("challenge", "Challenge", "multiline", True, "The problem for children this "
           "partnership would address."),
        _f("results_sought", "Results sought", "multiline", True, "Results for children, not "
           "actors (seed para. 51)."),
        _f("vision", "Shared vision", "multiline"),
        _f("landscape", "Stakeholder and partner landscape", "landscape", True,
           "Who is there, their interest and influence (1 low - 5 high), current relation."),
    ), "Describe the challenge and the results sought, and map the stakeholders."),
    Phase("ii", 2, "scoping", "Identifying", "Candidate partners, their assessment and due "
          "diligence.", tuple([
        _f("candidates", "Candidate partners", "multiline", True),
        _f("track_record", "Track record", "choice", True, choices=RATINGS,
           section="Partner assessment"),
        _f("standing", "Standing and reputation", "choice", True, choices=RATINGS,
           section="Partner assessment"),
        _f("governance", "Governance", "choice", True, choices=RATINGS,
           section="Partner assessment"),
        _f("financial_stability", "Financial stability", "choice", True, choices=RATINGS,
           section="Partner assessment"),
        _f("dd_partner", "Partner screened", "partner", help="Record due diligence for one "
           "partner at a time; every partner needs an outcome.", section="Due diligence"),
        *_checks(DD_CHECKS, "Due diligence", "Tick when verified, with evidence attached."),
        _f("dd_other_risks", "Other risks", "multiline", section="Due diligence"),
        *_checks(CORPORATE_CRITERIA, "Corporate screening (companies only)",
                 "Required for corporate-sector partners (seed para. 40)."),
        _f("dd_outcome", "Outcome", "choice", choices=DD_OUTCOMES, section="Due-diligence outcome",
           help="Unacceptable risk stops the engagement."),
        _f("dd_conditions", "Conditions", "multiline", section="Due-diligence outcome",
           help="Required when cleared with conditions."),
        _f("dd_on", "Screened on", "date", section="Due-diligence outcome"),
        _f("dd_reviewer", "Reviewer", section="Due-diligence outcome"),
    ]), "Assess each candidate partner and record due diligence for every partner."),
    Phase("iii", 3, "scoping", "Building", "The partnering agreement.", (
        _f("goals", "Agreed goals and objectives", "multiline", True),
        _f("principles", "Core principles", "multi", True, choices=PRINCIPLES),
        _f("roles", "Roles of each partner", "multiline", True),
        _f("contributions", "Contributions of each partner", "multiline", True),
        _f("agreed_on", "Agreed on", "date", True),
    ), "Agree goals, principles, roles and contributions (due diligence must be cleared)."),
    Phase("iv", 4, "scoping", "Planning", "Activities, workplan, budget, resources, agreement "
          "type.", (
        _f("workplan", "Activities and workplan", "multiline", True),
        _f("budget", "Budget (USD)", "text", True, "Total planned budget, digits only."),
        _f("resource_map", "Resource map", "multiline"),
        _f("agreement_type", "Agreement type", "choice", True, choices=AGREEMENT_CHOICES),
    ), "Plan the work and budget, and choose the type of agreement."),
    Phase("v", 5, "managing", "Managing", "Governance, focal points, communication.", (
        _f("governance_structure", "Governance and management structure", "multiline", True),
        _f("focal_points", "Focal points of each partner", "multiline", True),
        _f("communication_plan", "Communication plan", "multiline"),
    ), "Set up governance, name the focal points, agree how to communicate."),
    Phase("vi", 6, "managing", "Resourcing", "Contributions of each partner and modality.", (
        _f("cash_contributions", "Cash contributions", "multiline", True),
        _f("in_kind", "In-kind contributions", "multiline"),
        _f("modality", "Cash-transfer modality", "choice", True, choices=MODALITIES),
    ), "Record each partner's cash and in-kind contributions and the modality."),
    Phase("vii", 7, "managing", "Implementing", "Signed agreement, delivery, visits, reporting.", (
        _f("signed_on", "Agreement signed on", "date", True),
        _f("delivery", "Delivery against the workplan", "choice", True, choices=DELIVERY),
        _f("planned_visits", "Planned visits", "multiline"),
        _f("reporting", "Reporting schedule", "choice", True, choices=REPORTING),
    ), "Implement: record the signature, delivery, visits and reporting schedule."),
    Phase("viii", 8, "reviewing", "Measuring", "Results achieved and the partnership's "
          "contribution.", (
        _f("results_achieved", "Results and indicators achieved", "multiline", True),
        _f("contribution", "Contribution of the partnership to results", "multiline", True),
    ), "Measure results against the indicators."),
    Phase("ix", 9, "reviewing", "Reviewing", "Partnership review and health check.", (
        _f("reviewed_on", "Reviewed on", "date", True),
        _f("reviewer", "Reviewer", "text", True),
        _f("rating_contribution", "Contribution to results", "choice", True, choices=RATINGS,
           section="The four dimensions (seed para. 53)"),
        _f("rating_partners", "Individual partners' contributions", "choice", True,
           choices=RATINGS, section="The four dimensions (seed para. 53)"),
        _f("rating_value_added", "Value added compared with alternatives", "choice", True,
           choices=RATINGS, section="The four dimensions (seed para. 53)"),
        _f("rating_quality", "Quality of the partnership, incl. transaction costs", "choice",
           True, choices=RATINGS, section="The four dimensions (seed para. 53)"),
        _f("partner_feedback", "Partner feedback", "multiline", True),
        _f("health", "Health check", "choice", True, choices=HEALTH),
    ), "Review the partnership with the partners: rate the four dimensions, note feedback."),
    Phase("x", 10, "reviewing", "Revising", "Amendments in light of the review.", (
        _f("revision_kinds", "What changes", "multi", True, choices=REVISION_KINDS),
        _f("revisions", "Revisions decided", "multiline", True),
    ), "Decide the revisions the review calls for."),
    Phase("xi", 11, "sustaining", "Institutionalising", "Structures for longer-term "
          "commitment.", (
        _f("structures", "Structures for longer-term commitment", "multiline", True),
        _f("national_systems", "Integration into national systems", "multiline"),
    ), "Build structures that last beyond the project."),
    Phase("xii", 12, "sustaining", "Sustaining or terminating", "Decision with the evaluation "
          "behind it.", (
        _f("evaluation", "Evaluation findings", "multiline", True),
        _f("evaluated_on", "Evaluated on", "date", True),
        _f("decision", "Decision", "choice", True, choices=DECISIONS,
           help="Continue or expand only with a review in the last 12 months."),
        _f("decided_on", "Decided on", "date", True),
    ), "Evaluate, then decide to continue, expand, hand over or close."),
)

PHASE_BY_CODE: dict[str, Phase] = {p.code: p for p in PHASES}
PHASE_CODES: tuple[str, ...] = tuple(p.code for p in PHASES)


@dataclass(frozen=True)
class Spec:
    version: str
    stages: dict[str, str]
    phases: tuple[Phase, ...]


CURRENT = Spec(SPEC_VERSION, STAGES, PHASES)


def phase(code: str) -> Phase:
    try:
        return PHASE_BY_CODE[code]
    except KeyError:
        raise KeyError(f"Unknown phase '{code}'; phases are {', '.join(PHASE_CODES)}.") from None


def stage_phases(stage: str) -> list[Phase]:
    return [p for p in PHASES if p.stage == stage]
