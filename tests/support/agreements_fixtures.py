"""Builders for agreement tests: partners, agreements and PDs brought to a status by the API."""
from __future__ import annotations

import datetime as dt

from models import agreements as A
from models.directory import partners

TODAY = dt.date(2026, 6, 15)  # the tests' "today" for automatic and dated transitions
PAST = dt.date(2025, 1, 1)  # signatures happen before the real today, on the start date
OFFICER = {"name": "Jane Wanjiru", "title": "Executive Director", "email": "jane@ngo.org"}


def make_partner(name="Wajir Children Trust", kind="cso", **extra):
    data = {"legal_name": name, "partner_type": kind, "authorised_officers": [OFFICER],
            "bank_details": {"bank_name": "Equity Bank", "account_name": name,
                             "account_number": "0123456789", "swift": "EQBLKENA",
                             "currency": "KES", "branch": "Wajir"}}
    if kind == "cso":
        data["cso_type"] = "national"
    data.update(extra)
    unicef_officer("KEN")  # whoever signs for UNICEF in these tests is authorised to
    return partners.save(data, office="KEN")


def agreement_data(partner, kind="pca", **extra):
    data = {"agreement_type": kind, "partner": partner.id, "title": "Nutrition in Wajir",
            "country_programme": "2023-2027" if kind == "pca" else "",
            "start_date": "2025-01-01", "end_date": "2027-12-31"}
    data.update(extra)
    return data


SIGNATURES = {"partner_signatory": OFFICER["name"], "partner_signatory_title": OFFICER["title"],
              "partner_signed_on": PAST, "unicef_signatory": "Paul Otieno",
              "unicef_signatory_title": "Representative", "unicef_signed_on": PAST}


def unicef_officer(office="KEN", name="Paul Otieno", title="Representative"):
    """The office's officer authorised to sign for UNICEF (once per office and name)."""
    found = [o for o in A.signatories.unicef_officers(office) if o.name == name]
    return found[0] if found else A.signatories.save_unicef_officer(
        {"name": name, "title": title, "email": "potieno@unicef.org"}, office=office)


def sign(record, today=TODAY):
    unicef_officer(record.office)
    A.attach(record, "signed_document", data=f"scan {record.reference}".encode(),
             filename="signed.pdf")
    return A.transition(record, "signed", today=today, **SIGNATURES)


def make_agreement(partner=None, kind="pca", signed=True, **extra):
    agreement = A.save_agreement(agreement_data(partner or make_partner(), kind, **extra),
                                 office="KEN")
    return sign(agreement) if signed else agreement


def pd_data(agreement, lines=2, **extra):
    data = {"agreement": agreement.id, "title": "Treatment of wasting",
            "start_date": "2025-03-01", "end_date": "2026-12-31",
            "results": [{"title": "Children treated", "indicators": [
                {"name": "Children admitted", "baseline": "0", "target": "1200",
                 "means_of_verification": "Registers"}]}],
            "budget_lines": [{"activity": f"Activity {i}", "unicef_cash": 1000 * (i + 1),
                              "partner_contribution": 100, "supplies": 50}
                             for i in range(lines)],
            "cash_transfer_modalities": ["direct_cash_transfer"]}
    data.update(extra)
    return data


def make_pd(agreement=None, status="draft", **extra):
    """A PD brought to `status` through the real transitions (dates around TODAY)."""
    agreement = agreement or make_agreement()
    pd = A.save_pd(pd_data(agreement, **extra))
    if status == "draft":
        return pd
    if status == "cancelled":
        return A.transition(pd, "cancelled", reason="Duplicate", today=TODAY)
    A.transition(pd, "review", today=TODAY)
    if status == "review":
        return pd
    A.transition(pd, "signature", today=TODAY)
    if status == "signature":
        return pd
    sign(pd)
    if status == "signed":
        return pd
    A.transition(pd, "active", today=TODAY)
    if status in ("suspended", "terminated"):
        if status == "terminated":
            A.attach(pd, "termination_document", data=b"letter", filename="t.pdf")
        return A.transition(pd, status, today=TODAY)
    if status == "active":
        return pd
    A.transition(pd, "ended", today=dt.date(2027, 1, 5))
    if status == "ended":
        return pd
    pd = A.save_pd({"final_review_on": "2025-12-01"}, pd_id=pd.id)
    return A.transition(pd, "closed", today=dt.date(2027, 1, 5))
