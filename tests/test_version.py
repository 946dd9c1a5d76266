"""The version is written once, in pyproject.toml; the command line and the window report it."""
from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata

from models import version as version_module
from ui.app import make_app

ROOT = version_module.PYPROJECT.parent


def test_version_comes_from_pyproject_everywhere(qapp):
    written = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version_module.version() == written
    shown = subprocess.run([sys.executable, str(ROOT / "main.py"), "--version"],
                           capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert shown.returncode == 0 and shown.stdout.strip() == f"PartnerDesk {written}"
    assert make_app().applicationVersion() == written


def test_version_without_pyproject_falls_back_to_package_metadata(tmp_path, monkeypatch):
    monkeypatch.setattr(version_module, "PYPROJECT", tmp_path / "missing.toml")
    version_module.version.cache_clear()
    try:
        try:  # a checkout is not installed as a package: then nobody can tell
            installed = metadata.version("partnerdesk")
        except metadata.PackageNotFoundError:
            installed = "unknown"
        assert version_module.version() == installed
        (tmp_path / "missing.toml").write_text('[project]\nversion = "9.8.7"\n')
        version_module.version.cache_clear()
        assert version_module.version() == "9.8.7"
    finally:
        version_module.version.cache_clear()
