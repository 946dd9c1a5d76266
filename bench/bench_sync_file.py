"""Sync by file: 10,000 new partnerships carried from one office laptop to HQ and on to another,
by files only (issue 13). Legs: export, HQ import (push + answer), answer applied on the sender,
and the receiver's empty export, HQ import and answer applied; file sizes per record. Each leg's
first run and median of --runs fresh runs (no target of its own in DESIGN.md: compared with the
network's, 10,000 records pushed and pulled in < 10 s, issue 13 aims at < 3 s).

Run: .venv/bin/python bench/bench_sync_file.py [--records 10000] [--runs 3]
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
sys.path.insert(0, str(ROOT / "tests"))

from bench.bench_sync import insert_partnerships  # noqa: E402
from support.sync_fixtures import ServerThread, device  # noqa: E402
from sync.filesync import export_to, import_from  # noqa: E402
from sync.server import admin  # noqa: E402
from sync.server.fileimport import import_file  # noqa: E402


def _timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def one_run(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        server = ServerThread(tmp / "hq.db")
        try:
            admin.add_office(server.store, "KEN", "Kenya", "KEN")
            a, b = device(server, tmp, "a"), device(server, tmp, "b")
            insert_partnerships(a, n)
            figures = {}
            done, figures["export (sender)"] = _timed(export_to, a, tmp / "a.export")
            assert done.ops == n, done
            size_export = (tmp / "a.export").stat().st_size
            (answer, _), figures["HQ import (sender)"] = _timed(
                import_file, server.store, (tmp / "a.export").read_bytes())
            (tmp / "a.answer").write_bytes(answer)
            applied, figures["answer applied (sender)"] = _timed(import_from, a, tmp / "a.answer")
            assert applied.pushed == n, applied
            _done, figures["export (receiver)"] = _timed(export_to, b, tmp / "b.export")
            (answer, _), figures["HQ import (receiver)"] = _timed(
                import_file, server.store, (tmp / "b.export").read_bytes())
            (tmp / "b.answer").write_bytes(answer)
            got, figures["answer applied (receiver)"] = _timed(import_from, b, tmp / "b.answer")
            assert got.pulled == n, got
            figures["total"] = sum(figures.values())
            figures["export bytes/record"] = size_export / n
            figures["answer bytes/record"] = len(answer) / n
            return figures
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run(args.records) for _ in range(max(1, args.runs))]
    print(f"{args.records} new partnerships by file, {len(runs)} runs: first / median / worst")
    for leg in runs[0]:
        values = [r[leg] for r in runs]
        unit = "" if "bytes" in leg else " s"
        print(f"  {leg:28s} {values[0]:8.2f}{unit} {statistics.median(values):8.2f}{unit} "
              f"{max(values):8.2f}{unit}")


if __name__ == "__main__":
    main()
