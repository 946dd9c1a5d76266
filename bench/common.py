"""Shared helpers of the benchmark scripts: the big demo database, percentiles, memory."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = Path(os.environ.get("PARTNERDESK_BENCH_DIR", "/tmp/partnerdesk-bench"))


def big_database(partnerships: int = 100_000, seed: int = 1) -> Path:
    """A demo database with `partnerships` records, built once and reused."""
    folder = CACHE / f"demo-{partnerships}-{seed}"
    if not folder.exists():
        building = CACHE / f"building-{partnerships}-{seed}"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db",
                        str(building / "partnerdesk.db"), "--partnerships", str(partnerships),
                        "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
        building.rename(folder)  # only a finished database is ever reused
    return folder / "partnerdesk.db"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")
