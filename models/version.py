"""The version of PartnerDesk, written in one place: pyproject.toml.

Read from the pyproject.toml beside the code (a checkout, and the frozen build, whose spec
copies the file into the bundle), else from the installed package's metadata.
"""
from __future__ import annotations

import functools
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


@functools.cache
def version() -> str:
    """'0.1.0' or whatever pyproject.toml says; 'unknown' if neither source can tell."""
    try:
        return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        pass
    from importlib import metadata  # only here: it pulls in the email package, at every start
    try:
        return metadata.version("partnerdesk")
    except metadata.PackageNotFoundError:
        return "unknown"
