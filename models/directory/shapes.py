"""What the directory's synced columns may hold beyond their type (models/columns.py)."""
from __future__ import annotations

from ..shapes import codes, list_of, mapping, one_of, record, text
from .vocab import (ASSESSMENT_TYPES, CONTRIBUTION_TYPES, CSO_TYPES, DUE_DILIGENCE_STATUSES,
                    ENGAGEMENT_TYPES, FORMALITY, LEVELS, PARTNER_ROLES, PARTNER_TYPES,
                    PARTNERSHIP_STATUSES, PERSON_ROLES, RISK_RATINGS)

PERSON_LIST = list_of(record(name=text, title=text, email=text, phone=text))

SHAPES = {
    "person": {"role": one_of(PERSON_ROLES)},
    "partner": {
        "partner_type": one_of(PARTNER_TYPES),
        "cso_type": one_of(CSO_TYPES, blank=True),
        "tags": codes(PARTNER_TYPES),  # extra categories are partner types too (partners.py)
        "contacts": PERSON_LIST,
        "authorised_officers": PERSON_LIST,
        "bank_details": mapping(text),
        "risk_rating": one_of(RISK_RATINGS, blank=True),
        "risk_assessment_type": one_of(ASSESSMENT_TYPES, blank=True),
        "due_diligence_status": one_of(DUE_DILIGENCE_STATUSES),
    },
    "partnership": {
        "level": one_of(LEVELS),
        "contribution_types": codes(CONTRIBUTION_TYPES),
        "engagement_type": one_of(ENGAGEMENT_TYPES),
        "formality": one_of(FORMALITY),
        "status": one_of(PARTNERSHIP_STATUSES),
    },
    "partnership_partner": {"role": one_of(PARTNER_ROLES)},
}
