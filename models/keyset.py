"""Keyset paging in SQL: read the rows after (or before) a key, in index order, never by OFFSET.

The list order is (sort value, rowid), NULLs first as SQLite sorts them ascending; a descending
list is exactly that order reversed, so one index serves both directions. A key is (sort value,
rowid). "Rows after (v, r)" is split into steps that are each one index seek, so that ties (a
status shared by 25,000 rows) and NULLs cost no more than anything else:

    after (v, r):   sort IS v AND rowid > r;  then sort > v        (v NULL: sort IS NOT NULL)
    before (v, r):  sort IS v AND rowid < r;  then sort < v;  then sort IS NULL   (v NULL: first only)

A step runs only when the ones before it did not fill the page. Used by `models.listing`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .db import database

Key = tuple  # (sort value, rowid)


@dataclass
class Page:
    rows: list[tuple] = field(default_factory=list)  # (id, *columns), in the order shown
    keys: list[Key] = field(default_factory=list)  # each row's key, aligned with rows


@dataclass(frozen=True)
class Reader:
    """One query's SQL pieces: `select` over `source` WHERE `where`, ordered by `sort`."""
    source: str  # FROM clause: the table as t, an INDEXED BY, joins
    select: str  # the row's expressions (id first); t.rowid is added for the key
    where: str
    params: list
    sort: str  # the sort expression
    position: int  # where the sort value sits in a selected row
    descending: bool

    def _steps(self, key: Key | None, forward: bool) -> list[tuple[str, list]]:
        """(condition, parameters) of each step reading away from `key` in the ascending order
        (forward) or the descending one."""
        if key is None:
            return [("1", [])]
        value, rowid = key
        if forward:
            rest = (f"{self.sort} IS NOT NULL", []) if value is None else (f"{self.sort} > ?",
                                                                           [value])
            return [(f"{self.sort} IS ? AND t.rowid > ?", [value, rowid]), rest]
        steps = [(f"{self.sort} IS ? AND t.rowid < ?", [value, rowid])]
        if value is not None:
            steps += [(f"{self.sort} < ?", [value]), (f"{self.sort} IS NULL", [])]
        return steps

    def _read(self, key: Key | None, forward: bool, limit: int) -> list[tuple]:
        direction = "ASC" if forward else "DESC"
        found: list[tuple] = []
        for condition, params in self._steps(key, forward):
            sql = (f"SELECT {self.select}, t.rowid FROM {self.source} WHERE {self.where} AND "
                   f"{condition} ORDER BY {self.sort} {direction}, t.rowid {direction} LIMIT ?")
            found += database.execute_sql(sql, self.params + params + [limit - len(found)])
            if len(found) >= limit:
                break
        return found

    def page(self, *, after: Key | None = None, before: Key | None = None, last: bool = False,
             start: Key | None = None, limit: int = 200) -> Page:
        """The first page, the page after `after`, before `before`, from `start` on (that row
        included) or the `last` one, each in the order shown."""
        ascending = not self.descending
        if start is not None:  # at or after (v, r): after (v, r - 1), or (v, r + 1) reversed
            after = (start[0], start[1] - 1 if ascending else start[1] + 1)
        if after is not None:
            found = self._read(after, ascending, limit)
        elif before is not None:
            found = self._read(before, not ascending, limit)[::-1]
        elif last:
            found = self._read(None, not ascending, limit)[::-1]
        else:
            found = self._read(None, ascending, limit)
        return Page([row[:-1] for row in found],
                    [(row[self.position], row[-1]) for row in found])

    def key_of(self, record_id: str) -> Key | None:
        """The key of the record `record_id`, or None when the query does not show it."""
        row = database.execute_sql(f"SELECT {self.sort}, t.rowid FROM {self.source} WHERE "
                                   f"{self.where} AND t.id = ?", self.params + [record_id])
        found = row.fetchone()
        return tuple(found) if found else None

    def count_before(self, key: Key) -> int:
        """How many rows are shown before the row with `key`: each step an index range."""
        total = 0
        for condition, params in self._steps(key, forward=self.descending):
            total += database.execute_sql(
                f"SELECT count(*) FROM {self.source} WHERE {self.where} AND {condition}",
                self.params + params).fetchone()[0]
        return total

    def _key_by_offset(self, offset: int, forward: bool) -> Key | None:
        # Only to find where a scroll-bar jump lands: the entries skipped are the sort index's
        # own (covering: value and rowid) when the list has no search or filter.
        direction = "ASC" if forward else "DESC"
        row = database.execute_sql(
            f"SELECT {self.sort}, t.rowid FROM {self.source} WHERE {self.where} ORDER BY "
            f"{self.sort} {direction}, t.rowid {direction} LIMIT 1 OFFSET ?",
            self.params + [offset]).fetchone()
        return tuple(row) if row else None

    def key_at(self, index: int) -> Key | None:
        """The key of the row shown at `index` (0 = first), or None past the end."""
        return self._key_by_offset(index, not self.descending)

    def key_from_end(self, index: int) -> Key | None:
        """The key of the row shown `index` rows before the last (0 = the last row)."""
        return self._key_by_offset(index, self.descending)
