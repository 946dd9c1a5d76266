"""A throwaway PostgreSQL 15 server for tests and benchmarks, started from the installed binaries.

`PgServer` runs initdb into a fresh folder under /tmp, starts postgres on a free loopback port
with its unix socket in that folder, and on stop() shuts it down and deletes everything; servers left by a killed test run (their
owner process is gone) are stopped and deleted when the next one starts. As root
it runs postgres as an unprivileged user (`postgres`, or `pdtestpg`, created on first use),
because PostgreSQL refuses to run as root. The fixtures below give one server per test session
and a fresh, empty database per test.
"""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("PARTNERDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))
SERVER_SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "fsync": "off",  # a test server: durability across OS crashes is not what we test
    "full_page_writes": "off",
    "max_connections": "100",
    "shared_buffers": "32MB",
    "log_min_messages": "warning",
}


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _service_user() -> str | None:
    """The unprivileged account to run postgres as, or None when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "pdtestpg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                    "pdtestpg"], check=True, capture_output=True)
    return "pdtestpg"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reap_stale(bin_dir: Path = PG_BIN) -> None:
    """Stop and delete servers left by test runs that were killed before their clean-up ran."""
    for root in Path(tempfile.gettempdir()).glob("pd-pg-*"):
        owner = root / "owner.pid"
        try:
            pid = int(owner.read_text())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            continue
        if (root / "data" / "postmaster.pid").exists():
            cmd = [str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "stop"]
            user = _service_user()
            subprocess.run(["runuser", "-u", user, "--", *cmd] if user else cmd,
                           capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


class PgServer:
    """One PostgreSQL cluster in a temporary folder; `url(dbname)` gives a postgresql:// URL."""

    def __init__(self, bin_dir: Path = PG_BIN, *, settings: dict | None = None,
                 hba: tuple[str, ...] = (), files: dict[str, bytes] | None = None):
        """`settings`: more server settings; `hba`: lines added to pg_hba.conf; `files`: written
        into the data folder, the server's own (the test of admin commands against a remote
        store listens on the machine's address, with TLS: its certificate and key)."""
        self.settings, self.hba = {**SERVER_SETTINGS, **(settings or {})}, hba
        self.files = files or {}
        self.bin_dir = Path(bin_dir)
        self.user = _service_user()
        reap_stale(self.bin_dir)
        self.root = Path(tempfile.mkdtemp(prefix="pd-pg-"))
        (self.root / "owner.pid").write_text(str(os.getpid()))
        self.data = self.root / "data"
        self.port = free_port()
        self.superuser = "pdtest"
        self.running = False

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=self.root)
        if check and proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed ({proc.returncode}):\n"
                               f"{proc.stdout}\n{proc.stderr}\n{self._log_tail()}")
        return proc

    def _log_tail(self) -> str:
        log = self.root / "server.log"
        return log.read_text(errors="replace")[-2000:] if log.exists() else ""

    def start(self) -> "PgServer":
        if not (self.bin_dir / "initdb").exists():
            raise RuntimeError(f"PostgreSQL binaries not found in {self.bin_dir}; install "
                               "postgresql-15 (Debian) or set PARTNERDESK_PG_BIN.")
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        os.chmod(self.root, 0o700)
        self._run("initdb", "-D", str(self.data), "-U", self.superuser, "--auth=trust",
                  "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        for name, content in self.files.items():
            (self.data / name).write_bytes(content)
            self.give(self.data / name)
        if self.hba:
            with open(self.data / "pg_hba.conf", "a") as fh:
                fh.write("\n".join(self.hba) + "\n")
        options = " ".join(f"-c {key}={value}" for key, value in self.settings.items())
        options += f" -p {self.port} -k {self.root}"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")
        self.running = True
        return self

    def give(self, path: Path) -> None:
        """Make `path` the server account's own, readable by it alone (a TLS key file)."""
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(path, 0o600)

    def stop(self) -> None:
        if self.running:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop",
                      check=False)
            self.running = False
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.superuser}@127.0.0.1:{self.port}/{dbname}"

    def psql(self, sql: str, dbname: str = "postgres") -> list[tuple]:
        """Run one statement with psycopg2 (autocommit) and return its rows, if any."""
        import psycopg2

        con = psycopg2.connect(host="127.0.0.1", port=self.port, user=self.superuser,
                               dbname=dbname)
        try:
            con.autocommit = True
            with con.cursor() as cur:
                cur.execute(sql)
                return cur.fetchall() if cur.description else []
        finally:
            con.close()

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database and return its URL."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        self.psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def __enter__(self) -> "PgServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL 15 server for the whole session, deleted at the end."""
    server = PgServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_server.create_database(name)
    yield url
    pg_server.drop_database(name)
