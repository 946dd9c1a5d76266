"""Guessing enrollment codes against a real HQ on loopback (issue 15 item 5): wrong codes sent as
fast as one client can for one second, from one address; how many reached the store before the
address was locked, and how many were refused as locked. Before the guard, the issue measured 738
wrong tries a second, every one of them checked against the store. First run and median of 5
(a fresh HQ each run).

Run: .venv/bin/python bench/bench_enroll_guard.py [--runs 5] [--seconds 1]
"""
from __future__ import annotations

import argparse
import logging
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import httpx  # noqa: E402

from support.sync_fixtures import ServerThread  # noqa: E402
from sync import protocol  # noqa: E402
from sync.server import admin, guard  # noqa: E402


def one_run(folder: Path, seconds: float) -> tuple[int, int, float]:
    """(wrong tries that reached the store, tries refused as locked, tries a second)."""
    server = ServerThread(folder / "hq.db")
    try:
        statuses = []
        with httpx.Client(timeout=10) as client:
            started = time.monotonic()
            while time.monotonic() - started < seconds:
                code = "".join(secrets.choice(admin.CODE_ALPHABET) for _ in range(12))
                body = {"code": code, "name": "guess", "nonce": secrets.token_urlsafe(24)}
                statuses.append(client.post(server.url + protocol.API_ENROLL,
                                            content=protocol.dumps(body)).status_code)
            took = time.monotonic() - started
        return statuses.count(403), statuses.count(429), len(statuses) / took
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    logging.getLogger("partnerdesk.hq").setLevel(logging.ERROR)  # the refusals: not the figures
    runs = []
    for n in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            runs.append(one_run(Path(tmp), args.seconds))
        print(f"run {n + 1}: {runs[-1][2]:.0f} wrong tries/s, {runs[-1][0]} reached the store, "
              f"{runs[-1][1]} refused as locked")
    for label, k, unit in (("reached the store", 0, ""), ("tries a second", 2, "/s")):
        print(f"{label:18s} first {runs[0][k]:.0f}{unit}  median "
              f"{statistics.median(r[k] for r in runs):.0f}{unit} of {len(runs)} runs "
              f"(lock after {guard.SOURCE_TRIES} wrong codes in {guard.WINDOW / 60:.0f} min, "
              f"for {guard.LOCK / 60:.0f} min)")


if __name__ == "__main__":
    main()
