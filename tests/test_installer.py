"""The shipped program starts: build the PyInstaller bundle and launch it headless."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from models.db import close_database, open_database
from models.directory import settings
from models.version import version as expected_version

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.xdist_group("installer")
def test_frozen_app_reports_version_and_renders_a_view(tmp_path):
    build = subprocess.run(["bash", str(ROOT / "installer" / "build.sh"), str(tmp_path / "dist"),
                            str(tmp_path / "work")], capture_output=True, text=True,
                           timeout=900, cwd=ROOT)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "partnerdesk" / "partnerdesk"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env,
                             timeout=120)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"PartnerDesk {expected_version()}"  # pyproject.toml's
    db = tmp_path / "demo.db"
    made = subprocess.run([str(exe), "demo", "--db", str(db), "--partnerships", "50"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert made.returncode == 0, made.stderr
    png = tmp_path / "partners.png"
    shot = subprocess.run([str(exe), "shot", "--db", str(db), "--view", "partnerships", "--out",
                           str(png)], capture_output=True, text=True, env=env, timeout=300)
    assert shot.returncode == 0, shot.stderr
    assert png.read_bytes()[:4] == b"\x89PNG" and png.stat().st_size > 20_000
    # an office's database is encrypted: the bundle carries SQLCipher, and backs it up
    office = tmp_path / "office.db"
    open_database(office)
    settings.setup_office({"code": "KEN", "name": "Kenya", "country": "KEN"}, user_name="Amina")
    close_database()
    listed = subprocess.run([str(exe), "backup", "--db", str(office), "--out",
                             str(tmp_path / "office.pdbackup")], capture_output=True, text=True,
                            env=env, timeout=300)  # the tests' passphrase is in env
    assert listed.returncode == 0 and "verified" in listed.stdout, listed.stderr
