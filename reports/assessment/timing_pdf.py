"""The "Time to sign" section of the headquarters summary: per office and overall, the median
days from submission to review, review to signature and submission to signature of programme
documents, and from draft to signature of agreements (models.history.timing, as dicts)."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table

from ..base import is_rtl
from ..rtl import ordered, para
from .assessment_pdf import table_style

COLUMNS = ("submission_to_review", "review_to_signature", "submission_to_signature",
           "draft_to_signature")
HEADERS = ("Office", "PD: submission to review", "PD: review to signature",
           "PD: submission to signature", "Agreement: draft to signature")
INTRO = ("Median days, with the number of records in brackets, read from the status history: "
         "a programme document is submitted when it goes to review, reviewed when it goes to "
         "signature. Records whose history began before PartnerDesk kept it are not counted.")

TEXTS = {
    "fr": {
        "Time to sign": "Délais de signature",
        INTRO: "Médiane en jours, avec le nombre de dossiers entre parenthèses, d'après "
               "l'historique des statuts : un document de programme est soumis quand il passe "
               "à l'examen, examiné quand il passe à la signature. Les dossiers dont l'historique "
               "précède sa tenue par PartnerDesk ne sont pas comptés.",
        "Office": "Bureau", "All offices": "Tous les bureaux",
        "PD: submission to review": "DP : de la soumission à l'examen",
        "PD: review to signature": "DP : de l'examen à la signature",
        "PD: submission to signature": "DP : de la soumission à la signature",
        "Agreement: draft to signature": "Accord : du brouillon à la signature",
        "No agreement or programme document has reached review or signature since the status "
        "history began.": "Aucun accord ni document de programme n'a atteint l'examen ou la "
                          "signature depuis le début de l'historique des statuts.",
    },
    "es": {
        "Time to sign": "Plazos de firma",
        INTRO: "Mediana en días, con el número de expedientes entre paréntesis, según el "
               "historial de estados: un documento de programa se presenta cuando pasa a "
               "revisión y queda revisado cuando pasa a firma. No se cuentan los expedientes "
               "cuyo historial es anterior a que PartnerDesk lo registrara.",
        "Office": "Oficina", "All offices": "Todas las oficinas",
        "PD: submission to review": "DP: de la presentación a la revisión",
        "PD: review to signature": "DP: de la revisión a la firma",
        "PD: submission to signature": "DP: de la presentación a la firma",
        "Agreement: draft to signature": "Acuerdo: del borrador a la firma",
        "No agreement or programme document has reached review or signature since the status "
        "history began.": "Ningún acuerdo ni documento de programa ha llegado a revisión o a "
                          "firma desde que comenzó el historial de estados.",
    },
    "ar": {
        "Time to sign": "مدة التوقيع",
        INTRO: "الوسيط بالأيام، وبين قوسين عدد السجلات، مأخوذًا من سجل الحالات: تُقدَّم وثيقة "
               "البرنامج حين تُحال إلى المراجعة، وتُعدّ مراجَعة حين تُحال إلى التوقيع. لا تُحسب "
               "السجلات التي سبق تاريخها بدء حفظ PartnerDesk لسجل الحالات.",
        "Office": "المكتب", "All offices": "جميع المكاتب",
        "PD: submission to review": "وثيقة البرنامج: من التقديم إلى المراجعة",
        "PD: review to signature": "وثيقة البرنامج: من المراجعة إلى التوقيع",
        "PD: submission to signature": "وثيقة البرنامج: من التقديم إلى التوقيع",
        "Agreement: draft to signature": "الاتفاق: من المسودة إلى التوقيع",
        "No agreement or programme document has reached review or signature since the status "
        "history began.": "لم يبلغ أي اتفاق أو وثيقة برنامج المراجعة أو التوقيع منذ بدء سجل "
                          "الحالات.",
    },
}


def _t(text: str, lang: str) -> str:
    return TEXTS.get(lang, {}).get(text, text)


def cell(measure: dict) -> str:
    """"12.5 (4)": the median in days and how many records it is over; "-" for none."""
    if not measure or not measure.get("count"):
        return "-"
    return f"{measure['median_days']:g} ({measure['count']})"


def story(figures: list[dict], st: dict, lang: str) -> list:
    """The section's flowables; `figures` as models.history.timing() gives them, as dicts."""
    P = lambda text, style="body": para(text, st[style], lang)  # noqa: E731
    out = [P(_t("Time to sign", lang), "h1")]
    counted = any(m.get("count") for f in figures for m in f["measures"].values())
    if not counted:
        return out + [P(_t("No agreement or programme document has reached review or signature "
                           "since the status history began.", lang))]
    bold = st["cell_bold"]
    rows = [[para(_t(h, lang), bold, lang) for h in HEADERS]]
    for figure in figures:
        name = _t("All offices", lang) if figure["office"] == "*" else figure["office"]
        rows.append([para(name, bold if figure["office"] == "*" else st["cell"], lang)]
                    + [cell(figure["measures"].get(c, {})) for c in COLUMNS])
    widths = [26 * mm, 36 * mm, 36 * mm, 36 * mm, 42 * mm]
    table = Table([ordered(r, lang) for r in rows], colWidths=ordered(widths, lang),
                  repeatRows=1)
    table.setStyle(table_style())
    figures_span = ((0, 1), (-2, -1)) if is_rtl(lang) else ((1, 1), (-1, -1))  # not the office
    table.setStyle([("ALIGN", *figures_span, "CENTER")])
    return [KeepTogether(out + [P(_t(INTRO, lang)), Spacer(1, 2 * mm), table])]
