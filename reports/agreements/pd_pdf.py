"""The printed programme document: header, results framework, budget, workplan and the rest.

`write_pd` adds a PD to any document (the PCA prints its PDs as annexes); `render_pd` makes the
PD on its own. Offline, from the local database only.
"""
from __future__ import annotations

from models import agreements as A

from .i18n import check_lang, label
from .layout import Writer, money, render


def doc_title(w: Writer, pd) -> str:
    return w.t("doc_hpd" if pd.pd_type == "humanitarian" else "doc_pd")


def write_header(w: Writer, pd) -> None:
    agreement = pd.agreement
    partner = agreement.partner
    w.pairs([(w.t("reference"), pd.reference),
             (w.t("agreement"), agreement.reference),
             (w.t("partner"), partner.legal_name),
             (w.t("period"), f"{pd.start_date or ''} - {pd.end_date or ''}"),
             (w.t("status"), label(w.lang, pd.status)),
             (w.t("locations"), ", ".join(pd.locations or []))])
    if pd.is_emergency:
        w.add(w.t("emergency"), "small")


def write_results(w: Writer, pd) -> None:
    w.heading("s_results", "h2")
    rows = []
    for output in pd.results or []:
        indicators = output.get("indicators") or [{}]
        for i, ind in enumerate(indicators):
            rows.append([output.get("title", "") if i == 0 else "", ind.get("name", ""),
                         ind.get("baseline", ""), ind.get("target", ""),
                         ind.get("means_of_verification", "")])
    w.table([w.t("output"), w.t("indicator"), w.t("baseline"), w.t("target"), w.t("mov")],
            rows, [0.25, 0.27, 0.1, 0.1, 0.28])


def write_budget(w: Writer, pd) -> None:
    w.heading("s_budget", "h2")
    totals = A.pd_totals(pd)
    rows = []
    for line in pd.budget_lines or []:
        amounts = [A.totals([line]).unicef_cash, A.totals([line]).partner_contribution,
                   A.totals([line]).supplies]
        rows.append([line.get("activity", "")] + [money(v) for v in amounts]
                    + [money(sum(amounts))])
    rows.append([w.t("management_costs"), money(totals.management_costs), "", "",
                 money(totals.management_costs)])
    rows.append([w.t("total"), money(totals.unicef_cash + totals.management_costs),
                 money(totals.partner_contribution), money(totals.supplies),
                 money(totals.total)])
    w.table([w.t("activity"), w.t("unicef_cash"), w.t("partner_contribution"), w.t("supplies"),
             w.t("total")], rows, [0.36, 0.16, 0.16, 0.16, 0.16], numeric={1, 2, 3, 4},
            total_rows=1)
    w.pairs([(f"{w.t('unicef_total')} ({pd.currency})", money(totals.unicef_total)),
             (f"{w.t('grand_total')} ({pd.currency})", money(totals.total)),
             (w.t("partner_share"), f"{totals.partner_share} %")], widths=(0.4, 0.6))


def write_workplan(w: Writer, pd) -> None:
    lines = [line for line in pd.budget_lines or [] if line.get("start") or line.get("end")]
    if not lines:
        return
    w.heading("s_workplan", "h2")
    w.table([w.t("activity"), w.t("start"), w.t("end")],
            [[line.get("activity", ""), line.get("start", ""), line.get("end", "")]
             for line in lines], [0.6, 0.2, 0.2])


def write_rest(w: Writer, pd) -> None:
    if pd.cash_transfer_modalities:
        w.heading("s_modality", "h2")
        w.add(", ".join(label(w.lang, m) for m in pd.cash_transfer_modalities))
    if pd.planned_visits:
        w.heading("s_visits", "h2")
        w.table([w.t("visit"), w.t("when"), w.t("place")],
                [[label(w.lang, v.get("kind", "programmatic")), v.get("when", ""),
                  v.get("location", "")] for v in pd.planned_visits], [0.4, 0.25, 0.35])
    if pd.reporting_requirements:
        w.heading("s_reporting_req", "h2")
        w.table([w.t("report"), w.t("due")],
                [[label(w.lang, r.get("kind")), r.get("due", "")]
                 for r in pd.reporting_requirements], [0.6, 0.4])
    if pd.risks:
        w.heading("s_risks", "h2")
        w.table([w.t("risk"), w.t("mitigation")],
                [[r.get("risk", ""), r.get("mitigation", "")] for r in pd.risks], [0.5, 0.5])


def write_signatures(w: Writer, record, heading: str = "signatures") -> None:
    w.heading(heading, "h2" if heading == "signatures" else "h1")
    rows = [[w.t("name"), record.unicef_signatory, record.partner_signatory],
            [w.t("title"), record.unicef_signatory_title, record.partner_signatory_title],
            [w.t("signature"), "\n\n", "\n\n"],
            [w.t("date"), str(record.unicef_signed_on or ""), str(record.partner_signed_on or "")]]
    w.table(["", w.t("for_unicef"), w.t("for_partner")], rows, [0.2, 0.4, 0.4])


def write_pd(w: Writer, pd, *, annex: bool = False) -> None:
    w.story.append(w.para(f"{doc_title(w, pd)} {pd.reference}", "h1" if annex else "title"))
    write_header(w, pd)
    write_results(w, pd)
    write_budget(w, pd)
    write_workplan(w, pd)
    write_rest(w, pd)
    if not annex:
        write_signatures(w, pd)


def render_pd(pd, lang: str = "en", out=None) -> bytes | None:
    """The PD as PDF into `out` (a path), or its bytes when `out` is None."""
    w = Writer(check_lang(lang))
    write_pd(w, pd)
    return render(w, out, title=doc_title(w, pd), reference=pd.reference)
