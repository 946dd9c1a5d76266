"""Search indexing of a pulled page in one pass: the rows a page inserts are indexed together.

While the sync client applies a page, `sync_control.search = 0` pauses the search-index insert
triggers that index the inserted row itself (schema step 13, models/sync_state/migrations.py);
`index_new` then runs each paused trigger's own statement once for all the rows the page
inserted in its table, with `NEW.id` replaced by the list of their ids. The statement is the
trigger's, read from the database, so what a pulled row gets in the index is exactly what a row
typed on this device gets. An entry some other trigger made for one of those rows during the
page (an edit of the row later in the page, a partner link refreshing its partnership) is
deleted first: a row is never indexed twice. Entries of other records that name the new rows
are rebuilt too, by the statements their update triggers would run.
"""
from __future__ import annotations

import json
import re
from typing import NamedTuple

from models.sync_state import SEARCH_ON

IDS = "(SELECT value FROM json_each(?))"
_NEW_ID = re.compile(r"=\s*NEW\.id\b|IN\s*\(\s*NEW\.id\s*\)")


class Indexing(NamedTuple):
    """How the rows of one table that a page inserted are indexed, for a JSON array of ids."""
    delete: str  # their entries some other trigger made during the page
    insert: str  # the paused trigger's own statement
    times: int  # how many times `insert` takes the array
    refresh: list[tuple[str, int]]  # others' entries that name them (see _refreshes)


def _body(sql: str) -> str:
    body = sql.split(" BEGIN", 1)[1].strip()
    return body[:body.rindex("END")].strip()


def _for_ids(statement: str, trigger: str) -> tuple[str, int]:
    """`statement` of `trigger` for every id of the JSON array parameter instead of NEW.id."""
    out, found = _NEW_ID.subn(f"IN {IDS}", statement.strip())
    if not found or "NEW." in out or "OLD." in out:
        raise RuntimeError(f"The search trigger {trigger} cannot be run for a page of rows "
                           "(its statements must name the row by NEW.id alone).")
    return out, found


def _target(statement: str) -> str:
    return re.match(r"\s*(?:INSERT INTO|DELETE FROM)\s+\"?(\w+)", statement).group(1)


def _refreshes(con, table: str, own: str) -> list[tuple[str, int]]:
    """Statements of the search triggers on updates of `table` that rebuild other records'
    entries naming its row (a partnership's partners, an agreement's partner). On the device
    that typed them the row exists first; pulled, it may arrive after them (a partner renamed
    later stands later in HQ's sequence), so its insertion refreshes them too."""
    out = []
    for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND "
            "name LIKE '%fts%' AND sql LIKE '%AFTER UPDATE%' ORDER BY name", (table,)):
        for statement in _body(sql).split(";"):
            if statement.strip() and _target(statement) != own:
                out.append(_for_ids(statement, name))
    return out


def statements(con) -> dict[str, Indexing]:
    """{table: Indexing} of every paused trigger; cached on the sync's connection."""
    cached = getattr(con, "_pd_search", None)
    if cached is not None:
        return cached
    out = {}
    for name, table, sql in con.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND "
            "instr(sql, ?) > 0 ORDER BY name", (SEARCH_ON,)):
        body = _body(sql).rstrip(";")
        if ";" in body or table in out:
            raise RuntimeError(f"The search trigger {name} cannot be run for a page of rows "
                               "(one INSERT, one trigger per table).")
        insert, times = _for_ids(body, name)
        own = _target(insert)
        delete = (f'DELETE FROM "{own}" WHERE rowid IN (SELECT rowid FROM "{table}" WHERE id IN '
                  f'{IDS})')
        out[table] = Indexing(delete, insert, times, _refreshes(con, table, own))
    try:
        con._pd_search = out
    except AttributeError:  # a plain sqlite3 connection: read again next time
        pass
    return out


def pause(con) -> None:
    con.execute("UPDATE sync_control SET search = 0 WHERE id = 1")


def index_new(con, inserted: dict[str, list[str]]) -> None:
    """Index the rows the page inserted ({table: [row id]}), then let the triggers run again;
    inside the page's transaction."""
    for table, how in statements(con).items():
        ids = inserted.get(table)
        if ids:
            listed = json.dumps(ids)
            con.execute(how.delete, (listed,))
            con.execute(how.insert, (listed,) * how.times)
            for statement, times in how.refresh:
                con.execute(statement, (listed,) * times)
    con.execute("UPDATE sync_control SET search = 1 WHERE id = 1")
