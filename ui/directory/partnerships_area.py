"""Partnerships area: the searchable, filterable partnership list and the partnership editor."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.directory import partnerships, settings, vocab

from ..interchange import export
from ..widgets import ListArea, ListTableModel, vocab_choices, vocab_formatter
from .partnership_editor import PartnershipEditor


class PartnershipsArea(ListArea):
    table_name = "partnership"

    def related_tables(self):
        return ("partnership_partner", "partner")


def build(ctx) -> PartnershipsArea:
    t = lambda text: QCoreApplication.translate("PartnershipsArea", text)  # noqa: E731
    model = ListTableModel(partnerships.LIST, {
        "status": vocab_formatter(vocab.PARTNERSHIP_STATUSES),
        "level": vocab_formatter(vocab.LEVELS)})
    filters = [("status", t("Any status"), vocab_choices(vocab.PARTNERSHIP_STATUSES)),
               ("contribution", t("Any contribution"), vocab_choices(vocab.CONTRIBUTION_TYPES)),
               ("office", t("All offices"), [(c, c) for c in settings.office_codes()])]
    area = PartnershipsArea(ctx, model, PartnershipEditor(ctx), filters, t("&New partnership"))
    export.attach(area, "partnerships")
    return area


def _shot(widget: PartnershipsArea, options: dict) -> None:
    if options.get("ref"):
        widget.open_record("partnership", partnerships.by_reference(options["ref"]).id)
    elif widget.model.rowCount():
        widget.table.setCurrentIndex(widget.model.index(0, 0))


SHOTS = {"partnerships": _shot}  # shot views (ui/areas.py)
