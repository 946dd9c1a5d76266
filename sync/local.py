"""The device side of sync on its own SQLite connection: outbox slices, applying HQ's answers.

Foreign keys: pulled rows can arrive before the rows they point to (a partnership of one office
naming a partner of another, or pages that cut between parent and child), so this connection
runs with `foreign_keys = OFF`; `python main.py check` reports any dangling reference that remains
(PRAGMA foreign_key_check). Every answer is applied in ONE transaction with its new cursor, with
change capture paused inside it (`UPDATE sync_control SET capture = 0` ... `= 1`).
"""
from __future__ import annotations

import json

from models import db
from models.capture import CAPTURED_TABLES, NOT_CAPTURED, SQL_NOW, SQL_UUID7
from models.messages import msg
from models.sync_state import UNSENT

from . import oversize, protocol


class Connection(db.Connection):
    """A connection that can carry the synced-table map for one sync run."""
    _pd_tables: dict | None = None
    _pd_unique: dict | None = None  # unique columns per table (sync/apply.py)


def connect(path) -> Connection:
    """The sync's own connection, opened by models.db like every other (same pragmas and checks).

    Foreign keys off (see above); a longer busy timeout than a person's edits get, because the
    sync runs in the background and can afford to wait for them."""
    return db.connect(path, foreign_keys=False, busy_seconds=30, factory=Connection)


def get(con, key: str, default=None):
    row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row and row[0] is not None else default


def put(con, key: str, value) -> None:
    con.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                (key, None if value is None else str(value)))


def synced_tables(con) -> dict[str, list[str]]:
    names = [r[0] for r in con.execute(CAPTURED_TABLES)]
    return {n: [r[1] for r in con.execute(f'PRAGMA table_info("{n}")')] for n in names}


class Scope:
    """The device's enrollment: offices it writes (`may`, `sql`) and receives (`reads`,
    `read_sql`: those plus HQ's own records, read-only here unless enrolled for all offices)."""

    def __init__(self, con):
        self.offices = set(json.loads(get(con, "sync.offices", "[]")))
        self.all = get(con, "sync.all_offices") == "1"

    def may(self, office) -> bool:
        return self.all or office in self.offices

    def reads(self, office) -> bool:
        return self.may(office) or office == protocol.HQ_OFFICE

    def sql(self, column: str = "office") -> tuple[str, list]:
        return self._sql(column, self.offices)

    def read_sql(self, column: str = "office") -> tuple[str, list]:
        return self._sql(column, self.offices | {protocol.HQ_OFFICE})

    def _sql(self, column: str, offices: set[str]) -> tuple[str, list]:
        if self.all:
            return "1 = 1", []
        marks = ",".join("?" for _ in offices) or "NULL"
        return f"{column} IN ({marks})", sorted(offices)


def queue_unsent(con, scope: Scope) -> int:
    """Queue as whole inserts the rows of the device's offices that HQ never received and that no
    change in the outbox carries (models.sync_state.UNSENT); inside the caller's transaction.

    Run at enrollment, in the transaction that stores the token (a crash between the two once
    left all 453 rows of an office unsent for good), and at every checksum check, which is how
    rows left out some other way are noticed. Offices themselves are managed at HQ (`hq office
    add`), so local office ops are dropped."""
    con.execute("UPDATE outbox SET status = 'done', error = 'offices are managed at HQ' "
                "WHERE table_name = 'office' AND status = 'pending'")
    before = con.execute("SELECT count(*) FROM outbox").fetchone()[0]
    where, params = scope.sql()
    for table, columns in synced_tables(con).items():
        if table == "office":
            continue
        cols = ", ".join(f"'{c}', \"{c}\"" for c in columns if c not in NOT_CAPTURED)
        con.execute(
            f"INSERT INTO outbox (op_id, table_name, row_id, op, fields, base_version, office,"
            f" created_at, status) SELECT {SQL_UUID7}, '{table}', id, 'insert', "
            f"json_object({cols}), 0, office, {SQL_NOW}, 'pending' FROM \"{table}\" "
            f"WHERE {UNSENT.format(table=table)} AND {where}", params)  # evaluated once
    return con.execute("SELECT count(*) FROM outbox").fetchone()[0] - before


def set_aside_out_of_scope(con, scope: Scope) -> int:
    """Ops for offices this device is not enrolled for never leave it: rejected with a reason."""
    if scope.all:
        return 0
    where, params = scope.sql()
    rows = con.execute(f"SELECT seq, office FROM outbox WHERE status = 'pending' AND NOT "
                       f"({where})", params).fetchall()
    for seq, office in rows:
        oversize.set_aside(con, seq, msg("This device is not enrolled for office {office}; ask "
                                         "HQ for an enrollment that includes it.",
                                         office=office))
    return len(rows)


def next_slice(con, ratio: float, limit: int = protocol.MAX_OPS,
               aside: list | None = None, after: int = 0) -> list[tuple[protocol.Op, str]]:
    """Pending ops, oldest first, about PUSH_TARGET bytes once compressed (`ratio` estimated):
    each as an Op and as its JSON text (built from the stored fields text, not re-encoded, but
    for the decimals `exact_decimals` gives their exact text).

    An op that cannot go as it is (too large for a request, unreadable text) is split or set
    aside first (sync/oversize.py), so that it never stops the ones behind it; the seqs set
    aside are added to `aside`. `after` skips ops up to that seq (an export to a file takes
    every pending op, slice after slice, without waiting for acks)."""
    budget = int(protocol.PUSH_TARGET * ratio)
    while True:
        out, size, stuck = [], 0, None
        cursor = con.execute(
            "SELECT seq, table_name, CAST(row_id AS BLOB), op, base_version, CAST(office AS BLOB),"
            " CAST(fields AS BLOB) FROM outbox WHERE status = 'pending' AND seq > ? ORDER BY seq "
            "LIMIT ?", (after, limit))
        for row in cursor:
            read = oversize.read((row[2], row[5], row[6]))
            if not isinstance(read, tuple):  # why it cannot be sent
                stuck = (row[0], read)
                break
            row_id, office, fields_text, fields = read
            text = (f"[{row[0]},{json.dumps(row[1])},{json.dumps(row_id)},\"{row[3]}\",{row[4]},"
                    f"{json.dumps(office)},{fields_text}]")
            if len(row[6]) > oversize.LIMIT and oversize.too_large(text):  # bytes
                stuck = (row[0], fields)
                break
            if out and size + len(text) > budget:
                break
            out.append((protocol.Op(row[0], row[1], row_id, row[3], row[4], office, fields), text))
            size += len(text) + 1
        cursor.close()
        if stuck is None:
            return exact_decimals(con, out)
        seq, why = stuck
        if isinstance(why, str):
            oversize.set_aside(con, seq, why)
        else:
            oversize.split_or_set_aside(con, seq, why)
        if aside is not None and con.execute("SELECT status FROM outbox WHERE seq = ?",
                                             (seq,)).fetchone()[0] == "rejected":
            aside.append(seq)


def _decimal_columns() -> dict[str, list[str]]:
    from models import columns
    return {table: [name for name, column in defined.items() if column.kind == "decimal"]
            for table, defined in columns.columns().items()}


def exact_decimals(con, ops: list[tuple[protocol.Op, str]]) -> list[tuple[protocol.Op, str]]:
    """Decimals travel as the exact text of the double the device stores.

    The capture triggers render a REAL through SQLite's json_object, which keeps 15 significant
    digits (0.6666666666666666 left as 0.666666666666667), and no SQL function of SQLite renders
    every double exactly (measured on 200,000 random doubles: printf('%!.17g') and quote() miss
    some). So the exact value is read from the row itself when the op is sent: a decimal field
    whose stored double SQLite renders as the op's captured number is that double, and travels
    as repr() text; a field whose row changed since is left as captured (a later op carries the
    new value). Pulled values never overwrite a field with a pending op (sync/apply.py), so the
    row still holds what was captured. The exact text is written back into the outbox before
    the op is sent: a resend after a lost reply carries the same op (HQ compares digests)."""
    wanted = _decimal_columns()
    by_table: dict[str, list[int]] = {}
    exact: list[tuple[str, int]] = []
    for i, (op, _text) in enumerate(ops):
        names = [n for n in wanted.get(op.table, ()) if isinstance(op.fields.get(n), (int, float))
                 and not isinstance(op.fields.get(n), bool)]
        if names:
            by_table.setdefault(op.table, []).append(i)
    for table, positions in by_table.items():
        names = wanted[table]
        picks = ", ".join(f'"{n}", json_quote("{n}")' for n in names)
        ids = sorted({ops[i][0].row_id for i in positions})
        live = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in con.execute(f'SELECT id, {picks} FROM "{table}" WHERE id IN '
                                   f'({",".join("?" for _ in chunk)})', chunk):
                live[row[0]] = {n: (row[1 + 2 * k], row[2 + 2 * k]) for k, n in enumerate(names)}
        for i in positions:
            op, text = ops[i]
            fields, changed = dict(op.fields), False
            for name, (value, rendered) in live.get(op.row_id, {}).items():
                captured = fields.get(name)
                if isinstance(value, float) and isinstance(captured, (int, float)) \
                        and float(rendered) == captured:
                    fields[name], changed = repr(value), True
            if changed:
                op = op._replace(fields=fields)
                ops[i] = (op, json.dumps(list(op), separators=(",", ":"), ensure_ascii=False))
                exact.append((json.dumps(fields, separators=(",", ":"), ensure_ascii=False),
                              op.seq))
    if exact:
        con.execute("BEGIN IMMEDIATE")
        try:
            con.executemany("UPDATE outbox SET fields = ? WHERE seq = ?", exact)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return ops
