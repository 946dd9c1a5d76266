"""Cell values into PartnerDesk values: dates written many ways, yes/no flags, amounts, and
vocabulary codes from their codes, English labels or eTools wording."""
from __future__ import annotations

import datetime as dt
import re

from ..directory import vocab
from ..agreements import AGREEMENT_STATUSES, PD_STATUSES
from ..messages import msg
from .columns import normalise
from .tabular import text

# eTools wording (and common variants) -> our codes, normalised keys
SYNONYMS: dict[str, dict[str, str]] = {
    "partner_type": {"civil society organization": "cso", "civil society organisation": "cso",
                     "cso": "cso", "ngo": "cso", "bilateral multilateral": "multilateral",
                     "un agency": "un_agency", "united nations": "un_agency",
                     "government": "government", "private sector": "private_sector",
                     "academic institution": "academic_research", "media": "media"},
    "cso_type": {"international": "international", "national": "national",
                 "community based organization": "community_based",
                 "community based organisation": "community_based", "cbo": "community_based",
                 "academic institution": "academic", "academic": "academic",
                 "red cross red crescent national societies": "red_cross",
                 "red cross red crescent": "red_cross"},
    "risk_rating": {"high": "high", "significant": "significant", "medium": "medium",
                    "moderate": "medium", "low": "low", "not required": "not_required",
                    "high risk assumed": "high", "low risk assumed": "low", "n a": "not_required"},
    "risk_assessment_type": {"micro assessment": "micro", "simplified checklist": "simplified",
                             "hact macro assessment": "hact_macro", "macro assessment": "hact_macro",
                             "other un": "un_assessed", "high risk assumed": "high_risk_assumed",
                             "low capacity assumed emergency": "low_capacity_emergency",
                             "not required": "not_required"},
    "pd_status": {"development": "draft", "draft": "draft", "review": "review",
                  "signature": "signature", "signed": "signed", "active": "active",
                  "ended": "ended", "closed": "closed", "suspended": "suspended",
                  "terminated": "terminated", "cancelled": "cancelled", "expired": "ended"},
    "document_type": {"pd": "standard", "programme document": "standard", "spd": "humanitarian",
                      "hpd": "humanitarian", "simplified humanitarian programme document":
                      "humanitarian", "ssfa": "ssfa", "small scale funding agreement": "ssfa"},
}
VOCABS = {"partner_type": vocab.PARTNER_TYPES, "cso_type": vocab.CSO_TYPES,
          "risk_rating": vocab.RISK_RATINGS, "risk_assessment_type": vocab.ASSESSMENT_TYPES,
          "due_diligence_status": vocab.DUE_DILIGENCE_STATUSES, "pd_status": PD_STATUSES,
          "agreement_status": AGREEMENT_STATUSES}


def code_of(field: str, raw, extra: dict[str, str] | None = None) -> str | None:
    """The vocabulary code a cell means, or None when it means none of them."""
    value = text(raw)
    if not value:
        return None
    if extra and value in extra:
        return extra[value]
    key = normalise(value)
    table = VOCABS.get(field, {})
    for code, label in table.items():
        label = label[0] if isinstance(label, tuple) else label
        if key in (normalise(code), normalise(label)):
            return code
    return SYNONYMS.get(field, {}).get(key)


def split_partner_type(raw) -> tuple[str | None, str | None]:
    """eTools writes 'Civil Society Organization/National': the type and the CSO type."""
    value = text(raw)
    if "/" in value:
        head, tail = value.split("/", 1)
        ptype = code_of("partner_type", head)
        if ptype == "cso":
            return ptype, code_of("cso_type", tail)
    return code_of("partner_type", value), None


DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%b-%Y",
                "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%d-%b-%y")


def parse_date(raw) -> dt.date | None:
    """A date from a cell; ValueError saying how to write it when it is not one."""
    if raw in (None, ""):
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    value = text(raw)
    if not value:
        return None
    value = re.sub(r"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", "", value)
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(msg("'{value}' is not a date PartnerDesk can read; write it as YYYY-MM-DD "
                         "(e.g. 2024-03-31) or DD/MM/YYYY.", value=value))


def parse_amount(raw) -> float:
    if raw in (None, ""):
        return 0.0
    if isinstance(raw, (int, float)):
        return float(raw)
    value = text(raw).replace(",", "").replace(" ", "").replace("\u00a0", "")
    try:
        return float(value)
    except ValueError:
        raise ValueError(msg("'{value}' is not an amount; write digits, e.g. 12500.00.",
                             value=text(raw))) from None


def parse_flag(raw) -> bool:
    return normalise(text(raw)) in ("yes", "y", "true", "1", "x", "oui", "si")


def split_list(raw) -> list[str]:
    """'Nairobi, Turkana; Garissa' -> ['Nairobi', 'Turkana', 'Garissa']."""
    return [p.strip() for p in re.split(r"[;,\n]", text(raw)) if p.strip()]
