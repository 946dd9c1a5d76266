"""Lazy table model over a `models.listing.ListSpec`: pages fetched as the view scrolls.

Search, filters and sort go to SQL (FTS5 for search), so the model never holds more rows than
the user has scrolled past. Tested without a window.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from models import listing

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ListTableModel(QAbstractTableModel):
    def __init__(self, spec: listing.ListSpec,
                 formatters: dict[str, Callable[[object], str]] | None = None, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.formatters = formatters or {}
        self.search = ""
        self.filters: dict[str, object] = {}
        self.order: str | None = None
        self.descending = False
        self.rows: list[tuple] = []
        self.total = 0
        self._exhausted = False

    # query state --------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self.search = text
        self.refresh()

    def set_filter(self, name: str, value) -> None:
        self.filters[name] = value
        self.refresh()

    def refresh(self) -> None:
        """Run the query again from the first page (after an edit, a search or a filter)."""
        self.beginResetModel()
        self.total = listing.count(self.spec, search=self.search, filters=self.filters)
        self.rows = listing.fetch(self.spec, search=self.search, filters=self.filters,
                                  order=self.order, descending=self.descending, limit=PAGE,
                                  known_count=self.total)
        self._exhausted = len(self.rows) < PAGE
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = listing.fetch(self.spec, search=self.search, filters=self.filters,
                             order=self.order, descending=self.descending,
                             offset=len(self.rows), limit=PAGE, known_count=self.total)
        if not more:
            self._exhausted = True
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
        self._exhausted = len(more) < PAGE

    # Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.spec.columns[section].title)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row[0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = self.spec.columns[index.column()]
            value = row[index.column() + 1]
            formatter = self.formatters.get(column.key)
            text = formatter(value) if formatter else value
            return "" if text is None else str(text)
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        spec_column = self.spec.columns[column]
        if not spec_column.sortable:
            return
        self.order = spec_column.key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def id_at(self, row: int) -> str | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row[0] == record_id:
                return i
        return -1

    def total_text(self) -> str:
        narrowed = bool(listing.fts_query(self.search)) or any(
            v not in (None, "", []) for v in self.filters.values())
        if narrowed and self.total >= listing.COUNT_CAP:
            return QCoreApplication.translate("ListTableModel", "%1+ records").replace(
                "%1", f"{listing.COUNT_CAP:,}")
        return self.tr("%n record(s)", "", self.total)


def vocab_formatter(vocab: dict) -> Callable[[object], str]:
    from models.directory import vocab as vocabularies
    return lambda code: (QCoreApplication.translate("vocab", vocabularies.label(vocab, code))
                         if code else "")
