"""Benchmark: evidence for all six benchmarks over one office with 20,000 partnerships.

Target (issue 5): < 300 ms for the six rules together. Builds its own database in a temporary
folder (partners, partnerships with members, and partnering-cycle records where the tables
exist), then times models.benchmarks_evidence.compute cold and warm.
Run: .venv/bin/python bench/bench_evidence.py [--partnerships N]
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.assessment import benchmarks, evidence as benchmarks_evidence  # noqa: E402
from models.db import close_database, database, open_database  # noqa: E402
from models.demo import _sync_columns, insert_rows  # noqa: E402
from models.directory import settings  # noqa: E402

TARGET_MS = 300

from bench.common import use_bench_passphrase  # noqa: E402

use_bench_passphrase()  # databases are encrypted, as an office's is



def build(n: int, today: dt.date, others: int = 0) -> None:
    """KEN gets n partnerships; each of `others` offices gets n too, interleaved with KEN's
    (the worst case for locality, as in a headquarters database)."""
    rng = random.Random(5)
    codes = ["KEN"] + [f"X{i:02d}" for i in range(others)]
    settings.setup_office({"code": "KEN", "name": "Kenya", "country": "KEN", "region": "ESARO"})
    for code in codes[1:]:
        settings.setup_office({"code": code, "name": code, "country": "XXX", "region": "HQ"})
    settings.put("home_office", "KEN")
    with database.atomic():
        database.execute_sql("UPDATE sync_control SET capture = 0 WHERE id = 1")
        people = [dict(_sync_columns("KEN"), name=f"Person {i}") for i in range(50)]
        insert_rows("person", people)
        partners = []
        for i in range(2000):
            status = rng.choice(["cleared", "cleared", "cleared_with_conditions", "in_progress"])
            partners.append(dict(_sync_columns("KEN"), reference=f"KEN/PT/{i:05d}",
                                 legal_name=f"Partner {i}", partner_type="cso",
                                 due_diligence_status=status, due_diligence_on=(
                                     today - dt.timedelta(days=rng.randint(0, 900))).isoformat()))
        insert_rows("partner", partners)
        rows, members, reviews, phases, cycles = [], [], [], [], []
        tables = {r[0] for r in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
        for i in range(n * len(codes)):
            start = today - dt.timedelta(days=rng.randint(0, 1500))
            code = codes[i % len(codes)]
            row = dict(_sync_columns(code), reference=f"{code}/PS/{i:06d}", title=f"P {i}",
                       status=rng.choices(["active", "proposed", "closed"], [6, 2, 2])[0],
                       focal_point_id=rng.choice(people)["id"] if rng.random() < 0.9 else None,
                       formality=rng.choice(["informal", "mou", "legal"]),
                       results="Children reached" if rng.random() < 0.8 else "",
                       start_date=start.isoformat())
            rows.append(row)
            for partner in rng.sample(partners, rng.randint(1, 3)):
                members.append(dict(_sync_columns(code), partnership_id=row["id"],
                                    partner_id=partner["id"], role="lead",
                                    comparative_advantage=rng.choice(["", "Reach", "Expertise"])))
            when = (today - dt.timedelta(days=rng.randint(0, 700))).isoformat()
            if rng.random() < 0.7:
                reviews.append(dict(_sync_columns(code), partnership_id=row["id"],
                                    reviewed_on=when, partner_feedback=rng.choice(["", "Good"])))
            if rng.random() < 0.6:
                phases.append(dict(_sync_columns(code), partnership_id=row["id"], phase="viii",
                                   status="done", completed_on=when))
            cycles.append(dict(_sync_columns(code), partnership_id=row["id"],
                               exit_conditions=rng.choice(["", "Hand over"])))
        insert_rows("partnership", rows)
        insert_rows("partnership_partner", members)
        for table, found in (("partnership_review", reviews), ("cycle_phase", phases),
                             ("partnership_cycle", cycles)):
            if table in tables:
                insert_rows(table, found)
        database.execute_sql("UPDATE sync_control SET capture = 1 WHERE id = 1")
    database.execute_sql("ANALYZE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partnerships", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--other-offices", type=int, default=0, metavar="N",
                        help="N more offices with as many partnerships each, interleaved")
    args = parser.parse_args()
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        open_database(path)
        t0 = time.perf_counter()
        build(args.partnerships, today, args.other_offices)
        total = args.partnerships * (1 + args.other_offices)
        print(f"built {total} partnerships ({args.partnerships} in KEN) in "
              f"{time.perf_counter() - t0:.1f} s")
        close_database()
        open_database(path)  # cold: a fresh connection, as when the view first opens
        found = benchmarks.benchmarks_of(benchmarks.set_in_force(today.year).id)
        t0 = time.perf_counter()
        evidence = benchmarks_evidence.compute("KEN", found, today)
        cold = (time.perf_counter() - t0) * 1000
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            benchmarks_evidence.compute("KEN", found, today)
            times.append((time.perf_counter() - t0) * 1000)
        for bench in found:
            print(f"  {bench.code}: {evidence[bench.id].text}")
        warm = statistics.median(times)
        print(f"evidence, six benchmarks, office of {args.partnerships} partnerships in a "
              f"database of {total}: cold {cold:.0f} ms, "
              f"warm median {warm:.0f} ms, max {max(times):.0f} ms "
              f"(target < {TARGET_MS} ms): {'PASS' if max(cold, max(times)) < TARGET_MS else 'FAIL'}")
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
