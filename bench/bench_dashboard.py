"""Benchmark: dashboard alerts over 100,000 partnerships (DESIGN/brief target: < 500 ms).

Builds a demo database (models.demo.build, every feature's demo included) unless --db names an
existing one, then times models.alerts.collect() (every provider), the cycle provider alone, the
dashboard counts and a whole dashboard load, and prints the figures against the target.

    python bench/bench_dashboard.py [--partnerships 100000] [--db PATH] [--runs 7]
"""
from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import alerts, demo  # noqa: E402
from models.cycle import alerts as alerts_cycle, dashboard as cycle_dashboard  # noqa: E402
from models.db import close_database, open_database  # noqa: E402

TARGET_MS = 500

from bench.common import use_bench_passphrase  # noqa: E402

use_bench_passphrase()  # databases are encrypted, as an office's is



def timed(fn, runs: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partnerships", type=int, default=100_000)
    parser.add_argument("--db", help="existing database to measure (skips building)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.db:
        path = Path(args.db)
        open_database(path, create=False)
    else:
        path = Path(tempfile.mkdtemp()) / "bench.db"
        open_database(path)
        start = time.perf_counter()
        demo.build(partnerships=args.partnerships, seed=1)
        print(f"demo database with {args.partnerships:,} partnerships built in "
              f"{time.perf_counter() - start:.1f} s ({path})")
        close_database()
        open_database(path)
    today = dt.date.today()
    query = alerts.AlertQuery(today=today)
    collect_ms, collect_max, found = timed(lambda: alerts.collect(query), args.runs)
    cycle_ms, cycle_max, mine = timed(lambda: alerts_cycle.alerts(query), args.runs)
    office = alerts.AlertQuery(today=today, office="KEN")
    office_ms, _, _ = timed(lambda: alerts.collect(office), args.runs)
    counts_ms, _, counts = timed(lambda: alerts_cycle.counts(query), max(1, args.runs // 2))
    stages_ms, _, _ = timed(lambda: (cycle_dashboard.stage_counts(),
                                     cycle_dashboard.contribution_counts()), args.runs)
    load_ms, load_max, data = timed(lambda: cycle_dashboard.load(today=today), args.runs)
    home_ms, home_max, home = timed(lambda: cycle_dashboard.load(today=today, office="KEN"),
                                    args.runs)
    verdict = "meets" if collect_ms < TARGET_MS else "MISSES"
    print(f"alerts.collect() (all providers): median {collect_ms:.0f} ms, max {collect_max:.0f} ms,"
          f" {len(found)} alerts -> {verdict} the < {TARGET_MS} ms target")
    print(f"  cycle provider alone: median {cycle_ms:.0f} ms (max {cycle_max:.0f}), {len(mine)} "
          f"alerts; one office (KEN): median {office_ms:.0f} ms")
    print(f"  alert totals without limit: {counts_ms:.0f} ms -> "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    print(f"  counts by stage and contribution type: median {stages_ms:.0f} ms")
    print(f"whole dashboard load (alerts, counts, my partnerships): median {load_ms:.0f} ms, "
          f"max {load_max:.0f} ms (runs on a worker thread; {len(data.mine)} of mine; "
          f"{data.total:,} alerts in {len(data.groups)} groups, every one counted)")
    print(f"home office (KEN) dashboard, the default view: median {home_ms:.0f} ms, max "
          f"{home_max:.0f} ms, {home.total:,} alerts in {len(home.groups)} groups")
    close_database()
    return 0 if collect_ms < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
