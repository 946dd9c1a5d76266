"""Hostile database files on the command line (issue 10, findings 8 and 14).

Every case gets one line on stderr, a non-zero exit and no traceback, and leaves the files as
they were: no schema added to a foreign file, no -wal/-shm beside it, no sync history row. Two
writers run as two real processes: the second waits for the first instead of failing at once.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.db import APPLICATION_ID
from models.migrations import LATEST_VERSION
from test_cli import ROOT, one_clear_line, run
from support.raw import raw_connect

pytestmark = pytest.mark.xdist_group("cli_hostile")


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def foreign(path: Path, user_version: int = 0, application_id: int = 0, tables=("t",)) -> bytes:
    con = raw_connect(path)
    for table in tables:
        con.execute(f'CREATE TABLE "{table}" (x)')
    con.execute(f"PRAGMA user_version = {user_version}")
    con.execute(f"PRAGMA application_id = {application_id}")
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "demo.db"
    run("demo", "--db", path, "--partnerships", 30, check_ok=True)
    return path


@pytest.fixture
def demo_copy(tmp_path, demo_file):
    path = tmp_path / "d.db"
    path.write_bytes(demo_file.read_bytes())
    return path


def test_symlink_loop_as_db(tmp_path):
    (tmp_path / "a.db").symlink_to(tmp_path / "b.db")
    (tmp_path / "b.db").symlink_to(tmp_path / "a.db")
    for command in (["list", "partners"], ["check"], ["demo"]):
        assert "loop" in one_clear_line(run(*command, "--db", tmp_path / "a.db"))
    assert files_in(tmp_path) == {"a.db", "b.db"}


def test_a_pipe_as_db_is_refused_without_waiting_on_it(tmp_path):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    for command in (["list", "partners"], ["demo"], ["sync"]):
        assert "not a database file" in one_clear_line(run(*command, "--db", fifo))
    assert files_in(tmp_path) == {"pipe.db"} and not fifo.is_file()


@pytest.mark.parametrize("kind", ["user_version_5", "other_application", "missing_tables",
                                  "newer_without_our_id"])
def test_foreign_sqlite_file_is_refused_not_converted(tmp_path, kind):
    path = tmp_path / "other.db"
    if kind == "user_version_5":
        before = foreign(path, user_version=5)
    elif kind == "other_application":
        before = foreign(path, application_id=0x4D504244)
    elif kind == "missing_tables":  # ours by its version, but step 1's tables are not there
        before = foreign(path, user_version=3, tables=("office", "partner"))
    else:
        before = foreign(path, user_version=LATEST_VERSION + 1)
    for command in (["list", "partners"], ["list", "agreements"], ["check"], ["sync"],
                    ["demo"]):
        line = one_clear_line(run(*command, "--db", path))
        assert "not a PartnerDesk database" in line and "damaged" not in line, line
    assert path.read_bytes() == before
    assert files_in(tmp_path) == {"other.db"}


def test_empty_sqlite_file_is_not_filled_by_a_reading_command(tmp_path):
    path = tmp_path / "empty.db"
    before = foreign(path, tables=())
    assert "empty" in one_clear_line(run("list", "partners", "--db", path))
    assert path.read_bytes() == before and files_in(tmp_path) == {"empty.db"}


def test_partnerdesk_file_carries_the_application_id(demo_copy):
    con = raw_connect(demo_copy)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_file_from_before_the_stamp_is_recognised_and_stamped(demo_copy):
    """Databases made before application_id was set: known version plus step 1's tables."""
    con = raw_connect(demo_copy)
    con.execute("PRAGMA application_id = 0")
    con.close()
    assert run("list", "partners", "--db", demo_copy, check_ok=True).stdout
    con = raw_connect(demo_copy)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    con.close()


def test_newer_database_refused_leaves_no_wal_or_shm(tmp_path, demo_copy):
    con = raw_connect(demo_copy)
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.close()
    before = demo_copy.read_bytes()
    assert "newer PartnerDesk" in one_clear_line(run("list", "partners", "--db", demo_copy))
    assert "newer PartnerDesk" in one_clear_line(run("demo", "--db", demo_copy))
    assert demo_copy.read_bytes() == before
    assert files_in(tmp_path) == {"d.db"}


def test_refused_sync_writes_no_history_and_no_files(tmp_path, demo_copy):
    assert "--server" in one_clear_line(run("sync", "--db", demo_copy))
    con = raw_connect(demo_copy)
    assert con.execute("SELECT count(*) FROM sync_history").fetchone()[0] == 0
    con.close()
    assert files_in(tmp_path) == {"d.db"}


def unprivileged() -> list[str]:
    """A prefix that runs a command without root's power to write read-only files."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]


def run_unprivileged(*args):
    return subprocess.run([*unprivileged(), sys.executable, str(ROOT / "main.py"),
                           *map(str, args)], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                         "HOME": str(ROOT)})


def test_read_only_file_is_named_read_only(tmp_path, demo_copy):
    demo_copy.chmod(0o444)
    before = demo_copy.read_bytes()
    for command in (["list", "partners"], ["agreements", "auto"], ["check"]):
        line = one_clear_line(run_unprivileged(*command, "--db", demo_copy))
        assert "read-only" in line and "damaged" not in line, line
    assert demo_copy.read_bytes() == before
    assert files_in(tmp_path) == {"d.db"}


def test_read_only_folder_is_named_read_only(tmp_path, demo_file):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "d.db"
    path.write_bytes(demo_file.read_bytes())
    folder.chmod(0o555)
    try:
        line = one_clear_line(run_unprivileged("list", "partners", "--db", path))
        assert "read-only" in line and str(folder) in line and "damaged" not in line, line
        assert files_in(folder) == {"d.db"}
    finally:
        folder.chmod(0o755)


HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE setting SET value = value WHERE key = 'nothing'")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def hold_write_lock(path: Path, seconds: float) -> subprocess.Popen:
    """Another process that holds the write lock of `path` for `seconds`."""
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_second_writer_waits_for_the_first(demo_copy):
    holder = hold_write_lock(demo_copy, 3.5)
    try:
        out = run("agreements", "auto", "--today", "2031-06-30", "--db", demo_copy)
    finally:
        holder.wait(timeout=30)
    assert out.returncode == 0, out.stderr
    assert "automatic status change" in out.stdout and "Traceback" not in out.stderr


def test_locked_database_after_the_busy_timeout(demo_copy):
    holder = hold_write_lock(demo_copy, 12)
    try:
        start = time.monotonic()
        out = run("agreements", "auto", "--today", "2031-06-30", "--db", demo_copy)
        waited = time.monotonic() - start
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert one_clear_line(out) == (f"partnerdesk: Another PartnerDesk is writing to "
                                   f"{demo_copy}; try again in a moment.")
    assert waited >= 5.0  # the busy timeout was honoured
