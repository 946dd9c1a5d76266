"""What HQ's append-only history (store step 5, sync/server/history.py) costs the merge: 10,000
rows written through `Batch.write_row` in requests of 500, with the history insert and without it
(the same code with that one statement skipped), alternating, on SQLite. Prints the first run and
the median of each, and the store's size with and without history.

Run: .venv/bin/python bench/bench_hq_history.py [--rows 10000] [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.ids import utc_now, uuid7  # noqa: E402
from sync.server.merge import Batch, Device  # noqa: E402
from sync.server.store import Store, Tx  # noqa: E402

REQUEST = 500


def run(folder: Path, rows: int, history: bool) -> tuple[float, int]:
    path = folder / f"hq-{uuid7()}.db"
    store = Store(path)
    device = Device("bench", frozenset({"KEN"}), False)
    original = Tx.run

    def skipping(self, sql, params=()):
        if sql.startswith("INSERT INTO hq_version"):
            return 1
        return original(self, sql, params)

    Tx.run = original if history else skipping
    try:
        start = time.perf_counter()
        for first in range(0, rows, REQUEST):
            with store.write() as tx:
                batch = Batch(tx, device)
                for n in range(first, min(rows, first + REQUEST)):
                    batch.write_row("partnership", uuid7(), None, {
                        "office": "KEN", "reference": f"KEN/PS/2026/{n:05d}",
                        "title": f"Water and sanitation in school {n}", "status": "active",
                        "level": "country", "objectives": "Improve outcomes for children.",
                        "start_date": "2026-01-01", "planned_end": "2028-12-31",
                        "updated_at": utc_now(), "updated_by": "Bench User", "deleted": 0},
                        "Bench User")
                batch.finish()
        seconds = time.perf_counter() - start
    finally:
        Tx.run = original
        store.close()
    return seconds, path.stat().st_size + Path(str(path) + "-wal").stat().st_size \
        if Path(str(path) + "-wal").exists() else path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times: dict[bool, list[float]] = {True: [], False: []}
    sizes: dict[bool, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            for history in (False, True):  # alternating: both see the same machine load
                seconds, size = run(Path(tmp), args.rows, history)
                times[history].append(seconds)
                sizes[history] = size
    for history in (False, True):
        label = "with history   " if history else "without history"
        t = times[history]
        print(f"{label}: {args.rows} rows merged, first {t[0]:.2f} s, median "
              f"{statistics.median(t):.2f} s ({statistics.median(t) / args.rows * 1e6:.0f} us "
              f"per row); store {sizes[history] / 1e6:.1f} MB")
    extra = statistics.median(times[True]) / statistics.median(times[False]) - 1
    print(f"history costs {extra * 100:+.0f} % of the merge's write time")


if __name__ == "__main__":
    main()
