"""Evidence of signatures: the text each party signed, fixed by its SHA-256, and who, when, where.

At signature a record keeps the template editions it was printed with, the language, and the
SHA-256 of its canonical text (document.py); a reprint recomputes it, so the printed page can say
whether it still matches. An electronic signature adds a row per party: the signatory, the UTC
time, the device, the person who recorded it, the consent they gave, and the same SHA-256.
"""
from __future__ import annotations

import datetime as dt

from ..base import current_user
from ..directory import settings
from ..errors import DomainError
from ..messages import msg
from ..ids import utc_now
from . import templates
from .compose import evidence_of
from .entities import Agreement, ProgrammeDocument, SignatureEvidence

PARTIES = ("unicef", "partner")


def build(record, lang: str, *, annexes: bool = False):
    """The record as a Document in `lang` (the composer for its kind)."""
    from .compose_agreement import build_agreement, build_amendment
    from .compose_pd import build_pd
    if record.amendment_of:
        return build_amendment(record, lang)
    if isinstance(record, ProgrammeDocument):
        return build_pd(record, lang)
    return build_agreement(record, lang, annexes=annexes)


def fingerprint(record, lang: str | None = None) -> str:
    """SHA-256 of the record's canonical text in `lang` (default: the language it was signed in)."""
    return build(record, lang or record.signed_lang or "en").fingerprint()


def seal(record, lang: str = "en") -> None:
    """Fix the text being signed (editions, language, fingerprint); the caller saves."""
    if lang not in templates.LANGS:
        raise DomainError(msg("Unknown print language '{lang}'; choose one of {langs}.",
                              lang=str(lang), langs=list(templates.LANGS)))
    templates.fix_editions(record)
    record.signed_lang = lang
    record.text_sha256 = fingerprint(record, lang)


def matches(record, lang: str | None = None) -> bool | None:
    """Whether the text printed now is the text signed (None when nothing was sealed)."""
    if not record.text_sha256:
        return None
    return fingerprint(record, lang or record.signed_lang) == record.text_sha256


def record_electronic(record, party: str, signatory: str, title: str, consent: str,
                      lang: str = "en") -> SignatureEvidence:
    """One party's electronic signature of the record as it reads now in `lang`."""
    if party not in PARTIES:
        raise DomainError(msg("Unknown party '{party}'; a signature is UNICEF's or the "
                              "partner's.", party=str(party)))
    if not signatory.strip():
        raise DomainError(msg("Name the person who signs."))
    if not consent.strip():
        raise DomainError(msg("{signatory} has not given consent to sign electronically; each "
                              "signatory confirms it separately.", signatory=signatory))
    return SignatureEvidence.create(
        office=record.office, owner_table=record._meta.table_name, owner_id=record.id,
        party=party, signatory=signatory.strip(), title=title.strip(), signed_at=utc_now(),
        device=settings.device_id(), recorded_by=current_user(), method="electronic",
        lang=lang, text_sha256=fingerprint(record, lang), consent=consent.strip())


def manifest(record) -> dict:
    """The signature evidence of a record as one JSON-ready record (kept as an attachment)."""
    return {"reference": record.reference, "lang": record.signed_lang,
            "text_sha256": record.text_sha256, "template_editions": record.template_editions,
            "signatures": [{"party": e.party, "signatory": e.signatory, "title": e.title,
                            "signed_at": e.signed_at, "device": e.device,
                            "recorded_by": e.recorded_by, "consent": e.consent,
                            "text_sha256": e.text_sha256} for e in evidence_of(record)],
            "recorded_on": dt.date.today().isoformat()}


__all__ = ["PARTIES", "build", "fingerprint", "seal", "matches", "evidence_of",
           "record_electronic", "manifest", "Agreement"]
