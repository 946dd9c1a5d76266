"""The printed amendment: what it changes against the signed version, and its signature block."""
from __future__ import annotations

from models import agreements as A
from models.agreements import Agreement

from . import pd_pdf
from .i18n import check_lang, label
from .layout import Writer, render


def write_amendment(w: Writer, amendment) -> None:
    from models.agreements import original_of
    original = original_of(amendment)
    w.story.append(w.para(w.t("doc_amendment") + " " + amendment.reference, "title"))
    partner = (amendment if isinstance(amendment, Agreement) else amendment.agreement).partner
    w.pairs([(w.t("reference"), amendment.reference),
             (w.t("partner"), partner.legal_name),
             (w.t("amendment_kinds"), ", ".join(label(w.lang, k)
                                                for k in amendment.amendment_types or [])),
             (w.t("amendment_summary"), amendment.amendment_summary or ""),
             (w.t("status"), label(w.lang, amendment.status))])
    w.story.append(w.para(w.t("amendment_of", n=f"{amendment.amendment_number:02d}",
                              reference=original.reference), "h1"))
    w.add(w.t("amendment_text", reference=original.reference))
    w.heading("s_changes", "h2")
    rows = [[label(w.lang, what), before, after] for what, before, after in
            A.amendment_diff(amendment)]
    if rows:
        w.table([w.t("field"), w.t("before"), w.t("after")], rows, [0.2, 0.4, 0.4])
    else:
        w.add(w.t("no_changes"))
    pd_pdf.write_signatures(w, amendment)


def render_amendment(amendment, lang: str = "en", out=None):
    w = Writer(check_lang(lang))
    write_amendment(w, amendment)
    return render(w, out, title=w.t("doc_amendment"), reference=amendment.reference)
