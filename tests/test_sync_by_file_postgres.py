"""Sync by file against HQ's PostgreSQL store: the file tests and the file convergence property
again, with their HQ fixtures rebound to a real PostgreSQL server (same bodies, other engine)."""
from __future__ import annotations

import pytest

import test_sync_by_file as by_file
import test_sync_file_convergence as convergence
from support.pg_support import pg_server, pg_url  # noqa: F401 (fixtures)
from support.sync_fixtures import ServerThread
from sync.server import admin

for _module in (by_file, convergence):
    for _name in dir(_module):
        if _name.startswith("test_") and _name != "test_command_line_round_trip":  # SQLite CLI
            globals()[f"{_name}_pg"] = getattr(_module, _name)
folder = convergence.folder


@pytest.fixture(scope="module")
def server(pg_server):  # noqa: F811 (rebinds the convergence HQ to PostgreSQL)
    name = "file_convergence"
    srv = ServerThread(pg_server.create_database(name))
    assert srv.store.pg
    yield srv
    srv.stop()
    pg_server.drop_database(name)


@pytest.fixture
def hq(pg_url):  # noqa: F811 (rebinds sync_fixtures.hq to PostgreSQL)
    server = ServerThread(pg_url)
    assert server.store.pg
    admin.add_office(server.store, "KEN", "Kenya Country Office", "KEN")
    admin.add_office(server.store, "NGA", "Nigeria Country Office", "NGA")
    yield server
    server.stop()
