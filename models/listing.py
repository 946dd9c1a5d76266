"""Filtered, sorted and searched lists of the big tables, read a page at a time by key.

A list is a `ListSpec` (table, columns, filters, FTS5 table); what the user asked for is a
`Query` (search text, filters, sort column and direction). Pages are read by key: a row's key is
(its sort value, its rowid), so the next page is "the rows after this key" and costs the same at
row 100,000 as at row 1, which OFFSET did not (it read and threw away every row before the page).
Each sortable column of a big table has a partial index on (column) WHERE deleted = 0 (schema
steps "list indexes"), which holds the rowid too, so every page is an index seek. The keyset
SQL itself is in `models/keyset.py`.

Searched text becomes an FTS5 prefix query (every word must match as a prefix).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from . import keyset
from .db import database
from .keyset import Key, Page

__all__ = ["Column", "ListSpec", "Query", "Key", "Page", "PAGE", "BROAD", "fts_query", "page",
           "seek", "locate", "count", "walks_index", "rows", "fetch", "narrows"]

PAGE = 200
BROAD = 1_000  # a search or filter matching at least this many rows reads the sort index in order


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source string; the interface translates it
    sql: str  # expression over alias `t` (the table) and joined aliases
    sortable: bool = True
    index: str | None = None  # partial index on this column WHERE deleted = 0, for ordered reads


@dataclass(frozen=True)
class ListSpec:
    table: str
    fts: str
    columns: tuple[Column, ...]
    joins: str = ""
    filters: dict[str, str] = field(default_factory=dict)  # name -> SQL over t, one ? parameter

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


@dataclass(frozen=True)
class Query:
    """What the user asked of a list: search text, filters, sort column and direction."""
    spec: ListSpec
    search: str | None = None
    filters: Mapping[str, object] | None = None
    order: str | None = None  # a column key; None: the first column
    descending: bool = False

    @property
    def column(self) -> Column:
        return self.spec.column(self.order) if self.order else self.spec.columns[0]

    @property
    def narrowed(self) -> bool:
        """True when a search or a filter leaves out some rows."""
        return bool(fts_query(self.search or "")) or bool(_active(self.filters))


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", text or "", flags=re.UNICODE)


def fts_query(text: str) -> str | None:
    """Turn typed text into an FTS5 query: every word must match as a prefix."""
    words = _words(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _active(filters: Mapping | None) -> dict:
    return {k: v for k, v in (filters or {}).items() if v not in (None, "", [])}


def _where(query: Query, sets: bool = False) -> tuple[str, list]:
    """WHERE clause and parameters. With `sets`, each filter becomes the set of rowids it
    keeps, made once from the filter's own index: testing an index entry against a set needs no
    read of the table, testing `t.office = ?` does (8 ms against 40 for the partnerships of one
    office, read by reference). A page with a search tests the search's set first and reads the
    table only for the rows it keeps: cheaper than making the filter's set when the page is
    found early, dearer over the long stretch a seek skips."""
    spec = query.spec
    clauses, params = ["t.deleted = 0"], []
    text = fts_query(query.search or "")
    if text:
        clauses.append(f"t.rowid IN (SELECT rowid FROM {spec.fts} WHERE {spec.fts} MATCH ?)")
        params.append(text)
    for name, value in _active(query.filters).items():
        if name not in spec.filters:
            raise KeyError(f"unknown filter {name}")
        test = spec.filters[name]
        if sets:
            test = (f"t.rowid IN (SELECT t.rowid FROM {spec.table} AS t WHERE t.deleted = 0 AND "
                    f"{test})")
        clauses.append(test)
        params.append(value)
    return " AND ".join(clauses), params


def count(query: Query | ListSpec, *, search: str | None = None, filters: dict | None = None,
          cap: int | None = None) -> int:
    """Number of rows a query shows (or a spec with `search` and `filters`), counted up to `cap`
    when one is given."""
    if isinstance(query, ListSpec):
        query = Query(query, search, filters)
    where, params = _where(query)
    limit = f"LIMIT {int(cap)}" if cap is not None else ""
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM {query.spec.table} AS t {query.spec.joins} "
           f"WHERE {where} {limit})")
    return database.execute_sql(sql, params).fetchone()[0]


def walks_index(query: Query) -> bool:
    """Whether pages read the sort column's index in order (else SQLite sorts the matches).

    Without a search or filter the index is always read in order. With one, a broad match
    (typing the first letters: thousands of rows) fills a page after a few index entries, while a
    narrow one could make the walk pass most of the table to find a page: sorting its few rows
    is then cheaper. The search alone is counted on the FTS table, which is cheap; filters need
    the table."""
    index = query.column.index
    if not index or not query.narrowed:
        return bool(index)
    text = fts_query(query.search or "")
    if text and not _active(query.filters):
        fts = query.spec.fts
        found = database.execute_sql(f"SELECT count(*) FROM (SELECT 1 FROM {fts} WHERE {fts} "
                                     f"MATCH ? LIMIT {BROAD})", [text]).fetchone()[0]
        return found >= BROAD
    return count(query, cap=BROAD) >= BROAD


def _reader(query: Query, walk: bool | None, skip: bool = False) -> keyset.Reader:
    """The SQL of a query's pages; `skip`: of a seek's long count of index entries."""
    column = query.column
    if walk is None:
        walk = walks_index(query)
    walk = walk and bool(column.index)
    where, params = _where(query, sets=walk and (skip or not fts_query(query.search or "")))
    spec = query.spec
    select = ", ".join(c.sql for c in spec.columns)
    indexed = f"INDEXED BY {column.index}" if walk else ""
    return keyset.Reader(
        source=f"{spec.table} AS t {indexed} {spec.joins}", select=f"t.id, {select}",
        where=where, params=params, sort=column.sql, position=1 + spec.columns.index(column),
        descending=query.descending)


def page(query: Query, *, after: Key | None = None, before: Key | None = None,
         last: bool = False, start: Key | None = None, limit: int = PAGE,
         walk: bool | None = None) -> Page:
    """Rows (id, *columns) in the order shown: the first page, the page after the key `after`,
    the page before the key `before` (still in the order shown), the page from the row with the
    key `start` on, or the `last` page.

    `walk` (from `walks_index`, computed once per query) saves deciding again for each page."""
    return _reader(query, walk).page(after=after, before=before, last=last, start=start,
                                     limit=limit)


def narrows(before: str | None, after: str | None) -> bool:
    """True when every row that search text `after` finds is found by `before` too: the same
    words, the last one longer or more words after it (what typing does). A list sorted the same
    way then has its first match for `after` at or after its first match for `before`."""
    old, new = _words(before), _words(after)
    if not old or len(new) < len(old):
        return False
    return new[:len(old) - 1] == old[:-1] and new[len(old) - 1].startswith(old[-1])


def seek(query: Query, position: int, *, total: int | None = None, limit: int = PAGE,
         walk: bool | None = None) -> Page:
    """The page that starts at row `position` (0 = first), for a jump of the scroll bar.

    The row just before `position` is found by counting index entries from the nearer end
    (from the end when `total` says it is nearer), then the page is read by key as always."""
    reader = _reader(query, walk)
    if position <= 0:
        return reader.page(limit=limit)
    skipper = _reader(query, walk, skip=True)
    if total is not None and position > total // 2:
        key = skipper.key_from_end(max(0, total - position))
    else:
        key = skipper.key_at(position - 1)
    found = reader.page(after=key, limit=limit) if key is not None else Page()
    # past the end (the list is shorter than it was counted): show its end
    return found if found.rows else reader.page(last=True, limit=limit)


def locate(query: Query, record_id: str, *, limit: int = PAGE,
           walk: bool | None = None) -> tuple[int, Page] | None:
    """Where the query shows a record: its position (0 = first) and the page from it on; None
    when the query does not show it. For opening a record deep in a list."""
    reader = _reader(query, walk)
    key = reader.key_of(record_id)
    if key is None:
        return None
    return reader.count_before(key), reader.page(start=key, limit=limit)


def rows(query: Query, chunk: int = 1000) -> Iterator[tuple]:
    """Every row of the query in the order shown, read page by page by key (bounded memory)."""
    walk = walks_index(query)
    found = page(query, limit=chunk, walk=walk)
    while True:
        yield from found.rows
        if len(found.rows) < chunk:
            return
        found = page(query, after=found.keys[-1], limit=chunk, walk=walk)


def fetch(spec: ListSpec, *, search: str | None = None, filters: dict | None = None,
          order: str | None = None, descending: bool = False, limit: int = PAGE) -> list[tuple]:
    """The first `limit` rows (id, *columns) of a list, for callers that want only the top."""
    return page(Query(spec, search, filters, order, descending), limit=limit).rows
