"""The command line: every bad input gives one clear line, a non-zero exit, and no change."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from models.migrations import LATEST_VERSION
from support.raw import raw_connect

ROOT = Path(__file__).resolve().parents[1]


def run(*args, check_ok=False):
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                              "HOME": str(ROOT)})
    if check_ok:
        assert out.returncode == 0, out.stderr
    return out


def one_clear_line(out):
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


def test_version_and_help():
    assert run("--version", check_ok=True).stdout.startswith("PartnerDesk ")
    for command in (["demo"], ["list", "partners"], ["check"], ["shot"], ["print"]):
        assert "usage:" in run(*command, "--help", check_ok=True).stdout


def test_demo_is_deterministic_and_lists_work(tmp_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    run("demo", "--db", a, "--partnerships", 120, "--seed", 3, check_ok=True)
    run("demo", "--db", b, "--partnerships", 120, "--seed", 3, check_ok=True)
    list_a = json.loads(run("list", "partnerships", "--db", a, "--json", check_ok=True).stdout)
    list_b = json.loads(run("list", "partnerships", "--db", b, "--json", check_ok=True).stdout)
    strip = [{k: v for k, v in r.items() if k != "id"} for r in list_a]
    assert strip == [{k: v for k, v in r.items() if k != "id"} for r in list_b]
    assert len(list_a) == 120
    offices = {r["office"] for r in list_a}
    assert len(offices) >= 5
    assert {r["status"] for r in list_a} == {"proposed", "active", "suspended", "closed"}
    assert {r["level"] for r in list_a} == {"global", "regional", "country", "subnational"}
    partners = json.loads(run("--db", a, "list", "partners", "--json", check_ok=True).stdout)
    assert len({p["partner_type"] for p in partners}) == 9
    found = json.loads(run("list", "partnerships", "--db", a, "--search", "kenya", "--json",
                           check_ok=True).stdout)
    assert found and all(r["office"] == "KEN" for r in found)
    assert "Database is sound" in run("check", "--db", a, check_ok=True).stdout
    text = run("list", "partners", "--db", a, check_ok=True).stdout
    assert text.splitlines()[0].split()[:2] == ["legal_name", "short_name"]


def test_check_reports_broken_invariants(tmp_path):
    path = tmp_path / "d.db"
    run("demo", "--db", path, "--partnerships", 30, check_ok=True)
    con = raw_connect(path)
    con.execute("UPDATE partnership SET focal_point_id = NULL WHERE status = 'active'")
    con.commit()
    con.close()
    out = run("check", "--db", path)
    assert out.returncode == 1
    assert "active partnership without a focal point" in out.stdout


def test_missing_foreign_corrupt_and_newer_databases(tmp_path):
    assert "No database at" in one_clear_line(run("list", "partners", "--db",
                                                  tmp_path / "none.db"))
    text = tmp_path / "notes.db"
    text.write_text("hello " * 200)
    before = text.read_bytes()
    assert "not a PartnerDesk database" in one_clear_line(run("check", "--db", text))
    assert text.read_bytes() == before
    newer = tmp_path / "newer.db"
    run("demo", "--db", newer, "--partnerships", 5, check_ok=True)
    con = raw_connect(newer)
    con.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    con.close()
    before = newer.read_bytes()
    for command in (["list", "partnerships"], ["check"], ["shot", "--view", "partners",
                                                          "--out", tmp_path / "x.png"]):
        assert "newer PartnerDesk" in one_clear_line(run(*command, "--db", newer))
    assert newer.read_bytes() == before
    corrupt = tmp_path / "corrupt.db"
    run("demo", "--db", corrupt, "--partnerships", 5, check_ok=True)
    data = bytearray(corrupt.read_bytes())
    data[4096:12288] = b"\x00\xff" * 4096
    corrupt.write_bytes(bytes(data))
    assert "damaged" in one_clear_line(run("check", "--db", corrupt))


@pytest.mark.parametrize("args, message", [
    (["list", "things"], "invalid choice"),
    (["demo", "--partnerships", "many"], "invalid int value"),
    (["check"], "--db"),
    (["bogus"], "invalid choice"),
])
def test_bad_arguments_one_line(tmp_path, args, message):
    if args[0] == "demo":
        args = args + ["--db", str(tmp_path / "n.db")]
    assert message in one_clear_line(run(*args))


def test_demo_refuses_to_overwrite(tmp_path):
    path = tmp_path / "d.db"
    run("demo", "--db", path, "--partnerships", 5, check_ok=True)
    before = path.read_bytes()
    assert "already exists" in one_clear_line(run("demo", "--db", path))
    assert path.read_bytes() == before


def test_shot_renders_core_views_and_rejects_unknown(tmp_path):
    path = tmp_path / "d.db"
    run("demo", "--db", path, "--partnerships", 40, check_ok=True)
    for view in ("partners", "partnerships"):
        out = tmp_path / f"{view}.png"
        run("shot", "--db", path, "--view", view, "--out", out, "--size", "1024x700",
            check_ok=True)
        assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Unknown view" in one_clear_line(run("shot", "--db", path, "--view", "nowhere",
                                                "--out", tmp_path / "n.png"))
    assert "WIDTHxHEIGHT" in one_clear_line(run("shot", "--db", path, "--view", "partners",
                                                "--out", tmp_path / "n.png", "--size", "big"))


def _all_parsers(parser, path=()):
    import argparse
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _all_parsers(sub, path + (name,))


def test_every_command_has_help(capsys):
    from cli import build_parser
    seen = 0
    for path, parser in _all_parsers(build_parser()):
        with pytest.raises(SystemExit) as done:
            parser.parse_args(["--help"])
        assert done.value.code == 0
        assert "usage:" in capsys.readouterr().out, path
        seen += 1
    assert seen >= 20
