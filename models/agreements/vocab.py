"""Vocabularies of agreements and programme documents (DOMAIN.md section 4): codes -> English labels.

Labels are English source strings; the interface translates them with context "vocab", the
printed documents through reports/i18n_agreements.py.
"""
from __future__ import annotations

AGREEMENT_TYPES: dict[str, str] = {
    "pca": "Programme Cooperation Agreement",
    "ssfa": "Small Scale Funding Agreement",
    "mou": "Memorandum of Understanding",
}
REFERENCE_CODES = {"pca": "PCA", "ssfa": "SSFA", "mou": "MOU", "standard": "PD",
                   "humanitarian": "HPD"}

AGREEMENT_STATUSES: dict[str, str] = {
    "draft": "Draft", "signed": "Signed", "suspended": "Suspended", "ended": "Ended",
    "terminated": "Terminated", "cancelled": "Cancelled",
}

PD_TYPES: dict[str, str] = {
    "standard": "Programme Document",
    "humanitarian": "Simplified Humanitarian Programme Document",
}

PD_STATUSES: dict[str, str] = {
    "draft": "Draft", "review": "Review", "signature": "Signature", "signed": "Signed",
    "active": "Active", "ended": "Ended", "closed": "Closed", "suspended": "Suspended",
    "terminated": "Terminated", "cancelled": "Cancelled",
}

AMENDMENT_TYPES: dict[str, str] = {
    "budget_change": "Budget change",
    "results_change": "Results change",
    "no_cost_extension": "No-cost extension",
    "administrative": "Administrative",
    "other": "Other",
}

CASH_MODALITIES: dict[str, str] = {
    "direct_cash_transfer": "Direct cash transfer",
    "reimbursement": "Reimbursement",
    "direct_payment": "Direct payment",
}

REPORTING_KINDS: dict[str, str] = {
    "quarterly_progress": "Quarterly progress report",
    "humanitarian": "Humanitarian report",
    "final": "Final report",
}

VISIT_KINDS: dict[str, str] = {
    "programmatic": "Programmatic visit",
    "spot_check": "Spot check",
    "audit": "Audit",
}

# Gender, equity and sustainability ratings of a programme document (eTools).
RATINGS: dict[str, str] = {
    "none": "None",
    "marginal": "Marginal",
    "significant": "Significant",
    "principal": "Principal",
}

ATTACHMENT_KINDS: dict[str, str] = {
    "signed_document": "Signed agreement / document",
    "termination_document": "Termination document",
    "electronic_signature": "Electronic signature record",
    "final_review": "Final review",
    "other": "Other",
}

DEFERRED_KINDS: dict[str, str] = {
    "full_assessment": "Full risk assessment (micro assessment)",
    "due_diligence": "Due diligence documents",
    "signed_original": "Signed original of the agreement",
    "full_pd": "Full programme document",
}

# Money is handled in this many decimal places and this ceiling applies to an SSFA (eTools).
SSFA_CEILING = 50_000
