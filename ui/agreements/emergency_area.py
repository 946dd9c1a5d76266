"""Emergency area: the fast-track wizard, ready on screen, beside the deferred items still open."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from models.agreements import emergency
from models.directory import settings
from reports import palette

from ..messages import date_text, isolate, text
from .deferred_dialog import DeferredDialog
from .emergency_wizard import EmergencyWizard


class EmergencyArea(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        intro = QLabel(self.tr(
            "<h3>Emergency fast track</h3><p>Launch a simplified humanitarian programme "
            "document from a pre-certified template in four screens: under the partner's "
            "signed PCA, or as a new SSFA. Signatures are electronic; the full assessment and "
            "the paperwork are deferred with due dates and come back as alerts.</p>"), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.deferred = QListWidget(self)
        self.deferred.setObjectName("deferred_items")
        self.deferred.setWordWrap(True)
        self.deferred.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.deferred.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.done_button = QPushButton(self.tr("Close with evidence..."), self)
        self.done_button.setObjectName("deferred_done")
        self.done_button.clicked.connect(self.mark_done)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.open_pd = QPushButton(self.tr("Open the programme document"), self)
        self.open_pd.setObjectName("open_launched")
        self.open_pd.hide()
        self.open_pd.clicked.connect(lambda: ctx.open_record("programme_document",
                                                              self.last_pd or ""))
        self.last_pd: str | None = None
        left = QVBoxLayout()
        left.addWidget(intro)
        self.heading = QLabel(self)
        self.heading.setObjectName("deferred_heading")
        self.heading.setWordWrap(True)
        left.addWidget(self.heading)
        left.addWidget(self.deferred, 1)
        left.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.message)
        left.addWidget(self.open_pd, 0, Qt.AlignmentFlag.AlignLeft)
        self.wizard_box = QVBoxLayout()
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(self.wizard_box, 3)
        self.wizard: EmergencyWizard | None = None
        self.new_wizard()
        self.refresh()
        ctx.data_changed.connect(lambda table: self.refresh() if table in (
            "", "programme_document", "deferred_item") else None)

    def new_wizard(self) -> EmergencyWizard:
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
        self.wizard = EmergencyWizard(self.ctx, parent=self)
        self.wizard.setWindowFlags(Qt.WindowType.Widget)  # a page of the window, not a dialog
        self.wizard.launched.connect(self._launched)
        self.wizard.finished.connect(lambda _r: self.new_wizard())
        self.wizard_box.addWidget(self.wizard)
        self.wizard.show()
        return self.wizard

    def _launched(self, pd_id: str) -> None:
        self.last_pd = pd_id
        self.open_pd.show()
        self.refresh()

    def refresh(self) -> None:
        """The home office's open items (every office's where none is set, as at HQ)."""
        self.deferred.clear()
        today = dt.date.today()
        office = settings.home_office()
        self.heading.setText("<b>" + (self.tr("Deferred items still open in %1").replace(
            "%1", office) if office else self.tr("Deferred items still open")) + "</b>")
        for item in emergency.deferred_items(office=office):
            due = item.due_date if isinstance(item.due_date, dt.date) else \
                dt.date.fromisoformat(str(item.due_date))
            late = due < today
            what = text(emergency.deferred_description(item))
            # the description keeps its own direction (a reference inside Arabic text)
            line = (self.tr("%1 (overdue): %2") if late else self.tr("%1: %2"))
            row = QListWidgetItem(line.replace("%1", date_text(due)).replace("%2", isolate(what)))
            row.setToolTip(what)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setData(Qt.ItemDataRole.UserRole + 1, item.kind)
            if late:
                row.setForeground(QColor(palette.ERROR))
            self.deferred.addItem(row)
        self.done_button.setEnabled(self.deferred.count() > 0)

    def mark_done(self) -> None:
        """Ask for the item's evidence (scan, assessment, outcome); the model checks it."""
        row = self.deferred.currentItem()
        if row is None:
            self.message.setText(self.tr("Choose an item in the list first."))
            return
        self.dialog = DeferredDialog(row.data(Qt.ItemDataRole.UserRole),
                                     row.data(Qt.ItemDataRole.UserRole + 1), row.toolTip(), self)
        self.dialog.accepted.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.message.setText(self.tr("Done: the evidence is recorded."))
        for table in ("deferred_item", "partner"):
            self.ctx.changed(table)

    def open_record(self, table: str, record_id: str) -> None:
        self.refresh()


def build(ctx) -> EmergencyArea:
    return EmergencyArea(ctx)


def _shot(widget: EmergencyArea, options: dict) -> None:
    widget.refresh()


def _shot_page(number: int):
    """The wizard on one of its later screens, the earlier ones filled in as a person would
    (the first known partner, the first template, an amount, a place)."""
    def shot(widget: EmergencyArea, options: dict) -> None:
        widget.refresh()
        wizard = widget.wizard
        wizard.partner_page.partner.setCurrentIndex(min(1, wizard.partner_page.partner.count() - 1))
        terms = wizard.terms_page
        for _ in range(number):
            if wizard.currentPage() is terms:
                terms.template.setCurrentIndex(min(1, terms.template.count() - 1))
                terms.amount.setText("40000")
                terms.locations.setText(options.get("office") or "Garissa, Dadaab")
            wizard.next()
    return shot


def _shot_deferred(widget: EmergencyArea, options: dict):
    """Closing a deferred item: the full assessment asks for the most."""
    widget.refresh()
    rows = [widget.deferred.item(i) for i in range(widget.deferred.count())]
    if not rows:
        return None
    kinds = [row.data(Qt.ItemDataRole.UserRole + 1) for row in rows]
    widget.deferred.setCurrentItem(rows[kinds.index("full_assessment")]
                                   if "full_assessment" in kinds else rows[0])
    widget.mark_done()
    return widget.dialog


SHOTS = {"emergency": _shot, "emergency_terms": _shot_page(1),  # shot views (ui/areas.py)
         "emergency_results": _shot_page(2), "emergency_sign": _shot_page(3),
         "deferred": _shot_deferred}
