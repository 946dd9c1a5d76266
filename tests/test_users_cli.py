"""`users add|list|role|remove` on the command line: PINs from the environment (never an
argument), refusals in one line with a non-zero exit, the acting user from PARTNERDESK_USER."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from models.db import close_database

ROOT = Path(__file__).resolve().parents[1]


def cli(db: Path, *args: str, ok: bool = True, **env: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--db", str(db)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          stdin=subprocess.DEVNULL,
                          env={**os.environ, **env})
    assert (done.returncode == 0) == ok, done.stderr
    if not ok:
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "Traceback" not in done.stderr
    return done


def test_users_commands_allowed_and_refused(db):
    close_database()
    out = cli(db, "users", "add", "Asha Admin", "--role", "editor",
              PARTNERDESK_NEW_PIN="4711").stdout
    assert "admin (the first user of an office is its administrator)" in out
    # from now on the laptop's user is Asha, who has a PIN: a command needs it
    refused = cli(db, "users", "list", ok=False).stderr
    assert "PARTNERDESK_PIN" in refused
    assert "Wrong PIN" in cli(db, "users", "list", ok=False, PARTNERDESK_PIN="0000").stderr
    asha = {"PARTNERDESK_PIN": "4711"}
    cli(db, "users", "add", "Victor Viewer", "--role", "viewer", PARTNERDESK_NEW_PIN="7044",
        **asha)
    assert "PARTNERDESK_NEW_PIN" in cli(db, "users", "add", "No Pin", "--role", "viewer",
                                        ok=False, **asha).stderr
    victor = {"PARTNERDESK_USER": "Victor Viewer", "PARTNERDESK_PIN": "7044"}
    line = cli(db, "users", "role", "Victor Viewer", "admin", ok=False, **victor).stderr
    assert "Victor Viewer (role: Viewer) may not manage the users of office KEN" in line
    assert "may not manage" in cli(db, "users", "remove", "Asha Admin", ok=False,
                                   **victor).stderr
    assert "is not a user" in cli(db, "users", "list", ok=False, PARTNERDESK_USER="Mallory",
                                  PARTNERDESK_PIN="1").stderr
    rows = json.loads(cli(db, "users", "list", "--json", **victor).stdout)  # viewers may look
    assert [(r["name"], r["role"], r["pin_here"]) for r in rows] == [
        ("Asha Admin", "admin", "yes"), ("Victor Viewer", "viewer", "yes")]
    assert "now editor" in cli(db, "users", "role", "Victor Viewer", "editor", **asha).stdout
    assert "last office administrator" in cli(db, "users", "remove", "Asha Admin", ok=False,
                                              **asha).stderr
    cli(db, "users", "remove", "Victor Viewer", **asha)
    assert [r["name"] for r in json.loads(cli(db, "users", "list", "--json", **asha).stdout)] \
        == ["Asha Admin"]


def test_hq_assigns_roles_from_the_command_line(tmp_path):
    hq_db = tmp_path / "hq.db"

    def hq(*args, ok=True):
        return cli_hq(hq_db, *args, ok=ok)
    hq("hq", "office", "add", "KEN", "--name", "Kenya", "--country", "KEN")
    assert "at their next sync" in hq("hq", "users", "role", "Asha Admin", "admin", "--office",
                                      "ken").stdout
    hq("hq", "users", "role", "Eve Editor", "editor", "--office", "KEN")
    assert "last office administrator" in hq("hq", "users", "role", "Asha Admin", "viewer",
                                             "--office", "KEN", ok=False).stderr
    assert "not known at HQ" in hq("hq", "users", "role", "X", "viewer", "--office", "ZZZ",
                                   ok=False).stderr
    hq("hq", "users", "remove", "Eve Editor", "--office", "KEN")
    listed = json.loads(hq("hq", "users", "list", "--office", "KEN", "--json").stdout)
    assert listed == [{"name": "Asha Admin", "role": "admin"}]


def cli_hq(hq_db: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--hq-db", str(hq_db)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert (done.returncode == 0) == ok, done.stderr
    if not ok:
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    return done
