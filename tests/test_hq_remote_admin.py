"""Admin commands against a remote HQ store (issue 15 item 5): a real PostgreSQL listening on
this computer's network address with TLS; an `hq` command is refused, before it does anything,
when the store lets it in without a password or over a connection that is not encrypted, and
works with both."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from support.pg_support import PgServer
from support.sync_fixtures import ROOT
from test_hq_transport_security import _own_address, self_signed

PASSWORD = "correct horse battery staple 15"


@pytest.fixture(scope="module")
def remote_pg(tmp_path_factory):
    address = _own_address()
    cert, key = self_signed(tmp_path_factory.mktemp("pgtls"))
    server = PgServer(settings={"listen_addresses": f"'127.0.0.1,{address}'", "ssl": "on",
                                "ssl_cert_file": "server.crt", "ssl_key_file": "server.key"},
                      hba=(f"hostssl all pdtest {address}/32 scram-sha-256",
                           f"hostnossl all pdtest {address}/32 scram-sha-256",
                           f"host all trusting {address}/32 trust"),
                      files={"server.crt": cert.read_bytes(), "server.key": key.read_bytes()})
    server.start()
    try:
        server.psql(f"ALTER ROLE pdtest PASSWORD '{PASSWORD}'")
        server.psql("CREATE ROLE trusting LOGIN")
        yield server, address
    finally:
        server.stop()


def _hq(url, *args) -> subprocess.CompletedProcess:
    """An `hq` command on the store at `url` (given in the environment, as an admin would)."""
    env = dict(os.environ, PGPASSWORD=PASSWORD, PARTNERDESK_HQ_DB=url)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "hq", *args],
                          capture_output=True, text=True, timeout=120, env=env)


def _tables(server, dbname) -> list:
    return server.psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", dbname)


def test_admin_commands_on_a_remote_store_need_a_password_and_tls(remote_pg):
    server, address = remote_pg
    server.psql("CREATE DATABASE hq")
    remote = f"postgresql://{{user}}@{address}:{server.port}/hq?sslmode={{mode}}"
    refusals = ((remote.format(user="trusting", mode="disable"), "without a password"),
                (remote.format(user="pdtest", mode="disable"), "not encrypted"))
    for url, says in refusals:
        done = _hq(url, "office", "add", "KEN", "--name", "Kenya", "--country", "KEN")
        assert done.returncode == 2, done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and says in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and PASSWORD not in done.stderr
    assert _tables(server, "hq") == []  # refused before anything was done, even the schema
    url = remote.format(user="pdtest", mode="require")
    done = _hq(url, "office", "add", "KEN", "--name", "Kenya", "--country", "KEN")
    assert done.returncode == 0, done.stderr
    done = _hq(url, "enroll", "--office", "KEN")
    assert done.returncode == 0 and len(done.stdout.strip()) == 14, done.stderr
    # the same store on this computer (loopback, trusted by the machine's accounts) is not asked
    done = _hq(server.url("hq"), "devices", "--json")
    assert done.returncode == 0, done.stderr
