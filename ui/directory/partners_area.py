"""Partners area: the searchable partner list and the partner editor."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.directory import partners, settings, vocab

from ..interchange import export
from ..widgets import ListArea, ListTableModel, vocab_choices, vocab_formatter
from .partner_editor import PartnerEditor


class PartnersArea(ListArea):
    table_name = "partner"


def build(ctx) -> PartnersArea:
    t = lambda text: QCoreApplication.translate("PartnersArea", text)  # noqa: E731
    model = ListTableModel(partners.LIST, {
        "partner_type": vocab_formatter(vocab.PARTNER_TYPES),
        "risk_rating": vocab_formatter(vocab.RISK_RATINGS),
        "due_diligence_status": vocab_formatter(vocab.DUE_DILIGENCE_STATUSES)})
    filters = [("partner_type", t("All types"), vocab_choices(vocab.PARTNER_TYPES)),
               ("risk_rating", t("Any risk"), vocab_choices(vocab.RISK_RATINGS)),
               ("office", t("All offices"), [(c, c) for c in settings.office_codes()])]
    area = PartnersArea(ctx, model, PartnerEditor(), filters, t("&New partner"))
    export.attach(area, "partners")
    return area


def _shot(widget: PartnersArea, options: dict) -> None:
    if widget.model.rowCount():
        widget.table.setCurrentIndex(widget.model.index(0, 0))


SHOTS = {"partners": _shot}  # shot views (ui/areas.py)
