"""A list-and-editor area: search-as-you-type, filters, a lazy sortable table, the editor beside it."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from ..translate import InheritedTr
from .flow import FlowLayout
from .list_model import ListTableModel
from .record_editor import RecordEditor


def record_table(model, parent) -> QTableView:
    """A sortable, single-row-selecting table over a ListTableModel, as every list shows it; the
    model reads the rows the table shows as it scrolls."""
    table = QTableView(parent)
    table.setObjectName("table")
    table.setModel(model)
    model.watch(table)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    # one height for every row: with 100,000 rows the view then never measures them
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(24)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ListArea(InheritedTr, QWidget):
    table_name = ""  # the table whose records this area opens

    def __init__(self, ctx, model: ListTableModel, editor: RecordEditor,
                 filters: list[tuple[str, str, list[tuple[str, str]]]], new_label: str,
                 parent=None):
        super().__init__(parent)
        self.ctx, self.model, self.editor = ctx, model, editor
        if model.reader is None:  # the list's queries run off the GUI thread
            model.reader = ctx.reader
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names, acronyms, objectives, places..."))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)
        self.search.textChanged.connect(self._search_changed)
        self.filter_boxes: dict[str, QComboBox] = {}
        bar = FlowLayout()  # the filters take a second line rather than cut their texts
        top = QHBoxLayout()
        self.top_bar = top  # features add buttons here (e.g. Export)
        top.addWidget(self.search, 1)
        for name, everything, choices in filters:
            box = QComboBox(self)
            box.setObjectName(f"filter_{name}")
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.addItem(everything, None)
            for code, text in choices:
                box.addItem(text, code)
            box.currentIndexChanged.connect(lambda _i, n=name, b=box:
                                            self.model.set_filter(n, b.currentData()))
            bar.addWidget(box)
            self.filter_boxes[name] = box
        self.new_button = QPushButton(new_label, self)
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_record)
        top.addWidget(self.new_button)

        self.table = record_table(self.model, self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._apply_search)
        self.editor.saved.connect(self._after_save)
        ctx.data_changed.connect(self._data_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record)
        QShortcut(QKeySequence.StandardKey.Save, self, self.editor.save)
        self.editor.setEnabled(False)
        self._last_row = -1
        self._select_on_load: str | None = None  # a record to select when the rows arrive
        self._sized = False
        model.loaded.connect(self._loaded)
        model.located.connect(self._located)
        model.counted.connect(self._update_count)
        model.failed.connect(lambda text: ctx.status_message.emit(text))
        if not model.generation:  # the table's sort has not run the query yet
            model.refresh()
        self._update_count()

    def _search_changed(self, _text: str) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.model.total_text())

    def _loaded(self) -> None:
        """New rows arrived: size the columns once, find the record that was asked for."""
        self._update_count()
        if not self._sized and self.model.rows:
            self.table.resizeColumnsToContents()
            self._sized = True
        record_id, self._select_on_load = self._select_on_load, None
        if record_id:
            self.model.locate(record_id)  # wherever it is in the list: `_located` follows

    def _located(self, record_id: str, row: int) -> None:
        if record_id != self.editor.record_id:
            return  # the user has moved on to another record
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().blockSignals(True)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().blockSignals(False)
            self.table.updateGeometries()  # the scroll bar must know the rows just counted
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._last_row = row

    def _row_changed(self, current, previous) -> None:
        if current.row() == self._last_row:
            return
        if not self.editor.confirm_leave():
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(self._last_row)
            self.table.selectionModel().blockSignals(False)
            return
        self._last_row = current.row()
        record_id = self.model.id_at(current.row())
        if record_id:
            self.editor.setEnabled(True)
            self.editor.open(record_id)

    def new_record(self) -> None:
        if not self.editor.confirm_leave():
            return
        self.table.clearSelection()
        self._last_row = -1
        self.editor.setEnabled(True)
        self.editor.open(None)
        self.editor.form.setFocus()
        first = next(iter(self.editor.form.inputs.values()))
        first.setFocus()

    def open_record(self, table: str, record_id: str) -> None:
        if not self.editor.confirm_leave():
            return
        self.editor.setEnabled(True)
        self.editor.open(record_id)
        if self.model.row_of(record_id) >= 0:
            self.model.locate(record_id)
        else:  # not in the rows read: clear the search so that the record can be shown
            self._select_on_load = record_id
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            for box in self.filter_boxes.values():
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.model.filters.clear()
            self.model.search = ""
            self.model.refresh()

    def _after_save(self, record_id: str) -> None:
        self.ctx.changed(self.table_name)
        self.ctx.status_message.emit(self.tr("Saved."))

    def _data_changed(self, table: str) -> None:
        if table in ("", self.table_name) or table in self.related_tables():
            self._select_on_load = self.editor.record_id
            self.model.refresh()
            self._update_count()

    def related_tables(self) -> tuple[str, ...]:
        return ()
