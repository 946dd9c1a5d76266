"""Every entry point acts as the database's user: a change made through the command line says
who made it (updated_by, and the outbox op HQ reads its author from), as one made in the window
does; a database without a user name says 'local'."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from models.db import close_database, open_database
from models.directory import settings
from support.agreements_fixtures import make_agreement, make_partner, make_pd
from support.raw import raw_connect

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def statuses(path: Path) -> dict[str, tuple[str, str]]:
    con = raw_connect(path)
    try:
        return {row[0]: row[1:] for table in ("agreement", "programme_document")
                for row in con.execute(f"SELECT id, status, updated_by FROM {table}")}
    finally:
        con.close()


def op_authors(path: Path, row_id: str) -> set[str]:
    """The authors the row's outbox ops carry to HQ (an op names one only when it changed)."""
    con = raw_connect(path)
    try:
        ops = [json.loads(f) for (f,) in con.execute(
            "SELECT fields FROM outbox WHERE row_id = ? ORDER BY seq", (row_id,))]
    finally:
        con.close()
    assert ops and "updated_by" in ops[0]
    return {op["updated_by"] for op in ops if "updated_by" in op}


def test_automatic_status_changes_from_the_cli_carry_the_users_name(tmp_path, demo_template):
    path = tmp_path / "demo.db"
    shutil.copy2(demo_template, path)
    before = statuses(path)
    out = cli("agreements", "auto", "--db", str(path), "--today", "2031-01-01").stdout
    after = statuses(path)
    changed = [row_id for row_id, (status, _by) in after.items() if before[row_id][0] != status]
    assert len(changed) >= 10 and "automatic status changes." in out  # (some go signed ->
    # active -> ended, two changes of one row)
    assert {after[row_id][1] for row_id in changed} == {"Demo User"}  # was 'local' for all
    assert set().union(*(op_authors(path, row_id) for row_id in changed)) == {"Demo User"}


def test_a_database_without_a_user_name_acts_as_local_until_it_has_one(tmp_path):
    path = tmp_path / "office.db"
    open_database(path)
    settings.setup_office({"code": "KEN", "name": "Kenya", "country": "KEN"})  # no user name
    settings.act_as_local_user()
    first = make_pd(status="review")
    second = make_pd(make_agreement(make_partner("Second NGO")), status="review")
    close_database()
    cli("agreements", "transition", first.reference, "draft", "--db", str(path))
    assert statuses(path)[first.id] == ("draft", "local")

    open_database(path)
    settings.put("user_name", "Wanjiru Kamau")
    close_database()
    cli("agreements", "transition", second.reference, "draft", "--db", str(path))
    assert statuses(path)[second.id] == ("draft", "Wanjiru Kamau")
