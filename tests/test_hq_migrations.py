"""The HQ store's numbered schema steps (issue 9, section 4), on SQLite and on a real PostgreSQL.

A store made by the first step, with or without the version table (stores from before versions
existed have none), is upgraded when it is opened and then equals a fresh store: tables, columns,
indexes. `serve` and every `hq` command upgrade; a store from a newer PartnerDesk is refused
with a clear message and left as it was; openers racing on an empty store do not collide.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import uuid

import pytest

from cli import main
from support.pg_support import pg_server  # noqa: F401 (fixture)
from support.sync_fixtures import ROOT
from sync.server import admin, create_app, migrations
from sync.server.store import Store

# A step a later version could add: a column with a default, an index, and a table.
NEXT_STEP = (
    "ALTER TABLE hq_device ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX hq_device_last_seen ON hq_device (last_seen)",
    "CREATE TABLE hq_audit (id BIGINT PRIMARY KEY, what TEXT NOT NULL, data {blob})",
)


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request, tmp_path):
    """A function that gives the URL of a new, empty store on the engine of the test."""
    if request.param == "sqlite":
        yield lambda: str(tmp_path / f"hq-{uuid.uuid4().hex[:8]}.db")
        return
    server = request.getfixturevalue("pg_server")
    names = []

    def make() -> str:
        names.append(f"t_{uuid.uuid4().hex[:12]}")
        return server.create_database(names[-1])
    yield make
    for name in names:
        server.drop_database(name)


def schema_of(store: Store) -> dict:
    """Tables with their columns, and indexes with their definitions, as the engine reports them."""
    with store.read() as tx:
        if tx.pg:
            columns = tx.all("SELECT table_name, column_name, data_type, is_nullable, "
                             "column_default FROM information_schema.columns WHERE table_schema "
                             "= current_schema() ORDER BY table_name, ordinal_position")
            indexes = tx.all("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE "
                             "schemaname = current_schema() ORDER BY indexname")
        else:
            tables = [r[0] for r in tx.all("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "ORDER BY name")]
            columns = [(t, *r[1:]) for t in tables for r in tx.all(f'PRAGMA table_info("{t}")')]
            indexes = [(t, name, sql, tx.all(f'PRAGMA index_info("{name}")'))
                       for t, name, sql in tx.all("SELECT tbl_name, name, sql FROM sqlite_master "
                                                  "WHERE type = 'index' ORDER BY name")]
        return {"tables": sorted({c[0] for c in columns}), "columns": columns,
                "indexes": indexes, "version": migrations.version(tx)}


def made_before_versions(url: str) -> None:
    """A store exactly as the code before numbered steps left it: step 1's SQL, no hq_schema."""
    if url.startswith("postgresql://"):
        import psycopg2
        con = psycopg2.connect(url)
        blob = "BYTEA"
    else:
        con = sqlite3.connect(url)
        blob = "BLOB"
    with con:
        cur = con.cursor()
        for statement in migrations.STEP_1:
            cur.execute(statement.replace("{blob}", blob))
    con.close()


def with_records(url: str, schema: int | None = None) -> None:
    store = Store(url, schema=schema)
    try:
        if schema == 1:  # written as the code of step 1 wrote them (no content hash yet)
            with store.write() as tx:
                tx.run("INSERT INTO hq_office (code, name, country, created_at) VALUES "
                       "('KEN', 'Kenya Country Office', 'KEN', '2026-01-01T00:00:00Z')")
                tx.run("INSERT INTO hq_row (tbl, id, office, version, seq, deleted, data, meta) "
                       "VALUES ('office', 'o1', 'KEN', 1, 1, 0, ?, '{}')",
                       ('{"code":"KEN","name":"Kenya Country Office","country":"KEN",'
                        '"office":"KEN"}',))
                tx.run("UPDATE hq_counter SET value = 1 WHERE id = 1")
        else:
            admin.add_office(store, "KEN", "Kenya Country Office", "KEN")
        admin.new_code(store, ["KEN"])
    finally:
        store.close()


def compare_with_fresh(old_url: str, fresh_url: str) -> None:
    upgraded, fresh = Store(old_url), Store(fresh_url)
    try:
        assert schema_of(upgraded) == schema_of(fresh)
        assert schema_of(upgraded)["version"] == migrations.LATEST_VERSION
        assert [o[0] for o in admin.offices(upgraded)] == ["KEN"]  # the records survived
    finally:
        upgraded.close()
        fresh.close()


def test_store_from_before_versions_is_adopted_and_upgraded(new_store):
    old = new_store()
    made_before_versions(old)
    with_records(old)
    compare_with_fresh(old, new_store())


def test_store_made_by_step_1_upgrades_to_a_fresh_one(new_store, monkeypatch):
    old = new_store()
    with_records(old, schema=1)
    monkeypatch.setitem(migrations.STEPS, migrations.LATEST_VERSION + 1, NEXT_STEP)
    monkeypatch.setattr(migrations, "LATEST_VERSION", migrations.LATEST_VERSION + 1)
    compare_with_fresh(old, new_store())
    store = Store(old)
    try:
        assert {"note"} <= {c[1] for c in schema_of(store)["columns"] if c[0] == "hq_device"}
        with store.read() as tx:  # step 2's column: hashed when a checksum needs it
            assert [r[0] for r in tx.all("SELECT content_hash FROM hq_row")] == [None]
    finally:
        store.close()


def test_serve_and_hq_commands_upgrade_the_store(new_store, monkeypatch, capsys):
    by_command, by_server = new_store(), new_store()
    with_records(by_command)
    with_records(by_server)
    monkeypatch.setitem(migrations.STEPS, migrations.LATEST_VERSION + 1, NEXT_STEP)
    monkeypatch.setattr(migrations, "LATEST_VERSION", migrations.LATEST_VERSION + 1)
    assert main(["hq", "devices", "--hq-db", by_command, "--json"]) == 0
    app = create_app(by_server)
    app.state.store.close()
    for url in (by_command, by_server):
        with sqlite3.connect(url) if not url.startswith("postgresql") else _pg(url) as con:
            cur = con.cursor()
            cur.execute("SELECT version FROM hq_schema WHERE id = 1")
            assert cur.fetchone()[0] == migrations.LATEST_VERSION


def _pg(url):
    import psycopg2
    return psycopg2.connect(url)


def test_newer_store_is_refused_and_left_as_it_was(new_store):
    url = new_store()
    with_records(url)
    con = sqlite3.connect(url) if not url.startswith("postgresql") else _pg(url)
    with con:
        con.cursor().execute(f"UPDATE hq_schema SET version = {migrations.LATEST_VERSION + 3}")
    con.close()
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "hq", "devices", "--hq-db",
                           url], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "newer PartnerDesk" in lines[0] and "not changed" in lines[0]
    with pytest.raises(Exception, match="newer PartnerDesk"):
        create_app(url)
    con = sqlite3.connect(url) if not url.startswith("postgresql") else _pg(url)
    cur = con.cursor()
    cur.execute("SELECT version FROM hq_schema")
    assert cur.fetchall() == [(migrations.LATEST_VERSION + 3,)]
    con.close()


def test_another_applications_database_is_not_turned_into_a_store(new_store):
    url = new_store()
    con = sqlite3.connect(url) if not url.startswith("postgresql") else _pg(url)
    with con:
        con.cursor().execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)")
    con.close()
    with pytest.raises(Exception, match="another application"):
        Store(url)
    con = sqlite3.connect(url) if not url.startswith("postgresql") else _pg(url)
    cur = con.cursor()
    cur.execute("SELECT count(*) FROM invoices")  # still there, and nothing of ours beside it
    assert cur.fetchone() == (0,)
    con.close()
    assert not has_our_tables(url)


def has_our_tables(url: str) -> bool:
    con = sqlite3.connect(url) if not url.startswith("postgresql") else _pg(url)
    cur = con.cursor()
    if url.startswith("postgresql"):
        cur.execute("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'hq_%'")
    else:
        cur.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'hq_%'")
    found = cur.fetchone()[0] > 0
    con.close()
    return found


def test_openers_racing_on_an_empty_store(new_store):
    url, stores, errors = new_store(), [], []

    def open_store():
        try:
            stores.append(Store(url))
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)
    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert errors == [] and len(stores) == 6
        assert schema_of(stores[0])["version"] == migrations.LATEST_VERSION
        with stores[0].read() as tx:
            assert tx.all("SELECT id, value FROM hq_counter") == [(1, 0)]
    finally:
        for store in stores:
            store.close()
