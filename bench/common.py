"""Shared helpers of the benchmark scripts: the big demo database (encrypted, as an office's is),
percentiles, memory. The benchmarks' passphrase is BENCH_PASSPHRASE; their key files use the
real key-derivation cost (models/crypto.py)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CACHE = Path(os.environ.get("PARTNERDESK_BENCH_DIR", "/tmp/partnerdesk-bench"))
BENCH_PASSPHRASE = "bench marks the field office 2026"


def use_bench_passphrase() -> None:
    from models import keystore
    keystore.set_source(lambda _request: BENCH_PASSPHRASE)


def big_database(partnerships: int = 100_000, seed: int = 1, encrypted: bool = True) -> Path:
    """A demo database with `partnerships` records, built once and reused; encrypted (with
    BENCH_PASSPHRASE) unless `encrypted` is False: the demo command makes it plain, and a copy is
    encrypted as an office's database is at its upgrade (models/encrypt.py)."""
    folder = CACHE / f"demo-{partnerships}-{seed}"
    if not folder.exists():
        building = CACHE / f"building-{partnerships}-{seed}"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db",
                        str(building / "partnerdesk.db"), "--partnerships", str(partnerships),
                        "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
        building.rename(folder)  # only a finished database is ever reused
    if not encrypted:
        return folder / "partnerdesk.db"
    secret = CACHE / f"demo-{partnerships}-{seed}-encrypted"
    if not secret.exists():
        from models.encrypt import convert
        building = CACHE / f"building-{partnerships}-{seed}-encrypted"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir(parents=True)
        shutil.copy2(folder / "partnerdesk.db", building / "partnerdesk.db")
        if (folder / "partnerdesk.db.files").exists():  # sealed at its first open
            shutil.copytree(folder / "partnerdesk.db.files", building / "partnerdesk.db.files")
        use_bench_passphrase()
        convert((building / "partnerdesk.db").resolve())
        building.rename(secret)
    return secret / "partnerdesk.db"


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
