"""Printed agreements, programme documents and amendments (PDF, in the six print languages).

The words come from the templates (models/agreements, versioned data issued by HQ) filled by the
composer; this package only lays the composed blocks out on A4 pages (layout.py). A signed record
prints with the template editions it was signed with, and the page says whether the text still
matches the SHA-256 recorded at signature.
"""
from __future__ import annotations

from models import agreements as A

from .layout import render

__all__ = ["render_agreement", "render_pd", "render_amendment", "render_template",
           "render_record"]


def _labels(record, lang: str) -> dict:
    return A.templates.labels(lang, A.templates.editions_of(record).get("labels"))


def _with_check(doc, record, lang: str, labels: dict):
    """Say on the page whether the text printed is the text signed (when it was sealed)."""
    if record.text_sha256 and lang == record.signed_lang and not doc.draft:
        same = doc.fingerprint() == record.text_sha256
        text = labels["fingerprint_ok"] if same else \
            labels["fingerprint_mismatch"].format(now=doc.fingerprint())
        block = next((b for b in doc.blocks if b.kind == "signatures"), None)
        if block is not None:  # the first signature block is the record's own
            block.rows.insert(0, [text])
    return doc


def render_record(record, lang: str = "en", out=None, *, annexes: bool = True):
    """Any agreement, PD or amendment as PDF into `out` (a path), or its bytes."""
    lang = _check(lang)
    doc = A.evidence.build(record, lang, annexes=annexes)
    labels = _labels(record, lang)
    return render(_with_check(doc, record, lang, labels), labels, out)


def render_agreement(agreement, lang: str = "en", out=None, *, annexes: bool = True):
    return render_record(agreement, lang, out, annexes=annexes)


def render_pd(pd, lang: str = "en", out=None):
    return render_record(pd, lang, out)


def render_amendment(amendment, lang: str = "en", out=None):
    return render_record(amendment, lang, out)


def render_template(kind: str, lang: str = "en", out=None):
    """The blank template of a kind, placeholders and conditions shown, for legal review."""
    lang = _check(lang)
    doc = A.compose.blank_template(kind, lang)
    return render(doc, A.templates.labels(lang), out)


def _check(lang: str) -> str:
    if lang not in A.templates.LANGS:
        from models.errors import DomainError
        raise DomainError(f"Unknown language '{lang}'; choose one of: "
                          f"{', '.join(A.templates.LANGS)}.")
    return lang
