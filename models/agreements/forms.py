"""Agreement forms: which fields exist and which may change, their validation, the form dict.

Shared by `records` (saving) and `rules` (the signing guard validates the whole form again), so
that neither imports the other.
"""
from __future__ import annotations

import datetime as dt

from ..directory import Partner
from ..validation import date_field, email, not_future, required, start_before_end
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
        errors["agreement_type"] = "Choose the type of agreement: PCA, SSFA or MoU."
    partner = Partner.get_or_none(Partner.id == data.get("partner")) if data.get("partner") \
        else None
    if partner is None or partner.deleted:
        errors["partner"] = "Choose the partner organisation that signs this agreement."
    elif partner.due_diligence_status == "rejected":
        errors["partner"] = (f"{partner.legal_name} failed due diligence (unacceptable risk); "
                             "no agreement can be made with it.")
    elif kind in FINANCIAL and partner.partner_type != "cso":
        errors["partner"] = (f"A {kind.upper()} is made only with a civil society organisation; "
                             f"{partner.legal_name} is not one. Use an MoU instead.")
    if kind == "pca":
        cp = (data.get("country_programme") or "").strip()
        if msg := required(cp, "The country programme period (e.g. 2023-2027)"):
            errors["country_programme"] = msg
        elif partner is not None and "partner" not in errors:
            other = (Agreement.live()
                     .where((Agreement.partner == partner) & (Agreement.agreement_type == "pca")
                            & (Agreement.country_programme == cp)
                            & Agreement.amendment_of.is_null()
                            & (Agreement.status.not_in(["terminated", "cancelled"]))
                            & (Agreement.id != (agreement_id or "")))
                     .first())
            if other is not None and not data.get("amendment_of"):
                errors["partner"] = (f"{partner.legal_name} already has PCA {other.reference} for "
                                     f"country programme {cp}; one PCA per partner per country "
                                     "programme. Amend that one, or add a programme document.")
    start = date_field(data, "start_date", errors)
    end = date_field(data, "end_date", errors)
    if msg := start_before_end(start, end, "The end date"):
        errors["end_date"] = msg
    for key, what in (("partner_signed_on", "The partner's signature date"),
                      ("unicef_signed_on", "UNICEF's signature date")):
        if msg := not_future(date_field(data, key, errors), what):
            errors[key] = msg
    for i, officer in enumerate(data.get("authorised_officers") or [], 1):
        if not (officer.get("name") or "").strip() or not (officer.get("title") or "").strip():
            errors["authorised_officers"] = f"Authorised officer {i} needs a name and a title."
        elif msg := email(officer.get("email")):
            errors["authorised_officers"] = f"Authorised officer {i}: {msg}"
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
