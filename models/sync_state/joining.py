"""A laptop that joins its office through HQ (a new team member, a replacement for a lost
laptop): once enrolled, the office it was enrolled for becomes its home office. Nothing else is
made here: the office, its people and its records arrive from HQ."""
from __future__ import annotations

import json

from ..directory import HQ_OFFICE, settings
from ..messages import msg


def enrolled_offices() -> tuple[list[str], bool]:
    """(offices this device is enrolled for, whether for all offices), from the sync settings."""
    return (sorted(json.loads(settings.get("sync.offices") or "[]")),
            settings.get("sync.all_offices") == "1")


def adopt_enrollment(user_name: str = "") -> str | None:
    """Make the enrolled office this laptop's home office (unless one is set) and remember the
    user's name; returns the home office, or None when the device is not enrolled yet.

    Enrolled for several offices, the first is home (the dashboard can show any); for all
    offices (an HQ laptop), HQ."""
    offices, every = enrolled_offices()
    if not offices and not every:
        return None
    home = settings.home_office()
    if not home:
        home = HQ_OFFICE if every else offices[0]
        settings.put("home_office", home)
    if user_name.strip():
        settings.put("user_name", user_name.strip())
    settings.device_id()
    return home


def validate_join(server: str | None, code: str | None) -> dict[str, str]:
    """What is wrong with an HQ address and an enrollment code typed to join an office, by
    field; empty when they can be tried."""
    errors = {}
    server = (server or "").strip()
    if not server:
        errors["server"] = msg("Enter the address of headquarters, e.g. "
                               "https://hq.example.org:8700.")
    else:
        scheme, _, rest = server.partition("://")
        if scheme not in ("http", "https") or not rest.strip("/"):
            errors["server"] = msg("The address starts with https:// or http:// and names the "
                                   "server, e.g. https://hq.example.org:8700.")
    if not (code or "").strip():
        errors["code"] = msg("Enter the enrollment code headquarters gave you for this "
                             "computer.")
    return errors
