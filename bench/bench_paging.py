"""Benchmark: a page of the 100,000-partnership list at its top, middle and end, sorted by each
column both ways; the page after the middle one; with a search and a filter too.

Target (DESIGN.md): any page of a 100,000-row list under 10 ms wherever it is (floor 50 ms).
Each figure is the first read (a new connection, so SQLite's own cache is empty; the page cache
is dropped first when we may: `--cold`) and the median of 7. The middle page is a seek: the key
of row 50,000 is found by counting entries of the sort index from the nearer end, then the page
is read by key like every other page.

    python bench/bench_paging.py [--cold]
"""
from __future__ import annotations

import argparse
import statistics
import time

from bench_startup import drop_caches
from common import big_database

from models import listing
from models.db import close_database, database, open_database
from models.directory import partnerships

PAGE = listing.PAGE
TARGET, FLOOR = 10.0, 50.0

from common import use_bench_passphrase  # noqa: E402

use_bench_passphrase()  # databases are encrypted, as an office's is



def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def measure(query: listing.Query, total: int) -> dict[str, list[float]]:
    """Milliseconds of each kind of page, 8 times over (the first on a fresh connection)."""
    figures: dict[str, list[float]] = {"top": [], "middle": [], "next": [], "end": []}
    for i in range(8):
        if i == 0:  # SQLite's page cache starts empty, as after opening the list
            database.close()
            database.connect()
        walk = listing.walks_index(query)
        ms, _page = timed(lambda: listing.page(query, walk=walk))
        figures["top"].append(ms)
        ms, middle = timed(lambda: listing.seek(query, total // 2, total=total, walk=walk))
        figures["middle"].append(ms)
        ms, _page = timed(lambda: listing.page(query, after=middle.keys[-1], walk=walk))
        figures["next"].append(ms)
        ms, _page = timed(lambda: listing.page(query, last=True, walk=walk))
        figures["end"].append(ms)
    return figures


def word(ms: float) -> str:
    return "ok" if ms < TARGET else "floor" if ms < FLOOR else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", action="store_true", help="drop the page cache first")
    args = parser.parse_args()
    db = big_database(100_000)
    open_database(db, check=False)
    if args.cold:
        print(drop_caches(db))
    spec = partnerships.LIST
    cases = [(c.key, d, None, None) for c in spec.columns if c.sortable for d in (False, True)]
    cases += [("title", False, "water", None), ("reference", True, None, {"office": "KEN"}),
              ("start_date", False, "health", {"status": "active"})]
    print(f"{PAGE} rows a page; ms as first / median of 7 more; target < {TARGET:.0f} ms, "
          f"floor < {FLOOR:.0f} ms")
    print(f"{'sort':28} {'rows':>7}  {'top':>13} {'middle':>13} {'next':>13} {'end':>13}")
    worst = {False: [0.0, 0.0], True: [0.0, 0.0]}  # narrowed -> worst first, worst median
    for order, descending, search, filters in cases:
        query = listing.Query(spec, search, filters, order, descending)
        total = listing.count(query)
        figures = measure(query, total)
        cells = []
        for kind in ("top", "middle", "next", "end"):
            first, median = figures[kind][0], statistics.median(figures[kind][1:])
            narrowed = worst[query.narrowed]
            narrowed[0], narrowed[1] = max(narrowed[0], first), max(narrowed[1], median)
            cells.append(f"{first:5.1f} / {median:5.2f}")
        label = f"{order} {'desc' if descending else 'asc'}"
        label += f" '{search}'" if search else ""
        label += "".join(f" {k}={v}" for k, v in (filters or {}).items())
        print(f"{label:28} {total:7,}  " + " ".join(f"{c:>13}" for c in cells))
    print()
    for narrowed, label in ((False, "the whole list"), (True, "searched or filtered")):
        first, median = worst[narrowed]
        print(f"{label:21} worst first read {first:5.1f} ms ({word(first)}), worst median "
              f"{median:5.2f} ms ({word(median)}); target < {TARGET:.0f} ms, floor < "
              f"{FLOOR:.0f} ms")
    close_database()


if __name__ == "__main__":
    main()
