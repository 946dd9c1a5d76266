"""Sync benchmarks vs DESIGN.md targets: no-op sync (1 round trip, < 2 KB), 10,000 changed records
pushed by one device and pulled by another on loopback (issue 13: push + pull < 3 s), bytes on
the wire per changed record (< 150), and the wire-format choice (JSON vs msgpack, gzip vs zstd)
on real op batches. Each leg's first run, median and worst of --runs runs (a fresh HQ and fresh
devices each run) are printed at the end.

Run: .venv/bin/python bench/bench_sync.py [--records 10000] [--runs 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from models.ids import utc_now, uuid7  # noqa: E402
from support.raw import raw_connect  # noqa: E402
from support.sync_fixtures import ServerThread, device  # noqa: E402
from sync import protocol  # noqa: E402
from sync.client import sync  # noqa: E402
from sync.server import admin  # noqa: E402


THEMES = ["Water, sanitation and hygiene", "Immunization", "Early childhood development",
          "Girls' education", "Child protection", "Nutrition", "Social protection",
          "Birth registration", "Climate resilience", "Cash assistance", "Digital learning"]
PLACES = ["Turkana", "Garissa", "Kisumu", "Mombasa", "Nairobi", "Wajir", "Kakamega", "Kitui",
          "Marsabit", "Mandera", "national"]

from bench.common import use_bench_passphrase  # noqa: E402

use_bench_passphrase()  # databases are encrypted, as an office's is



def insert_partnerships(path: Path, n: int) -> None:
    """n partnerships with demo-like variety (themes, places, dates, figures)."""
    rng = random.Random(5)
    con = raw_connect(path)
    rows = []
    for i in range(n):
        theme, place = rng.choice(THEMES), rng.choice(PLACES).title()
        start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(-900, 200))
        rows.append((uuid7(), "KEN", f"KEN/PS/{start.year}/{i:05d}", f"{theme} in {place}",
                     rng.choice(["country", "subnational", "regional"]),
                     json.dumps(sorted(rng.sample(["programme", "knowledge", "advocacy",
                                                   "resources"], 2))),
                     rng.choice(["consultation", "coordination", "collaboration"]),
                     rng.choice(["informal", "mou", "legal"]), place,
                     f"Improve {theme.lower()} outcomes for children in {place}.",
                     f"{rng.randint(5, 500) * 100} children reached", start.isoformat(),
                     (start + dt.timedelta(days=rng.choice([365, 730, 1095]))).isoformat(),
                     rng.choice(["proposed", "active", "active"]), utc_now(),
                     rng.choice(["Amina Otieno", "John Bello", "Fatima Haddad"])))
    con.executemany(
        "INSERT INTO partnership (id, office, reference, title, level, contribution_types, "
        "engagement_type, formality, geographic_reach, objectives, results, start_date, "
        "planned_end, status, updated_at, updated_by) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.commit()
    con.close()


def history_rows(path: Path) -> int:
    """Status history rows (models/history): every status change syncs one more record."""
    con = raw_connect(path)
    try:
        return con.execute("SELECT count(*) FROM status_change").fetchone()[0]
    finally:
        con.close()


def edit_partnerships(path: Path) -> int:
    con = raw_connect(path)
    n = con.execute("UPDATE partnership SET status = 'suspended', updated_at = ? "
                    "WHERE office = 'KEN'", (utc_now(),)).rowcount
    con.commit()
    con.close()
    return n


def formats(path: Path) -> None:
    con = raw_connect(path)
    ops = [[s, t, r, o, b, f, json.loads(x)] for s, t, r, o, b, f, x in con.execute(
        "SELECT seq, table_name, row_id, op, base_version, office, fields FROM outbox "
        "WHERE status = 'pending' ORDER BY seq LIMIT 300")]
    con.close()
    if not ops:
        return
    raw_json = protocol.dumps({"ops": ops})
    rows = [("json", raw_json)]
    try:
        import msgpack
        rows.append(("msgpack", msgpack.packb({"ops": ops})))
    except ImportError:
        print("  (msgpack not installed: pip install msgpack to compare it)")
    print(f"  wire format on a batch of {len(ops)} real ops (bytes per op):")
    for name, raw in rows:
        z = protocol.compress(raw, "zstd")
        g = gzip.compress(raw, 6)
        t0 = time.perf_counter()
        for _ in range(20):
            protocol.compress(raw, "zstd")
        tz = (time.perf_counter() - t0) / 20 * 1000
        t0 = time.perf_counter()
        for _ in range(20):
            gzip.compress(raw, 6)
        tg = (time.perf_counter() - t0) / 20 * 1000
        print(f"    {name:8s} raw {len(raw) / len(ops):6.1f}  zstd {len(z) / len(ops):6.1f} "
              f"({tz:.1f} ms)  gzip {len(g) / len(ops):6.1f} ({tg:.1f} ms)")


TARGET_NEW = 3.0  # seconds: 10,000 new records pushed and pulled on loopback


def clocks() -> tuple[float, float]:
    """Wall time, and CPU time of this process: device and HQ both run here, so on a machine
    others share the CPU time is the work done, where wall time adds the neighbours' turns."""
    return time.perf_counter(), time.process_time()


def one_run(n: int, first: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        server = ServerThread(tmp / "hq.db")
        admin.add_office(server.store, "KEN", "Kenya", "KEN")
        a, b = device(server, tmp, "a"), device(server, tmp, "b")
        sync(a), sync(b)
        if first:
            noop = sync(b, check=False)
            print(f"no-op sync: {noop.round_trips} round trip(s), "
                  f"{noop.bytes_sent + noop.bytes_received} bytes on the wire "
                  f"(target: 1 round trip, < 2048 bytes)")
            noop_check = sync(b, check=True)
            print(f"no-op sync with checksum comparison: {noop_check.round_trips} round trip(s), "
                  f"{noop_check.bytes_sent + noop_check.bytes_received} bytes")

        insert_partnerships(a, n)
        if first:
            formats(a)
        (t0, c0), push = clocks(), sync(a)
        (t1, c1), pull = clocks(), sync(b)
        t2, c2 = clocks()
        # each new partnership is two records: itself and its history row ("proposed")
        assert push.pushed == pull.pulled == n + history_rows(a), (push, pull)
        wire = push.bytes_sent + push.bytes_received + pull.bytes_sent + pull.bytes_received
        print(f"{n} new partnerships: push {t1 - t0:.2f} s ({push.round_trips} round trips, "
              f"{push.bytes_sent} B sent), pull {t2 - t1:.2f} s ({pull.round_trips} round trips, "
              f"{pull.bytes_received} B received); total {t2 - t0:.2f} s "
              f"(target < {TARGET_NEW:.0f} s)")
        per_push = (push.bytes_sent + push.bytes_received) / n
        print(f"  bytes on the wire per new record: push {per_push:.1f}"
              f", pull {(pull.bytes_sent + pull.bytes_received) / n:.1f}, both {wire / n:.1f}")
        figures = {"push new": (t1 - t0, c1 - c0), "pull new": (t2 - t1, c2 - c1),
                   "push + pull new": (t2 - t0, c2 - c0)}

        before = history_rows(a)
        edited = edit_partnerships(a)
        changes = edited + history_rows(a) - before  # a status change and its history row
        (t0, c0), push = clocks(), sync(a)
        (t1, c1), pull = clocks(), sync(b)
        t2, c2 = clocks()
        assert push.pushed == changes and pull.pulled == changes, (push, pull)
        per_push = (push.bytes_sent + push.bytes_received) / edited
        per_pull = (pull.bytes_sent + pull.bytes_received) / edited
        print(f"{edited} edited partnerships (status change, {changes} records with the "
              f"history): push {t1 - t0:.2f} s, pull "
              f"{t2 - t1:.2f} s; bytes per changed record: push {per_push:.1f}, pull "
              f"{per_pull:.1f} (target < 150 each way)")
        server.stop()
        return {**figures, "push edits": (t1 - t0, c1 - c0), "pull edits": (t2 - t1, c2 - c1),
                "push + pull edits": (t2 - t0, c2 - c0)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    runs = [one_run(args.records, i == 0) for i in range(args.runs)]
    print(f"over {args.runs} runs, seconds (first run / median / worst), wall and CPU:")
    for leg in runs[0]:
        verdict = ""
        for kind, values in (("wall", [run[leg][0] for run in runs]),
                             ("CPU", [run[leg][1] for run in runs])):
            if leg == "push + pull new":
                verdict += (f"  {kind} {'OK' if max(values) < TARGET_NEW else 'MISSED'}")
            print(f"  {leg:<18} {kind:<4} {values[0]:5.2f} / {statistics.median(values):5.2f} /"
                  f" {max(values):5.2f}")
        if verdict:
            print(f"  {'':<18} target: worst < {TARGET_NEW:.0f} s:{verdict}")


if __name__ == "__main__":
    main()
