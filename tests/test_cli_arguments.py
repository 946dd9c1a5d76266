"""Hostile arguments on the command line (issue 10, finding 14): huge numbers, dates at the end
of time, a folder or /dev/full as --out, invalid UTF-8 and 131,000-character references, and a
demo that is killed or asked for 10**30 partnerships. Each gets one line on stderr, a non-zero
exit and no traceback, and writes nothing.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from test_cli import ROOT, one_clear_line, run
from test_cli_hostile import demo_copy, demo_file, files_in  # noqa: F401 (fixtures)
from support.raw import raw_connect

pytestmark = pytest.mark.xdist_group("cli_arguments")


def test_killed_demo_leaves_nothing_that_demo_then_refuses(tmp_path):
    path = tmp_path / "d.db"
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path),
                             "--partnerships", "40000"], cwd=ROOT, stderr=subprocess.DEVNULL,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(
            p.name.startswith("d.db") and p.is_file() and p.stat().st_size > 500_000
            for p in tmp_path.iterdir()):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not path.exists()
    run("demo", "--db", path, "--partnerships", 5, check_ok=True)
    assert "Database is sound" in run("check", "--db", path, check_ok=True).stdout


def test_demo_has_an_upper_bound(tmp_path):
    line = one_clear_line(run("demo", "--db", tmp_path / "d.db", "--partnerships", 10**30))
    assert "--partnerships" in line
    assert files_in(tmp_path) == set()


@pytest.mark.parametrize("args", [
    ["list", "partners", "--limit", 10**19],
    ["list", "partnerships", "--limit", -1],
    ["list", "agreements", "--limit", 10**19],
    ["list", "alerts", "--limit", 10**19],
    ["list", "alerts", "--today", "9999-12-31"],
    ["list", "alerts", "--today", "0001-01-01"],
    ["agreements", "auto", "--today", "9999-12-31"],
    ["agreements", "actions", "x" * 131_000],
    ["print", "agreement", "x" * 131_000, "--out", "{tmp}/a.pdf"],
    ["shot", "--view", "partners", "--size", "²x2", "--out", "{tmp}/s.png"],
    ["shot", "--view", "partners", "--size", "100000x100000", "--out", "{tmp}/s.png"],
    ["print", "cycle", "{partnership}", "--out", "{tmp}"],
    ["print", "agreement", "{agreement}", "--out", "{tmp}"],
    ["print", "assessment", "--office", "KEN", "--out", "{tmp}"],
    ["print", "agreement", "{agreement}", "--out", "/dev/full"],
    ["print", "benchmarks-summary", "--out", "/dev/full"],
    ["shot", "--view", "partners", "--out", "/dev/full"],
    ["shot", "--view", "partners", "--out", "{tmp}"],
    ["export", "partners", "--out", "{tmp}"],
    ["export", "partners", "--out", "/dev/full"],
    ["import", "list", "--limit", 10**19],
    ["list", "landscape", "--limit", 10**19],
])
def test_hostile_arguments_one_line_nothing_written(tmp_path, demo_copy, args):
    con = raw_connect(demo_copy)
    refs = {"agreement": con.execute("SELECT reference FROM agreement LIMIT 1").fetchone()[0],
            "partnership": con.execute("SELECT reference FROM partnership LIMIT 1").fetchone()[0]}
    con.close()
    args = [str(a).format(tmp=tmp_path, **refs) for a in args]
    before = demo_copy.read_bytes()
    one_clear_line(run(*args, "--db", demo_copy))
    assert files_in(tmp_path) == {"d.db"}
    assert demo_copy.read_bytes() == before


def test_invalid_utf8_reference(tmp_path, demo_copy):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "agreements", "actions",
                          b"KEN/\xff\xfePCA", "--db", str(demo_copy)], capture_output=True,
                         text=True, cwd=ROOT, timeout=120, env={"PATH": "/usr/bin:/bin"})
    assert "UTF-8" in one_clear_line(out)
    assert files_in(tmp_path) == {"d.db"}
