"""What the synced columns of agreements and programme documents may hold beyond their type
(models/columns.py); the JSON parts have the shapes models/agreements/pds.py describes."""
from __future__ import annotations

from ..shapes import codes, day, list_of, number, one_of, record, scalar, text
from .vocab import (AGREEMENT_STATUSES, AGREEMENT_TYPES, AMENDMENT_TYPES, ATTACHMENT_KINDS,
                    CASH_MODALITIES, DEFERRED_KINDS, PD_STATUSES, PD_TYPES, REPORTING_KINDS,
                    VISIT_KINDS)

OFFICERS = list_of(record(name=text, title=text, email=text))
OWNERS = one_of(("agreement", "programme_document"))

SHAPES = {
    "agreement": {
        "agreement_type": one_of(AGREEMENT_TYPES),
        "status": one_of(AGREEMENT_STATUSES),
        "authorised_officers": OFFICERS,
        "amendment_types": codes(AMENDMENT_TYPES),
    },
    "programme_document": {
        "pd_type": one_of(PD_TYPES),
        "status": one_of(PD_STATUSES),
        "locations": list_of(text),
        "results": list_of(record(title=text, indicators=list_of(record(
            name=text, baseline=scalar, target=scalar, means_of_verification=text)))),
        "budget_lines": list_of(record(activity=text, start=day, end=day, unicef_cash=number,
                                       partner_contribution=number, supplies=number)),
        "cash_transfer_modalities": codes(CASH_MODALITIES),
        # when and due: a date or a frequency in words ("2026 Q3", "quarterly")
        "planned_visits": list_of(record(kind=one_of(VISIT_KINDS), when=text, location=text)),
        "reporting_requirements": list_of(record(kind=one_of(REPORTING_KINDS), due=text)),
        "risks": list_of(record(risk=text, mitigation=text)),
        "amendment_types": codes(AMENDMENT_TYPES),
    },
    "attachment": {"owner_table": OWNERS, "kind": one_of(ATTACHMENT_KINDS)},
    "deferred_item": {"owner_table": OWNERS, "kind": one_of(DEFERRED_KINDS)},
}
