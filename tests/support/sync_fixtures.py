"""Sync test helpers: a real HQ server (uvicorn on 127.0.0.1, a free port) and enrolled devices."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from models.db import close_database, open_database
from models.directory import settings
from sync.server import admin, create_app
from .raw import copy_database, raw_connect

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerThread:
    """create_app(store) served by uvicorn in a thread, on a free loopback port."""

    def __init__(self, store_url, port: int | None = None, *, tls: tuple | None = None,
                 host: str = "127.0.0.1", docs: bool = False, **extra):
        """`tls`: (certificate file, key file) to serve HTTPS; `extra`: more uvicorn settings
        (proxy_headers, forwarded_allow_ips)."""
        self.app = create_app(store_url, docs=docs)
        self.store = self.app.state.store
        self.port = port or free_port()
        self.url = f"{'https' if tls else 'http'}://{host}:{self.port}"
        if tls:
            extra.update(ssl_certfile=str(tls[0]), ssl_keyfile=str(tls[1]))
        config = uvicorn.Config(self.app, host=host, port=self.port, log_level="error",
                                lifespan="off", **extra)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "HQ server did not start"
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.store.close()


class ServerProcess:
    """`main.py serve` in its own process, so that a test can kill -9 it."""

    def __init__(self, hq_db, port: int | None = None):
        from sync.server.store import Store
        self.hq_db, self.port = hq_db, port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store = Store(hq_db)  # the test's own connection to the same HQ database
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "serve", "--hq-db", str(self.hq_db),
             "--port", str(self.port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(self.url + "/v1/health", timeout=1).raise_for_status()
                return
            except httpx.HTTPError:
                assert self.proc.poll() is None, self.proc.stderr.read().decode()
                assert time.monotonic() < deadline, "HQ server process did not start"
                time.sleep(0.05)

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
        self.store.close()


@pytest.fixture
def hq(tmp_path):
    server = ServerThread(tmp_path / "hq.db")
    admin.add_office(server.store, "KEN", "Kenya Country Office", "KEN")
    admin.add_office(server.store, "NGA", "Nigeria Country Office", "NGA")
    yield server
    server.stop()


_TEMPLATE: dict[str, Path] = {}


def new_db(folder: Path, name: str, office: str = "KEN", user: str = "tester") -> Path:
    """A migrated database with `office` set up (copied from a template, fast)."""
    if "t" not in _TEMPLATE:
        template = Path(os.environ.get("PYTEST_TMP", "/tmp")) / f"sync-template-{os.getpid()}.db"
        template.unlink(missing_ok=True)
        open_database(template)
        close_database()
        _TEMPLATE["t"] = template
    path = folder / f"{name}.db"
    copy_database(_TEMPLATE["t"], path)
    open_database(path)
    settings.setup_office({"code": office, "name": f"{office} office", "country": "KEN"},
                          user_name=user)
    close_database()
    return path


def enroll_code(server, offices=("KEN",), all_offices=False) -> str:
    return admin.new_code(server.store, list(offices), all_offices)


def device(server, folder: Path, name: str, offices=("KEN",), user: str | None = None,
           all_offices=False) -> Path:
    """A new database enrolled at `server` (first sync done)."""
    from sync.client import sync
    path = new_db(folder, name, offices[0] if offices else "KEN", user or name)
    sync(path, server.url, enroll_code=enroll_code(server, offices, all_offices), backoff=0.05)
    return path


def edit(path: Path, fn):
    """Run `fn()` with the global database opened on `path`, acting as its user (as the
    application would)."""
    open_database(path)
    settings.act_as_local_user()
    try:
        return fn()
    finally:
        close_database()


def rows(path: Path, table: str, columns: str = "*") -> list[tuple]:
    con = raw_connect(path)
    try:
        return con.execute(f'SELECT {columns} FROM "{table}" ORDER BY id').fetchall()
    finally:
        con.close()


def hq_rows(server, table: str) -> dict[str, dict]:
    import json
    with server.store.read() as tx:
        return {r[0]: dict(json.loads(r[1]), version=r[2]) for r in tx.all(
            "SELECT id, data, version FROM hq_row WHERE tbl = ?", (table,))}
