"""Issue 10 finding 11, as a property: every synced value round-trips byte-identical.

Random values of every column kind (text in any script, whole numbers up to 2^53, 0/1 flags,
decimals over the whole range amounts use, ISO dates, JSON values of the declared shapes,
NULLs) are written on one device, synced through HQ (SQLite and PostgreSQL) and read back on
another: the same SQLite storage class and the same value in every column, HQ's copy equal by
the column's meaning (a decimal's text names the same double), and the same content hash on
both devices and at HQ. Then the other device edits the row and the first one gets it back.
"""
from __future__ import annotations

import itertools
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from models import columns
from models.agreements import AMENDMENT_TYPES, CASH_MODALITIES
from models.ids import utc_now, uuid7
from support.pg_support import pg_server  # noqa: F401 (fixture)
from support.sync_fixtures import ServerThread, device
from sync.client import sync
from sync.rowhash import row_hash
from sync.server import admin

TABLE = "programme_document"
COUNTER = itertools.count(1)
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
               max_size=40)
DAY = st.dates(min_value=__import__("datetime").date(1900, 1, 1),
               max_value=__import__("datetime").date(2999, 12, 31)).map(lambda d: d.isoformat())
AMOUNT = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)
LINES = st.lists(st.fixed_dictionaries({
    "activity": TEXT, "start": DAY | st.just(""), "end": DAY | st.just(""),
    "unicef_cash": AMOUNT, "partner_contribution": AMOUNT | st.integers(0, 10 ** 9),
    "supplies": AMOUNT}), max_size=3)


def _json(strategy):
    return strategy.map(lambda v: json.dumps(v, sort_keys=True, separators=(",", ":"),
                                             ensure_ascii=False))


def _value(column: columns.Column):
    """A strategy for values the column definition accepts."""
    codes = getattr(column.check, "codes", None)
    base = {
        "text": TEXT, "integer": st.integers(-2 ** 53 + 1, 2 ** 53 - 1),
        "boolean": st.sampled_from([0, 1]), "decimal": AMOUNT, "date": DAY,
    }.get(column.kind)
    special = {
        "locations": _json(st.lists(TEXT, max_size=3)),
        "budget_lines": _json(LINES),
        "cash_transfer_modalities": _json(st.lists(st.sampled_from(sorted(CASH_MODALITIES)),
                                                   max_size=2)),
        "amendment_types": _json(st.lists(st.sampled_from(sorted(AMENDMENT_TYPES)),
                                          max_size=2)),
        "risks": _json(st.lists(st.fixed_dictionaries({"risk": TEXT, "mitigation": TEXT}),
                                max_size=2)),
        "pd_type": st.sampled_from(["standard", "humanitarian"]),
        "status": st.sampled_from(["draft", "review", "signed"]),
    }
    strategy = special.get(column.name)
    if strategy is None:
        strategy = base if base is not None else st.just(
            column.default if column.default is not columns.NO_DEFAULT else "[]")
    assert codes is None or column.name in special, column.name
    return strategy | st.none() if column.null else strategy


SKIP = {"id", "version", "office", "deleted", "updated_by"}
ROW = st.fixed_dictionaries({name: _value(column)
                             for name, column in columns.columns()[TABLE].items()
                             if name not in SKIP})


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def pair(request, tmp_path_factory):
    """A running HQ on the engine of the test and two devices enrolled for its office."""
    folder = tmp_path_factory.mktemp(f"roundtrip-{request.param}")
    if request.param == "sqlite":
        server = ServerThread(folder / "hq.db")
    else:
        pg = request.getfixturevalue("pg_server")
        server = ServerThread(pg.create_database(f"roundtrip_{next(COUNTER)}"))
    admin.add_office(server.store, "KEN", "Kenya", "KEN")
    yield server, device(server, folder, "a"), device(server, folder, "b")
    server.stop()


def _write(path, row_id, values: dict, insert: bool) -> None:
    con = sqlite3.connect(path)
    try:
        if insert:
            data = {"id": row_id, "office": "KEN", **values}
            con.execute(f"INSERT INTO {TABLE} ({', '.join(data)}) VALUES "
                        f"({', '.join('?' for _ in data)})", list(data.values()))
        else:
            con.execute(f"UPDATE {TABLE} SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                        list(values.values()) + [row_id])
        con.commit()
    finally:
        con.close()


def _stored(path, row_id) -> dict:
    con = sqlite3.connect(path)
    try:
        names = list(columns.columns()[TABLE])
        row = con.execute(f"SELECT {', '.join(f'typeof({n}), {n}' for n in names)} FROM {TABLE} "
                          f"WHERE id = ?", (row_id,)).fetchone()
        return {n: (row[2 * i], row[2 * i + 1]) for i, n in enumerate(names)}
    finally:
        con.close()


def _same_at_hq(server, row_id, device_row: dict) -> None:
    with server.store.read() as tx:
        version, data = tx.one("SELECT version, data FROM hq_row WHERE tbl = ? AND id = ?",
                               (TABLE, row_id))
    data = json.loads(data)
    defined = columns.columns()[TABLE]
    for name, (_kind, value) in device_row.items():
        if name in ("id", "version"):
            continue
        held = data.get(name, defined[name].default)
        if defined[name].kind == "decimal" and value is not None:
            assert float(held) == value, (name, held, value)
        else:
            assert held == value, (name, held, value)
    values = {n: v for n, (_k, v) in device_row.items()}
    assert row_hash(TABLE, row_id, version, values) == row_hash(TABLE, row_id, version, data)


def _through_hq(server, source, target, row_id, values: dict, insert: bool) -> None:
    """Write on `source`, sync it and then `target`: both rows the same, and HQ's."""
    _write(source, row_id, {**values, "updated_at": utc_now()}, insert)
    sync(source), sync(target)
    stored = _stored(source, row_id)
    assert stored == _stored(target, row_id)
    _same_at_hq(server, row_id, stored)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(first=ROW, second=ROW, changed=st.sets(st.sampled_from(sorted(
    n for n in columns.columns()[TABLE] if n not in SKIP)), min_size=1, max_size=6))
def test_11_every_value_round_trips_byte_identical(pair, first, second, changed):
    server, a, b = pair
    row_id = uuid7()
    first["reference"] = f"PD-{row_id}"  # unique, as HQ would otherwise rename it
    _through_hq(server, a, b, row_id, first, insert=True)
    # the other device edits some columns; the first one gets exactly those values back
    edit = {n: second[n] for n in changed if n not in ("reference", "updated_at")}
    _through_hq(server, b, a, row_id, edit or {"title": "edited"}, insert=False)
