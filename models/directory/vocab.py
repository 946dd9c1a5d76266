"""Controlled vocabularies of the domain (DOMAIN.md sections 1-2): codes, English labels, IATI codes.

Labels are English source strings; the interface translates them (context "vocab").
"""
from __future__ import annotations

# The pseudo-office of headquarters: records HQ issues to every office (benchmark sets) carry it
# as their office, sync gives it a checksum entry of its own, and it is headquarters' region.
# (The benchmark migration of models/assessment writes it as literal SQL, frozen with the step.)
HQ_OFFICE = "HQ"

# Partner primary type: code -> (label, IATI OrganisationType codes)
PARTNER_TYPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "government": ("Government", ("10", "15")),
    "un_agency": ("United Nations entity", ("40",)),
    "multilateral": ("Multilateral / international financial institution", ("40",)),
    "national_committee": ("UNICEF National Committee", ("22",)),
    "cso": ("Civil society organisation", ("21", "22", "23", "24")),
    "global_programme": ("Global programme partnership", ("40",)),
    "private_sector": ("Corporate sector", ("70",)),
    "academic_research": ("Knowledge and research", ("80", "60")),
    "media": ("Media and communication", ("90",)),
}

CSO_TYPES: dict[str, str] = {
    "international": "International NGO",
    "national": "National NGO",
    "community_based": "Community-based organisation",
    "academic": "Academic institution",
    "red_cross": "Red Cross / Red Crescent",
}

RISK_RATINGS: dict[str, str] = {
    "high": "High",
    "significant": "Significant",
    "medium": "Medium",
    "low": "Low",
    "not_required": "Not required",
}

ASSESSMENT_TYPES: dict[str, str] = {
    "micro": "Micro assessment",
    "simplified": "Simplified checklist",
    "hact_macro": "HACT macro assessment",
    "un_assessed": "Assessed by another UN agency",
    "high_risk_assumed": "High risk assumed",
    "low_capacity_emergency": "Low capacity assumed - emergency",
    "not_required": "Not required",
}

DUE_DILIGENCE_STATUSES: dict[str, str] = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "cleared": "Cleared",
    "cleared_with_conditions": "Cleared with conditions",
    "rejected": "Rejected (unacceptable risk)",
}

CONTRIBUTION_TYPES: dict[str, str] = {
    "programme": "Programme implementation",
    "knowledge": "Knowledge and innovation",
    "advocacy": "Policy and advocacy",
    "resources": "Mobilising resources",
}

LEVELS: dict[str, str] = {
    "global": "Global",
    "regional": "Regional",
    "country": "Country",
    "subnational": "Subnational",
}

FORMALITY: dict[str, str] = {
    "informal": "Informal",
    "mou": "Memorandum of understanding",
    "legal": "Legal agreement",
}

ENGAGEMENT_TYPES: dict[str, str] = {
    "consultation": "Consultation",
    "coordination": "Coordination",
    "collaboration": "Collaboration",
}

PARTNERSHIP_STATUSES: dict[str, str] = {
    "proposed": "Proposed",
    "active": "Active",
    "suspended": "Suspended",
    "closed": "Closed",
}

PARTNER_ROLES: dict[str, str] = {
    "lead": "Lead",
    "implementing": "Implementing",
    "funding": "Funding",
    "technical": "Technical",
    "convening": "Convening",
    "other": "Other",
}

PERSON_ROLES: dict[str, str] = {
    "focal_point": "Partnership focal point",
    "programme_officer": "Programme officer",
    "manager": "Manager",
    "representative": "Representative",
    "hq": "Headquarters staff",
}

REGIONS: dict[str, str] = {
    "ESARO": "Eastern and Southern Africa",
    "WCARO": "West and Central Africa",
    "MENARO": "Middle East and North Africa",
    "ROSA": "South Asia",
    "EAPRO": "East Asia and Pacific",
    "LACRO": "Latin America and Caribbean",
    "ECARO": "Europe and Central Asia",
    HQ_OFFICE: "Headquarters",
}


def label(vocab: dict, code: str | None) -> str:
    """English label of a code, or the code itself when unknown (never raises)."""
    if code is None:
        return ""
    value = vocab.get(code, code)
    return value[0] if isinstance(value, tuple) else value


def check(vocab: dict, code: str, what) -> "str | None":  # a Message
    """Return an error message when `code` is not in `vocab`, else None (`what`: msg("...")
    naming the field)."""
    from ..messages import msg
    if code not in vocab:
        return msg("Unknown {what} '{code}'. Choose one of: {choices}.", what=what,
                   code=str(code), choices=list(vocab))
    return None
