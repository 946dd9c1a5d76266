"""kill -9 of a client in the middle of a sync (push and pull) and of the server in the middle of
a batch; after a restart on the same files nothing is lost and nothing is applied twice."""
from __future__ import annotations

import sqlite3
from pathlib import Path
import subprocess
import sys
import threading
import time

from models.ids import utc_now, uuid7
from sync.client import sync

from support.sync_fixtures import ROOT, ServerProcess, ServerThread, device, hq_rows
from support.raw import raw_connect

N = 6000


def _bulk_people(path, n=N, office="KEN"):
    con = raw_connect(path)
    now = utc_now()
    con.executemany("INSERT INTO person (id, office, name, title, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(uuid7(), office, f"Person {i}", "Programme Officer", now) for i in range(n)])
    con.commit()
    con.close()


def _count(path, sql, params=()):
    # HQ's store is written by the stdlib's SQLite in this process: reading it through another
    # SQLite library (sqlcipher3) in the same process would drop that one's POSIX locks
    con = (sqlite3.connect if Path(path).name == "hq.db" else raw_connect)(path, timeout=30)
    try:
        return con.execute(sql, params).fetchone()[0]
    finally:
        con.close()


def _wait_until(predicate, proc=None, timeout=60):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert proc is None or proc.poll() is None, "the sync finished before it could be killed"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.002)


def _assert_exactly_once(server_rows, path, n=N):
    people = {i: r for i, r in server_rows.items() if r["name"].startswith("Person ")}
    assert len(people) == n
    assert {r["version"] for r in people.values()} == {1}, "an op was applied twice"
    assert _count(path, "SELECT count(*) FROM outbox WHERE status = 'pending'") == 0
    assert _count(path, "SELECT count(*) FROM person WHERE name LIKE 'Person %' "
                        "AND version = 1") == n


def test_client_killed_mid_push_and_mid_pull(tmp_path):
    server = ServerThread(tmp_path / "hq.db")
    try:
        from sync.server import admin
        admin.add_office(server.store, "KEN", "Kenya", "KEN")
        a, b = device(server, tmp_path, "a"), device(server, tmp_path, "b")
        _bulk_people(a)
        hq_db = tmp_path / "hq.db"
        push = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "sync", "--db", str(a)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait_until(lambda: _count(hq_db, "SELECT count(*) FROM hq_row WHERE tbl = 'person'")
                    > 500, push)
        push.kill()
        push.wait()
        assert _count(hq_db, "SELECT count(*) FROM hq_row WHERE tbl = 'person'") < N
        sync(a)
        _assert_exactly_once(hq_rows(server, "person"), a)

        pull = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "sync", "--db", str(b)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _wait_until(lambda: _count(b, "SELECT count(*) FROM person") > 500, pull)
        pull.kill()
        pull.wait()
        assert _count(b, "SELECT count(*) FROM person WHERE name LIKE 'Person %'") < N
        sync(b)
        assert _count(b, "SELECT count(*) FROM person WHERE name LIKE 'Person %' AND version = 1") \
            == N
        assert _count(b, "SELECT count(*) FROM outbox WHERE status = 'pending'") == 0
    finally:
        server.stop()


def test_server_killed_mid_batch_then_restarted(tmp_path):
    hq_db = tmp_path / "hq.db"
    from sync.server import admin
    from sync.server.store import Store
    store = Store(hq_db)
    admin.add_office(store, "KEN", "Kenya", "KEN")
    store.close()
    server = ServerProcess(hq_db)
    try:
        a = device(server, tmp_path, "a")
        _bulk_people(a)
        outcome = {}

        def run():
            try:
                outcome["result"] = sync(a, attempts=40, backoff=0.1)
            except Exception as exc:  # reported by the assertion below
                outcome["error"] = exc
        worker = threading.Thread(target=run)
        worker.start()
        for threshold in (300, 2500):
            _wait_until(lambda: _count(hq_db, "SELECT count(*) FROM hq_row WHERE tbl = 'person'")
                        > threshold)
            server.kill()
            assert worker.is_alive()
            time.sleep(0.3)
            server.start()
        worker.join(120)
        assert "error" not in outcome, outcome.get("error")
        assert outcome["result"].retries >= 2
        rows = {}
        con = sqlite3.connect(hq_db)
        import json
        for row_id, data, version in con.execute(
                "SELECT id, data, version FROM hq_row WHERE tbl = 'person'"):
            rows[row_id] = dict(json.loads(data), version=version)
        con.close()
        _assert_exactly_once(rows, a)
    finally:
        server.stop()
