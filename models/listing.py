"""Paged, filtered, sorted and searched list queries for the big tables (raw SQL, FTS5).

The interface asks for pages (`fetch`) and a capped count (`count`); search text becomes an FTS5
prefix query, so typing stays fast at 100,000 records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .db import database

COUNT_CAP = 1_000  # while searching or filtering; the whole list is counted exactly
BROAD = 1_000  # a search matching at least this many rows reads the sort index in order


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English source string; the interface translates it
    sql: str  # expression over alias `t` (the table) and joined aliases
    sortable: bool = True
    index: str | None = None  # an index on this column alone, for ordered scans


@dataclass(frozen=True)
class ListSpec:
    table: str
    fts: str
    columns: tuple[Column, ...]
    joins: str = ""
    filters: dict[str, str] = field(default_factory=dict)  # name -> SQL with one ? parameter

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)


def fts_query(text: str) -> str | None:
    """Turn typed text into an FTS5 query: every word must match as a prefix."""
    words = re.findall(r"\w+", text or "", flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def _where(spec: ListSpec, search: str | None, filters: dict | None) -> tuple[str, list]:
    clauses, params = ["t.deleted = 0"], []
    query = fts_query(search or "")
    if query:
        clauses.append(f"t.rowid IN (SELECT rowid FROM {spec.fts} WHERE {spec.fts} MATCH ?)")
        params.append(query)
    for name, value in (filters or {}).items():
        if value in (None, "", []):
            continue
        if name not in spec.filters:
            raise KeyError(f"unknown filter {name}")
        clauses.append(spec.filters[name])
        params.append(value)
    return " AND ".join(clauses), params


def fetch(spec: ListSpec, *, search: str | None = None, filters: dict | None = None,
          order: str | None = None, descending: bool = False, offset: int = 0,
          limit: int = 200, known_count: int | None = None) -> list[tuple]:
    """One page of rows: (id, *column values) in the spec's column order.

    `known_count` (from `count`, for the same search and filters) saves counting again."""
    where, params = _where(spec, search, filters)
    select = ", ".join(c.sql for c in spec.columns)
    column = spec.column(order) if order else spec.columns[0]
    direction = "DESC" if descending else "ASC"
    # A broad match (typing the first letters) is cheaper read in index order, stopping at the
    # page, than sorted whole; a narrow one is cheaper sorted.
    indexed = ""
    if column.index and (search or filters) and offset < BROAD and (
            known_count if known_count is not None
            else count(spec, search=search, filters=filters, cap=BROAD)) >= BROAD:
        indexed = f"INDEXED BY {column.index}"
    tiebreak = "" if indexed else ", t.rowid"
    sql = (f"SELECT t.id, {select} FROM {spec.table} AS t {indexed} {spec.joins} WHERE {where} "
           f"ORDER BY {column.sql} {direction}{tiebreak} LIMIT ? OFFSET ?")
    return database.execute_sql(sql, params + [limit, offset]).fetchall()


def count(spec: ListSpec, *, search: str | None = None, filters: dict | None = None,
          cap: int | None = None) -> int:
    """Number of matching rows, counted up to `cap` (the interface shows "cap+").

    By default a search or filter is counted up to COUNT_CAP and the whole list exactly."""
    where, params = _where(spec, search, filters)
    if cap is None:
        narrowed = fts_query(search or "") or any(v not in (None, "", [])
                                                  for v in (filters or {}).values())
        cap = COUNT_CAP if narrowed else 1 << 62
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM {spec.table} AS t {spec.joins} "
           f"WHERE {where} LIMIT ?)")
    return database.execute_sql(sql, params + [cap]).fetchone()[0]
