"""The printed agreement (PCA, SSFA, MoU) in the structure of DOMAIN.md section 4.

Reference, parties, definitions with the authorised-officer table, purpose, responsibilities,
programme documents, cash transfers with the bank table, records, reporting, close-out, entry
into force, signature blocks and the general terms; a PCA or SSFA then carries its programme
documents as annexes. Offline, from the local database only.
"""
from __future__ import annotations

from reportlab.platypus import PageBreak

from models import agreements as A
from models.directory import Office

from . import pd_pdf
from .i18n import check_lang, label
from .layout import Writer, money, render

TITLE_KEYS = {"pca": "doc_pca", "ssfa": "doc_ssfa", "mou": "doc_mou"}


def _title_key(agreement) -> str:
    """The document title of the agreement's type; "Agreement" for a malformed stored type
    (printed anyway; `check` reports the value)."""
    return TITLE_KEYS.get(agreement.agreement_type, "agreement")


def _office_name(code: str) -> str:
    office = Office.get_or_none(Office.code == code)
    return office.name if office is not None else code


def write_agreement(w: Writer, agreement, *, annexes: bool = True) -> None:
    partner = agreement.partner
    financial = agreement.agreement_type in ("pca", "ssfa")
    pds = [pd for pd in A.programme_documents(agreement) if pd.status != "cancelled"]
    w.story.append(w.para(w.t(_title_key(agreement)), "title"))
    items = [(w.t("reference"), agreement.reference), (w.t("partner"), partner.legal_name),
             (w.t("period"), f"{agreement.start_date or ''} - {agreement.end_date or ''}"),
             (w.t("status"), label(w.lang, agreement.status))]
    if agreement.country_programme:
        items.append((w.t("country_programme"), agreement.country_programme))
    w.pairs(items)
    if agreement.is_emergency:
        w.add(w.t("emergency"), "small")

    w.heading("s_parties")
    w.add(w.t("parties", office=_office_name(agreement.office), partner=partner.legal_name))
    w.heading("s_definitions")
    w.add(w.t("definitions"))
    w.space()
    w.story.append(w.para(w.t("authorised_officers"), "h2"))
    w.table([w.t("name"), w.t("title"), w.t("email")],
            [[o.get("name", ""), o.get("title", ""), o.get("email", "")]
             for o in agreement.authorised_officers or []], [0.35, 0.35, 0.3])
    w.heading("s_purpose")
    w.add(w.t("purpose", title=agreement.title or partner.legal_name))
    w.heading("s_responsibilities")
    w.add(w.t("resp_unicef"))
    w.space()
    w.add(w.t("resp_partner"))

    w.heading("s_pds")
    if pds:
        w.add(w.t("pds_intro"))
        w.space()
        rows = [[pd.reference, pd.title, f"{pd.start_date or ''} - {pd.end_date or ''}",
                 label(w.lang, pd.status), money(A.pd_totals(pd).unicef_total)] for pd in pds]
        totals = A.agreement_totals(agreement)
        rows.append([w.t("total"), "", "", "", money(totals.unicef_total)])
        w.table([w.t("reference"), w.t("doc_title"), w.t("period"), w.t("status"),
                 w.t("unicef_total")], rows, [0.31, 0.26, 0.17, 0.1, 0.16], numeric={4},
                total_rows=1)
    else:
        w.add(w.t("no_pds"))
    if financial:
        w.heading("s_cash")
        w.add(w.t("cash"))
        w.space()
        bank = partner.bank_details or {}
        if bank.get("account_number"):
            w.pairs([(w.t(k), bank.get(k, "")) for k in ("bank_name", "account_name",
                                                          "account_number", "swift", "branch",
                                                          "currency")])
        else:
            w.add(w.t("no_bank"))
    for key in ("records", "reporting", "closeout"):
        w.heading(f"s_{key}")
        w.add(w.t(key))
    w.heading("s_entry")
    w.add(w.t("entry", start=agreement.start_date or "", end=agreement.end_date or ""))
    if agreement.special_conditions:
        w.space()
        w.add(agreement.special_conditions)
    pd_pdf.write_signatures(w, agreement, "s_signatures")
    w.heading("s_gtc")
    for i, clause in enumerate(w.t("gtc"), 1):
        w.add(f"{i}. {clause}")
    if annexes:
        for pd in pds:
            w.story.append(PageBreak())
            pd_pdf.write_pd(w, pd, annex=True)


def render_agreement(agreement, lang: str = "en", out=None, *, annexes: bool = True):
    """The agreement as PDF into `out` (a path), or its bytes when `out` is None."""
    w = Writer(check_lang(lang))
    write_agreement(w, agreement, annexes=annexes)
    return render(w, out, title=w.t(_title_key(agreement)),
                  reference=agreement.reference)
