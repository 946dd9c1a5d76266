"""Agreements area: the searchable agreement list beside the agreement and PD editors."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QPushButton,
                               QSplitter, QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from models import agreements
from models.agreements import AGREEMENT_STATUSES, AGREEMENT_TYPES, PD_STATUSES
from models.errors import NotFound

from ..interchange import export
from ..messages import amount_text
from ..widgets import ListTableModel, record_table, vocab_formatter
from .editor import AgreementPanel
from .pd_editor import PdPanel


def _choices(table: dict) -> list[tuple[str, str]]:
    return [(c, QCoreApplication.translate("vocab", v)) for c, v in table.items()]


class AgreementsArea(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = ListTableModel(agreements.LIST, {
            "agreement_type": lambda c: (c or "").upper(),
            "status": vocab_formatter(AGREEMENT_STATUSES),
            "unicef_total": amount_text}, self)
        self.model.filters["amendments"] = 0  # amendment drafts show inside their agreement
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search references, partners, titles..."))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.type_filter = self._filter("agreement_type", self.tr("All types"),
                                        _choices(AGREEMENT_TYPES))
        self.status_filter = self._filter("status", self.tr("Any status"),
                                          _choices(AGREEMENT_STATUSES))
        self.new_button = QPushButton(self.tr("&New agreement"), self)
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_agreement)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self._export_menu())
        self.table = record_table(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)

        self.agreement = AgreementPanel(ctx)
        self.pd = PdPanel(ctx)
        self.hint = QLabel(self.tr("Choose an agreement in the list, or make a new one."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        for widget in (self.hint, self.agreement, self.pd):
            self.stack.addWidget(widget)
        self.agreement.body.pd_requested.connect(self.show_pd)
        self.agreement.body.new_pd_requested.connect(self.new_pd)
        self.pd.back_requested.connect(self.show_agreement)
        self.agreement.saved.connect(self._after_save)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        ctx.data_changed.connect(self._data_changed)
        self.model.refresh()
        self.table.resizeColumnsToContents()
        self._update_count()

    def _export_menu(self) -> QToolButton:
        """Export this list as filtered and sorted, or every programme document."""
        button = QToolButton(self)
        button.setObjectName("export")
        button.setText(self.tr("Export..."))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction(self.tr("Agreements, as listed..."),
                       lambda: export.export_model(self, self.ctx, self.model, "agreements"))
        menu.addAction(self.tr("Programme documents..."), self.export_pds)
        button.setMenu(menu)
        return button

    def export_pds(self, path: str | None = None):
        from models.interchange import export_lists
        model = ListTableModel(export_lists.PDS, {"status": vocab_formatter(PD_STATUSES)}, self)
        model.filters["amendments"] = 0
        model.refresh()
        return export.export_model(self, self.ctx, model, "programme-documents", path)

    def _filter(self, name: str, everything: str, choices) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(f"filter_{name}")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(10)
        box.addItem(everything, None)
        for code, text in choices:
            box.addItem(text, code)
        box.currentIndexChanged.connect(lambda _i: self._set_filter(name, box.currentData()))
        return box

    def _set_filter(self, name: str, value) -> None:
        self.model.set_filter(name, value)
        self._update_count()

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.model.total_text())

    def _row_changed(self, current, _previous) -> None:
        record_id = self.model.id_at(current.row())
        if record_id:
            self.show_agreement(record_id)

    # navigation -----------------------------------------------------------------------------
    def show_agreement(self, agreement_id: str) -> None:
        self.agreement.open(agreement_id)
        self.stack.setCurrentWidget(self.agreement)

    def show_pd(self, pd_id: str) -> None:
        self.pd.open(pd_id)
        self.stack.setCurrentWidget(self.pd)

    def new_agreement(self) -> None:
        self.table.clearSelection()
        self.agreement.open_new()
        self.stack.setCurrentWidget(self.agreement)

    def new_pd(self) -> None:
        record = self.agreement.record
        if record is not None and agreements.can_add_pd(record):
            self.pd.open_new_under(record.id)
            self.stack.setCurrentWidget(self.pd)

    def open_record(self, table: str, record_id: str) -> None:
        if table == "programme_document":
            self.show_pd(record_id)
        else:
            self.show_agreement(record_id)

    def select_reference(self, reference: str) -> None:
        """Show an agreement (or a PD) by reference, as `shot --ref` asks."""
        try:
            record = agreements.agreement_by_reference(reference)
            self.search.setText(record.reference)
            self._apply_search()
            row = self.model.row_of(record.id)
            if row >= 0:
                self.table.selectRow(row)
            self.show_agreement(record.id)
        except NotFound:
            self.show_pd(agreements.pd_by_reference(reference).id)

    def _after_save(self, record_id: str) -> None:
        self.ctx.status_message.emit(self.tr("Saved."))

    def _data_changed(self, table: str) -> None:
        if table in ("", "agreement", "programme_document", "partner"):
            self.model.refresh()
            self._update_count()


def build(ctx) -> AgreementsArea:
    return AgreementsArea(ctx)


def _shot_list(widget: AgreementsArea, options: dict) -> None:
    if options.get("ref"):
        widget.select_reference(options["ref"])
    elif widget.model.rowCount():
        widget.table.selectRow(0)
        widget.show_agreement(widget.model.id_at(0))


def _shot_one(widget: AgreementsArea, options: dict) -> None:
    if options.get("ref"):
        widget.select_reference(options["ref"])
    else:
        _shot_list(widget, options)


def _shot_tab(name: str):
    """A record (agreement or PD by --ref) on one of its tabs, for looking at that tab."""
    def shot(widget: AgreementsArea, options: dict) -> None:
        _shot_one(widget, options)
        panel = widget.stack.currentWidget()
        tabs = getattr(panel, "tabs", None)
        if name == "pd_context" and not hasattr(panel, "builder"):
            panel = _first_pd(widget)  # no --ref: the first agreement with a PD
        if name == "pd_context" and hasattr(panel, "builder"):
            panel.builder.tabs.setCurrentWidget(panel.builder.narrative)
        elif tabs is not None:
            index = {"signatures": 1, "amendments": getattr(panel, "amendments_index", 3),
                     "history": getattr(panel, "history_index", 4)}[name]
            tabs.setCurrentIndex(index)
    return shot


def _first_pd(widget: AgreementsArea):
    for row in range(min(widget.model.rowCount(), 50)):
        widget.show_agreement(widget.model.id_at(row))
        pds = widget.agreement.body.pds
        if pds.topLevelItemCount():
            widget.show_pd(pds.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole))
            break
    return widget.stack.currentWidget()


def _shot_signatories(widget: AgreementsArea, options: dict):
    """The office's UNICEF signatories (a dialog over the agreement)."""
    _shot_one(widget, options)
    panel = widget.stack.currentWidget()
    panel.edit_signatories()
    return panel.signatories_dialog


def _shot_new_amendment(widget: AgreementsArea, options: dict):
    """What a new amendment changes (the dialog before the copy is made)."""
    from .amendment_dialog import AmendmentDialog
    _shot_one(widget, options)
    dialog = AmendmentDialog(widget)
    dialog.show()
    return dialog


SHOTS = {"agreements": _shot_list, "agreement": _shot_one,  # shot views (ui/areas.py)
         "agreement_signatures": _shot_tab("signatures"),
         "agreement_amendments": _shot_tab("amendments"), "pd_context": _shot_tab("pd_context"),
         "agreement_history": _shot_tab("history"),
         "signatories": _shot_signatories, "new_amendment": _shot_new_amendment}
