"""Agreements, programme documents, amendments and the emergency fast track (DOMAIN.md
sections 4-5).

The public API is the one of `records` (documented there) plus the vocabularies, the programme
document's content fields, and `emergency` (the fast track) as a namespace.
"""
from __future__ import annotations

from ..feature import Feature
from . import (alerts, checks, compose, demo, document, emergency, entities, evidence,
               migrations, pds, shapes, signatories, templates)
from .amendment_rows import original_of
from .records import *  # noqa: F401,F403 - its __all__ is this package's API
from .records import __all__ as _records_api
from .rules import (add_pd_refusal, amend_refusal, can_add_pd, can_amend, reason_required,
                    status_change_refusal)
from .vocab import (AGREEMENT_STATUSES, AGREEMENT_TYPES, AMENDMENT_TYPES, CASH_MODALITIES,
                    PD_STATUSES, PD_TYPES, REPORTING_KINDS, SSFA_CEILING, VISIT_KINDS)
from .vocab import RATINGS as PD_RATINGS

PD_CONTENT = pds.CONTENT
pd_editable_fields = pds.editable_fields
validate_pd = pds.validate  # (data, agreement, *, new=True) -> {field: message}

__all__ = [*_records_api, "AGREEMENT_STATUSES", "AGREEMENT_TYPES", "AMENDMENT_TYPES",
           "CASH_MODALITIES", "PD_STATUSES", "PD_TYPES", "REPORTING_KINDS", "SSFA_CEILING",
           "VISIT_KINDS", "PD_CONTENT", "pd_editable_fields", "validate_pd", "original_of",
           "status_change_refusal", "reason_required", "can_amend", "amend_refusal",
           "can_add_pd", "add_pd_refusal", "emergency", "templates", "compose", "document",
           "evidence", "signatories", "PD_RATINGS",
           "FEATURE"]

FEATURE = Feature("agreements", migrations={3: migrations.up, 7: migrations.up_templates},
                  alerts=alerts.alerts, checks=checks.problems, demo=demo.extend,
                  models=tuple(entities.MODELS), shapes=shapes.SHAPES)
