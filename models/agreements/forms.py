"""Agreement forms: which fields exist and which may change, their validation, the form dict.

Shared by `records` (saving) and `rules` (the signing guard validates the whole form again), so
that neither imports the other.
"""
from __future__ import annotations

import datetime as dt

from ..directory import Partner
from ..messages import msg, term
from ..validation import check_officers, date_field, not_future, required, start_before_end
from . import pds
from .entities import Agreement
from .vocab import AGREEMENT_TYPES

CONTENT = ("title", "country_programme", "start_date", "end_date", "authorised_officers",
           "special_conditions", "transfers_cash")
SIGNATURE = pds.SIGNATURE
EDITABLE = ("agreement_type", "partner") + CONTENT + SIGNATURE + ("amendment_types",
                                                                   "amendment_summary")
FINANCIAL = ("pca", "ssfa")  # only with civil society organisations


def validate_agreement(data: dict, *, agreement_id: str | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    kind = data.get("agreement_type")
    if kind not in AGREEMENT_TYPES:
        errors["agreement_type"] = msg("Choose the type of agreement: PCA, SSFA or MoU.")
    partner = Partner.get_or_none(Partner.id == data.get("partner")) if data.get("partner") \
        else None
    if partner is None or partner.deleted:
        errors["partner"] = msg("Choose the partner organisation that signs this agreement.")
    elif partner.due_diligence_status == "rejected":
        errors["partner"] = msg("{partner} failed due diligence (unacceptable risk); no "
                                "agreement can be made with it.", partner=partner.legal_name)
    elif kind in FINANCIAL and partner.partner_type != "cso":
        errors["partner"] = msg("{kind} is made only with a civil society organisation; "
                                "{partner} is not one. Use an MoU instead.",
                                kind=term(AGREEMENT_TYPES[kind]), partner=partner.legal_name)
    if kind == "pca":
        cp = (data.get("country_programme") or "").strip()
        if problem := required(cp, msg("The country programme period (e.g. 2023-2027)")):
            errors["country_programme"] = problem
        elif partner is not None and "partner" not in errors:
            other = (Agreement.live()
                     .where((Agreement.partner == partner) & (Agreement.agreement_type == "pca")
                            & (Agreement.country_programme == cp)
                            & Agreement.amendment_of.is_null()
                            & (Agreement.status.not_in(["terminated", "cancelled"]))
                            & (Agreement.id != (agreement_id or "")))
                     .first())
            if other is not None and not data.get("amendment_of"):
                errors["partner"] = msg("{partner} already has PCA {reference} for country "
                                        "programme {cp}; one PCA per partner per country "
                                        "programme. Amend that one, or add a programme "
                                        "document.", partner=partner.legal_name,
                                        reference=other.reference, cp=cp)
    start = date_field(data, "start_date", errors)
    end = date_field(data, "end_date", errors)
    if problem := start_before_end(start, end, msg("The end date")):
        errors["end_date"] = problem
    for key, what in (("partner_signed_on", msg("The partner's signature date")),
                      ("unicef_signed_on", msg("UNICEF's signature date"))):
        if problem := not_future(date_field(data, key, errors), what):
            errors[key] = problem
    check_officers(data.get("authorised_officers"), errors)
    return errors


def editable_fields(agreement: Agreement) -> tuple[str, ...]:
    if agreement.status != "draft":
        return ()
    if agreement.amendment_of:
        return CONTENT + SIGNATURE + ("amendment_types", "amendment_summary")
    return EDITABLE


def agreement_form(agreement: Agreement) -> dict:
    data = {k: getattr(agreement, k) for k in EDITABLE if k != "partner"}
    data["partner"] = agreement.partner_id
    data["amendment_of"] = agreement.amendment_of
    for key, value in data.items():
        if isinstance(value, dt.date):
            data[key] = value.isoformat()
    return data
