"""Search indexing of a pulled page in one pass: the rows a page inserts are indexed together.

While the sync client applies a page, `sync_control.search = 0` pauses the search-index insert
triggers that index the inserted row itself (schema step 12, models/sync_state/migrations.py);
`index_new` then runs each paused trigger's own statement once for all the rows the page
inserted in its table, with `NEW.id` replaced by the list of their ids. The statement is the
trigger's, read from the database, so what a pulled row gets in the index is exactly what a row
typed on this device gets. An entry some other trigger made for one of those rows during the
page (an edit of the row later in the page, a partner link refreshing its partnership) is
deleted first: a row is never indexed twice.
"""
from __future__ import annotations

import json
import re

from models.sync_state import SEARCH_ON

IDS = "(SELECT value FROM json_each(?))"
_NEW_ID = re.compile(r"=\s*NEW\.id\b|IN\s*\(\s*NEW\.id\s*\)")


def statements(con) -> dict[str, tuple[str, str, int]]:
    """{table: (delete SQL, insert SQL, how many times the insert takes the ids)} indexing the
    rows whose ids a JSON array lists, one per paused trigger; cached on the sync's connection."""
    cached = getattr(con, "_pd_search", None)
    if cached is not None:
        return cached
    out = {}
    for name, table, sql in con.execute(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND "
            "instr(sql, ?) > 0 ORDER BY name", (SEARCH_ON,)):
        body = sql.split(" BEGIN", 1)[1].strip()
        body = body[:body.rindex("END")].strip().rstrip(";")
        insert, found = _NEW_ID.subn(f"IN {IDS}", body)
        target = re.match(r"INSERT INTO\s+\"?(\w+)\"?", insert)
        if not found or "NEW." in insert or ";" in insert or target is None or table in out:
            raise RuntimeError(f"The search trigger {name} cannot be run for a page of rows "
                               "(it must index its own row by NEW.id, in one INSERT).")
        delete = (f'DELETE FROM "{target.group(1)}" WHERE rowid IN (SELECT rowid FROM '
                  f'"{table}" WHERE id IN {IDS})')
        out[table] = (delete, insert, found)
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
    for table, (delete, insert, times) in statements(con).items():
        ids = inserted.get(table)
        if ids:
            listed = json.dumps(ids)
            con.execute(delete, (listed,))
            con.execute(insert, (listed,) * times)
    con.execute("UPDATE sync_control SET search = 1 WHERE id = 1")
