"""HQ's push path without the network: what checking the values of pushed ops costs.

Issue 13 measured request validation at 36 % of HQ's push time; issue 10 checks every field
against its column definition (models/columns.py). This times, per op, on 10,000 partnership
inserts and 10,000 status edits in requests of 500 ops: the request check (`sync_request`), the
per-op check (`check_op`: table, fields and, since issue 10, every value) and the whole apply
into a fresh SQLite store (`Batch.run`, check_op included), in CPU time of this process
(the machine is shared: wall time would measure the neighbours). First run and median of 5.

Run: .venv/bin/python bench/bench_hq_validation.py
"""
from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.ids import utc_now, uuid7  # noqa: E402
from sync.server.merge import Batch, Device, check_op  # noqa: E402
from sync.server.store import Store  # noqa: E402
from sync.server.validate import sync_request  # noqa: E402

N, PER_REQUEST, RUNS = 10_000, 500, 5


def requests() -> list[dict]:
    rng = random.Random(5)
    ops, seq = [], 0
    ids = [uuid7() for _ in range(N)]
    for i, row_id in enumerate(ids):
        seq += 1
        start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(-900, 200))
        ops.append([seq, "partnership", row_id, "insert", 0, "KEN", {
            "office": "KEN", "reference": f"KEN/PS/{start.year}/{i:05d}",
            "title": "Nutrition in Turkana", "level": rng.choice(["country", "regional"]),
            "contribution_types": json.dumps(["knowledge", "programme"]),
            "engagement_type": "collaboration", "formality": rng.choice(["mou", "legal"]),
            "geographic_reach": "Turkana", "objectives": "Improve nutrition outcomes.",
            "results": "4500 children reached", "focal_point_id": None,
            "start_date": start.isoformat(), "planned_end": (start + dt.timedelta(days=730))
            .isoformat(), "status": "active", "updated_at": utc_now(), "updated_by": "bench",
            "deleted": 0}])
    for row_id in ids:
        seq += 1
        ops.append([seq, "partnership", row_id, "update", 1, "KEN",
                    {"status": "suspended", "updated_at": utc_now()}])
    return [{"device": "bench", "schema": 11, "cursor": 0, "ops": ops[i:i + PER_REQUEST]}
            for i in range(0, len(ops), PER_REQUEST)]


def one_run(bodies: list[dict]) -> tuple[float, float, float]:
    t0 = time.process_time()
    checked = [sync_request(body) for body in bodies]
    t1 = time.process_time()
    for req in checked:
        for op in req["ops"]:
            check_op(op)
    t2 = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "hq.db")
        device = Device("bench", frozenset({"KEN"}), False)
        t3 = time.process_time()
        for req in checked:
            with store.write() as tx:
                Batch(tx, device).run(req["ops"])
        t4 = time.process_time()
        store.close()
    return t1 - t0, t2 - t1, t4 - t3


def main() -> None:
    bodies = requests()
    ops = sum(len(b["ops"]) for b in bodies)
    runs = [one_run(bodies) for _ in range(RUNS)]
    for label, pick in (("first run", runs[0]),
                        ("median", tuple(statistics.median(r[k] for r in runs) for k in range(3)))):
        request, values, apply = pick
        print(f"{label}: per op: request check {request / ops * 1e6:.1f} us, check_op "
              f"{values / ops * 1e6:.1f} us, apply (check_op included) "
              f"{apply / ops * 1e6:.1f} us; checks are {(request + values) / (request + apply):.0%}"
              f" of HQ's push time without the network")


if __name__ == "__main__":
    main()
