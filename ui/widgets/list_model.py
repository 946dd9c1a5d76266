"""Table model over a `models.listing` list: as many rows as the list has, read a page at a time.

Once the list is counted, the model has one row per record, so the scroll bar is the list's true
length and End, Ctrl+End or the thumb dragged to the bottom go straight to its end. Only one
contiguous stretch of rows is held (at most KEEP); the rows the view shows are read when it shows
them (`ensure_rows`, called as it scrolls): after or before the held stretch by key, the end by
reading the index backwards, anywhere else by a seek. Until the count arrives the model grows
page by page (`fetchMore`), as a lazy model does.

With a `Reader` every query runs off the GUI thread and comes back by signal; a newer search,
filter or sort makes any older answer stale (a generation number), so it can never replace what
a later keystroke asked for. Without one (a list of a few hundred agreements, a test of the model
alone) queries run at once.
"""
from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject,
                            Qt, Signal)

from models import listing

from ..messages import date_text, error_text

PAGE = listing.PAGE
JUMP = 100  # rows read where a jump lands (End, the thumb dragged): a few screens
KEEP = 2_000  # rows held at most; a long scroll lets go of the far end
ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
DISPLAY, TOOLTIP = int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.ToolTipRole.value)

DATE_SUFFIXES = ("_date", "planned_end", "_on")


class ListTableModel(QAbstractTableModel):
    loaded = Signal()  # the first rows of a new query arrived
    counted = Signal()  # `total` is known
    located = Signal(str, int)  # a record asked for by `locate`, and its row (-1: not shown)
    failed = Signal(str)

    def __init__(self, spec: listing.ListSpec,
                 formatters: dict[str, Callable[[object], str]] | None = None, parent=None,
                 reader=None):
        super().__init__(parent)
        self.spec = spec
        self.formatters = dict(formatters or {})  # also used by exports (ui/interchange/export)
        # on screen, dates read as the interface's language writes them unless the area says
        # otherwise; an exported file keeps them as stored (2026-03-31), for other programs
        self.shown = {c.key: date_text for c in spec.columns if c.key.endswith(DATE_SUFFIXES)}
        self.shown.update(self.formatters)
        self.reader = reader
        self.search = ""
        self.filters: dict[str, object] = {}
        self.order: str | None = None
        self.descending = False
        self.total: int | None = None  # None until counted
        self.generation = 0  # bumped by every new query; older answers are dropped
        self.start = 0  # list position of rows[0]
        self.rows: list[tuple] = []
        self.keys: list[listing.Key] = []
        self._walk: bool | None = None
        self._head: tuple | None = None  # first key of the rows read from the top, and for what
        self._at_end = False  # rows reach the last row of the list
        self._shown = 0  # rowCount() as the view knows it
        self._loading = False
        self._wanted: tuple[int, int] | None = None
        self._texts: dict[str, list[str]] = {}  # record id -> its cells as shown

    # query state --------------------------------------------------------------------------
    def query(self) -> listing.Query:
        return listing.Query(self.spec, self.search, dict(self.filters), self.order,
                             self.descending)

    def set_search(self, text: str) -> None:
        """Search as the user types. When the text only narrows what the rows shown from the
        top were read for (a letter more), the new first match cannot come before the old one:
        reading starts there instead of at the top of the sort index."""
        head, self._head = self._head, None
        hint = None
        if head and head[1:] == (dict(self.filters), self.order, self.descending, self.search) \
                and listing.narrows(self.search, text):
            hint = head[0]
        self.search = text
        self.refresh(start=hint)

    def set_filter(self, name: str, value) -> None:
        self.filters[name] = value
        self.refresh()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        spec_column = self.spec.columns[column]
        if not spec_column.sortable:
            return
        self.order = spec_column.key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def refresh(self, start: listing.Key | None = None) -> None:
        """Run the query again from its first page (after an edit, a search, a filter, a sort);
        the rows shown stay until the new ones arrive. `start`: the key of a row no match comes
        before (set_search knows one)."""
        self._head = None  # data may have changed: no reading from where the last search began
        self.generation += 1
        self._texts = {}
        self.total = None
        self._loading, self._wanted = True, None
        if self.reader is not None:  # the old query's scrolling and count are moot
            self.reader.cancel((id(self), "rows"))
            self.reader.cancel((id(self), "count"))
        query, generation = self.query(), self.generation
        self._run("page", _first_page, query, start,
                  done=lambda r: self._first(generation, r))

    def _run(self, what: str, fn, *args, done, urgent: bool = True) -> None:
        if self.reader is None:
            try:
                result = fn(*args)
            except Exception as exc:
                self._failed(exc)
                return
            done(result)
        else:
            self.reader.submit((id(self), what), fn, *args, on_done=done,
                               on_error=self._failed, urgent=urgent)

    def _current(self, generation: int) -> bool:
        return generation == self.generation and shiboken6.isValid(self)

    def _first(self, generation: int, result) -> None:
        if not self._current(generation):
            return
        self._walk, found = result
        self.beginResetModel()
        self.start, self.rows, self.keys = 0, found.rows, found.keys
        self._head = (found.keys[0], dict(self.filters), self.order, self.descending,
                      self.search) if found.keys else None
        self._at_end = len(found.rows) < PAGE
        if self._at_end and self.total is None:
            self.total = len(found.rows)
        self._shown = self.total if self.total is not None else len(self.rows)
        self._loading = False
        self.endResetModel()
        self.loaded.emit()
        if self.total is None:  # counted once the rows are shown: the count does not delay them
            query = self.query()
            self._run("count", listing.count, query,
                      done=lambda n: self._counted(generation, n), urgent=False)
        self._load_wanted()

    def _counted(self, generation: int, total: int) -> None:
        if not self._current(generation):
            return
        self.total = total
        if not self._loading:
            self._show(max(total, self.start + len(self.rows)))
        self.counted.emit()

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        if shiboken6.isValid(self):
            self.failed.emit(error_text(exc))

    def _show(self, count: int) -> None:
        """Tell the view the list now has `count` rows."""
        if count > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, count - 1)
            self._shown = count
            self.endInsertRows()
        elif count < self._shown:
            self.beginRemoveRows(QModelIndex(), count, self._shown - 1)
            self._shown = count
            self.endRemoveRows()

    # reading rows as the view needs them --------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return (not parent.isValid() and self.total is None and not self._at_end
                and not self._loading and bool(self.rows))

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load("after", self.start + len(self.rows))

    def ensure_rows(self, first: int, last: int) -> None:
        """The view shows rows `first`..`last`: read what of them is not held."""
        if self.total is None or first < 0:
            return
        last = min(last if last >= 0 else self._shown - 1, self._shown - 1)
        end = self.start + len(self.rows)
        if self.start <= first and last < end:
            return
        if self._loading:
            self._wanted = (first, last)
            return
        if end <= first < end + PAGE and self.rows and not self._at_end:
            self._load("after", first)
        elif self.start - PAGE <= last < self.start and self.rows:
            self._load("before", last)
        elif last >= self.total - JUMP:
            self._load("last", last)
        else:
            self._load("seek", max(0, first - JUMP // 4))

    def _load(self, how: str, position: int) -> None:
        query, generation, walk = self.query(), self.generation, self._walk
        self._loading = True
        if how == "after":
            args = (query, self.keys[-1], None, False, walk, PAGE)
        elif how == "before":
            args = (query, None, self.keys[0], False, walk, PAGE)
        elif how == "last":
            args = (query, None, None, True, walk, JUMP)
        else:
            args = (query, position, self.total, walk, JUMP)
        fn = _seek if how == "seek" else _page
        self._run("rows", fn, *args, done=lambda found: self._arrived(generation, how, position,
                                                                      found))

    def locate(self, record_id: str) -> None:
        """Bring a record into the rows held wherever the list shows it (opening it from an
        alert, say); `located` follows with its row."""
        if (row := self.row_of(record_id)) >= 0:
            self.located.emit(record_id, row)
            return
        query, generation, walk = self.query(), self.generation, self._walk
        self._loading = True
        self._run("rows", _locate, query, record_id, walk, self.total, JUMP,
                  done=lambda found: self._placed(generation, record_id, found))

    def _placed(self, generation: int, record_id: str, found) -> None:
        if not self._current(generation):
            return
        self._loading = False
        if found is None:
            self.located.emit(record_id, -1)
            return
        position, page, total = found
        self.total = total
        self._arrived(generation, "seek", position, page)
        self.located.emit(record_id, self.row_of(record_id))  # the view goes there first,
        self.counted.emit()  # then reads what it shows

    def _arrived(self, generation: int, how: str, position: int, found) -> None:
        if not self._current(generation):
            return
        self._loading = False
        if how == "after":
            self.rows, self.keys = self.rows + found.rows, self.keys + found.keys
            self._at_end = len(found.rows) < PAGE
        elif how == "before":
            self.start -= len(found.rows)
            self.rows, self.keys = found.rows + self.rows, found.keys + self.keys
            if len(found.rows) < PAGE or self.start < 0:  # the list begins here (rows were
                self.start = 0  # deleted or inserted since it was counted: close the gap)
        else:
            self.rows, self.keys = found.rows, found.keys
            self._at_end = how == "last" or len(found.rows) < JUMP
            self.start = (max(0, (self.total or 0) - len(found.rows)) if how == "last"
                          else position)
        self._trim(keep_end=how == "before")
        if self.total is None:
            self._show(len(self.rows))
        else:
            self._show(max(self.total, self.start + len(self.rows)))
            if self._shown:
                self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1,
                                                                   self.columnCount() - 1))
        self._load_wanted()

    def _trim(self, keep_end: bool) -> None:
        extra = len(self.rows) - KEEP
        if extra <= 0 or self.total is None:
            return
        if keep_end:
            self.rows, self.keys, self._at_end = self.rows[:KEEP], self.keys[:KEEP], False
        else:
            self.rows, self.keys, self.start = self.rows[extra:], self.keys[extra:], \
                self.start + extra

    def _load_wanted(self) -> None:
        if self._wanted is not None:
            first, last = self._wanted
            self._wanted = None
            self.ensure_rows(first, last)

    # Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.spec.columns[section].title)
        return None

    def data(self, index: QModelIndex, role=DISPLAY):
        # Called for every role of every cell at each repaint (about 900 calls for a screen):
        # roles are plain ints here, and a row's texts are made once.
        if role != DISPLAY and role != TOOLTIP and role != ID_ROLE:
            return None
        held = index.row() - self.start
        if not 0 <= held < len(self.rows):
            return "" if role == DISPLAY else None  # being read
        row = self.rows[held]
        if role == ID_ROLE:
            return row[0]
        texts = self._texts.get(row[0])
        if texts is None:
            if len(self._texts) > KEEP:
                self._texts.clear()
            texts = self._texts[row[0]] = self._format(row)
        return texts[index.column()]

    def _format(self, row: tuple) -> list[str]:
        texts = []
        for column, value in zip(self.spec.columns, row[1:]):
            formatter = self.shown.get(column.key)
            text = formatter(value) if formatter else value
            texts.append("" if text is None else str(text))
        return texts

    def id_at(self, row: int) -> str | None:
        held = row - self.start
        return self.rows[held][0] if 0 <= held < len(self.rows) else None

    def row_of(self, record_id: str) -> int:
        for i, row in enumerate(self.rows):
            if row[0] == record_id:
                return self.start + i
        return -1

    def settled(self) -> bool:
        """True when the last query's rows and count have arrived and nothing is being read."""
        return not self._loading and self.total is not None and self._wanted is None

    def total_text(self) -> str:
        if self.total is None:
            return self.tr("Counting...")
        return self.tr("%Ln records", "", self.total)

    def watch(self, view) -> None:
        """Read the rows `view` (a QTableView) shows whenever it scrolls or resizes."""
        def visible(*_args) -> None:
            height = view.viewport().height()
            self.ensure_rows(view.rowAt(0), view.rowAt(max(0, height - 1)))
        view.verticalScrollBar().valueChanged.connect(visible)
        self.counted.connect(visible)
        self.loaded.connect(visible)
        view.viewport().installEventFilter(_OnResize(view.viewport(), visible))


class _OnResize(QObject):
    def __init__(self, parent, callback):
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.callback()
        return False


def _first_page(query: listing.Query, start: listing.Key | None = None):
    walk = listing.walks_index(query)
    return walk, listing.page(query, start=start, walk=walk)


def _page(query, after, before, last, walk, limit):
    return listing.page(query, after=after, before=before, last=last, walk=walk, limit=limit)


def _seek(query, position, total, walk, limit):
    return listing.seek(query, position, total=total, walk=walk, limit=limit)


def _locate(query, record_id, walk, total, limit):
    found = listing.locate(query, record_id, walk=walk, limit=limit)
    if found is None:
        return None
    return (*found, total if total is not None else listing.count(query))


def vocab_formatter(vocab: dict) -> Callable[[object], str]:
    from models.directory import vocab as vocabularies
    return lambda code: (QCoreApplication.translate("vocab", vocabularies.label(vocab, code))
                         if code else "")
