"""Torture: many syncs, clients and HQ killed mid-sync, a hostile device per office; figures.

HQ is `main.py serve` in its own process (SQLite, or PostgreSQL with --pg), logging every
request. Each office has honest devices and one hostile device (poisoned rows `deleted = 'x'`,
rows naming honest files with a wrong size, one-byte uploads under honest hashes). Each round,
devices edit (inserts, edits, deletes, attachments, rows too large for one request) and sync in
their own processes; a share of those processes is killed with SIGKILL at a random moment, and
now and then HQ itself is killed and restarted. At the end the honest devices sync until quiet
and the figures are counted:

  syncs, client kills, HQ kills, lost (honest inserts missing at HQ), duplicated (ops applied
  more than once), diverged (honest rows that differ from HQ), stalled (syncs that did not end
  within --stall seconds), refused (ops set aside, per kind of device), 5xx (HQ answers).

Run: .venv/bin/python bench/bench_sync_torture.py [--rounds 60] [--pg]
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import httpx  # noqa: E402

from models.files import store_bytes  # noqa: E402
from support.raw import raw_connect  # noqa: E402
from models.ids import utc_now, uuid7  # noqa: E402
from support.sync_fixtures import device, free_port, hq_rows  # noqa: E402
from sync import protocol  # noqa: E402
from sync.client import sync  # noqa: E402
from sync.server import admin  # noqa: E402
from sync.server.store import Store  # noqa: E402

SYNC = "import sys; from sync.client import sync; sync(sys.argv[1], backoff=0.05, attempts=4)"

from bench.common import use_bench_passphrase  # noqa: E402

use_bench_passphrase()  # databases are encrypted, as an office's is



class Hq:
    def __init__(self, url: str, log: Path):
        self.store_url, self.log = url, log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.store = Store(url)
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "serve", "--hq-db", self.store_url, "--port",
             str(self.port), "--log-level", "info"], stdout=open(self.log, "a"),
            stderr=subprocess.STDOUT)
        for _ in range(400):
            try:
                httpx.get(self.url + "/v1/health", timeout=1).raise_for_status()
                return
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("HQ did not start")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(10)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)
        self.store.close()

    def answers(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for status in re.findall(rb'HTTP/1\.1" (\d{3})', self.log.read_bytes()):
            counts[int(status)] = counts.get(int(status), 0) + 1
        return counts


def _sql(path, sql, params=()):
    con = raw_connect(path, timeout=30)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


def _live(path, office) -> list[str]:
    con = raw_connect(path, timeout=30)
    try:
        return [r[0] for r in con.execute("SELECT id FROM person WHERE office = ? AND deleted = 0",
                                          (office,))]
    finally:
        con.close()


class Device:
    def __init__(self, hq, folder, office, name, hostile):
        self.path = device(hq, folder, name, (office,))
        self.office, self.hostile = office, hostile
        con = raw_connect(self.path)
        self.token = con.execute("SELECT value FROM setting WHERE key = 'sync.token'").fetchone()[0]
        con.close()

    def edit(self, rng, files, inserted, noise):
        live = _live(self.path, self.office)
        kind = rng.choice(["insert", "insert", "update", "delete", "attach", "big"]
                          if not self.hostile else ["poison", "wrong_row", "wrong_put", "insert"])
        if kind == "insert" or not live:
            new = uuid7()
            _sql(self.path, "INSERT INTO person (id, office, name, updated_at) VALUES "
                            "(?, ?, ?, ?)", (new, self.office, f"P{rng.random():.6f}", utc_now()))
            if not self.hostile:
                inserted.add(new)
        elif kind == "update":
            _sql(self.path, "UPDATE person SET title = ?, updated_at = ? WHERE id = ?",
                 (f"T{rng.random():.4f}", utc_now(), rng.choice(live)))
        elif kind == "delete":
            _sql(self.path, "UPDATE person SET deleted = 1, updated_at = ? WHERE id = ?",
                 (utc_now(), rng.choice(live)))
        elif kind == "big" and rng.random() < 0.2:
            new = uuid7()
            _sql(self.path, "INSERT INTO person (id, office, name, title, email, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?)", (new, self.office, *noise, utc_now()))
            inserted.add(new)
        elif kind == "attach":
            data = f"{self.office} {uuid7()}".encode() * rng.randint(1, 40000)
            sha = hashlib.sha256(data).hexdigest()
            store_bytes(data, self.path)  # encrypted in the store, as an attachment is
            self._attachment(sha, len(data))
            files[self.office][sha] = data
        elif kind == "poison":
            _sql(self.path, "UPDATE person SET deleted = 'x' WHERE id = ?", (rng.choice(live),))
        elif kind == "wrong_row" and files[self.office]:
            self._attachment(rng.choice(sorted(files[self.office])), 1)
        elif kind == "wrong_put" and files[self.office]:
            try:
                httpx.put(f"{self._hq_url}{protocol.API_BLOBS}/"
                          f"{rng.choice(sorted(files[self.office]))}", params={
                              "size": rng.randint(1, 99), "offset": 0}, content=b"x",
                          headers={"Authorization": f"Bearer {self.token}"}, timeout=10)
            except httpx.HTTPError:
                pass

    def _attachment(self, sha, size):
        _sql(self.path, "INSERT INTO attachment (id, office, owner_table, owner_id, kind, "
                        "filename, sha256, size, updated_at) VALUES (?, ?, 'agreement', 'x', "
                        "'signed_document', 'scan.pdf', ?, ?, ?)",
             (uuid7(), self.office, sha, size, utc_now()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--kill", type=float, default=0.4, help="share of syncs killed")
    parser.add_argument("--hq-kill", type=float, default=0.1, help="share of rounds HQ dies in")
    parser.add_argument("--stall", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--pg", action="store_true", help="HQ on PostgreSQL")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    noise = ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+-./:;<=>?@[]^_{}~",
                                 k=1_000_000)) for _ in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pg = None
        if args.pg:
            from support.pg_support import PgServer
            pg = PgServer().start()
            url = pg.create_database("torture")
        else:
            url = str(tmp / "hq.db")
        hq = Hq(url, tmp / "hq.log")
        offices = ["KEN", "NGA"]
        for code in offices:
            admin.add_office(hq.store, code, f"{code} office", code)
        devices = [Device(hq, tmp, office, f"{office}{i}", hostile=i == 3)
                   for office in offices for i in range(4)]
        for d in devices:
            d._hq_url = hq.url
        files = {o: {} for o in offices}
        inserted: set[str] = set()
        figures = dict(syncs=0, client_kills=0, hq_kills=0, stalled=0)
        t0 = time.monotonic()
        for _round in range(args.rounds):
            for d in devices:
                for _ in range(rng.randint(0, 3)):
                    d.edit(rng, files, inserted, noise)
            kill_hq = rng.random() < args.hq_kill
            procs = []
            for d in rng.sample(devices, rng.randint(2, len(devices))):
                procs.append((subprocess.Popen([sys.executable, "-c", SYNC, str(d.path)],
                                               cwd=ROOT, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL),
                              rng.random() < args.kill, rng.uniform(0.05, 1.5)))
                figures["syncs"] += 1
            if kill_hq:
                time.sleep(rng.uniform(0.1, 1.0))
                hq.kill()
                figures["hq_kills"] += 1
                hq.start()
            started = time.monotonic()
            for proc, kill, after in procs:
                if kill:
                    time.sleep(max(0.0, started + after - time.monotonic()))
                    if proc.poll() is None:
                        proc.kill()
                        figures["client_kills"] += 1
                try:
                    proc.wait(max(1.0, started + args.stall - time.monotonic()))
                except subprocess.TimeoutExpired:
                    figures["stalled"] += 1
                    proc.kill()
                    proc.wait()
        honest = [d for d in devices if not d.hostile]
        for _ in range(2):
            for d in honest:
                sync(d.path, check=True)
        at_hq = {i: r for i, r in hq_rows(hq, "person").items()}
        diverged = 0
        for d in honest:
            con = raw_connect(d.path)
            for row_id, name, title, deleted, version in con.execute(
                    "SELECT id, name, title, deleted, version FROM person WHERE office = ?",
                    (d.office,)):
                r = at_hq.get(row_id)
                diverged += r is None or (r["name"], r.get("title", ""), r["deleted"],
                                          r["version"]) != (name, title, deleted, version)
            con.close()
        with hq.store.read() as tx:
            versions = tx.one("SELECT coalesce(sum(version), 0) FROM hq_row WHERE tbl != "
                              "'office'")[0]
            applied = tx.one("SELECT count(*) FROM hq_applied")[0]
            held = {(r[0], r[1]) for r in tx.all("SELECT sha256, office FROM hq_blob_office")}
        missing_files = sum((sha, o) not in held for o in offices for sha in files[o])
        refused = {"honest": 0, "hostile": 0}
        for d in devices:
            con = raw_connect(d.path)
            refused["hostile" if d.hostile else "honest"] += con.execute(
                "SELECT count(*) FROM outbox WHERE status = 'rejected'").fetchone()[0] + \
                con.execute("SELECT count(*) FROM sync_blob WHERE error IS NOT NULL").fetchone()[0]
            con.close()
        answers = hq.answers()
        hq.stop()
        if pg:
            pg.stop()
    print(f"HQ on {'PostgreSQL' if args.pg else 'SQLite'}, {args.rounds} rounds, "
          f"{len(devices)} devices ({len(offices)} hostile), {time.monotonic() - t0:.0f} s")
    print(f"syncs {figures['syncs']}, client kills {figures['client_kills']}, HQ kills "
          f"{figures['hq_kills']}, stalled {figures['stalled']}")
    print(f"lost {len(inserted - set(at_hq))} of {len(inserted)} honest inserts, duplicated "
          f"{max(0, versions - applied)}, diverged {diverged}, files missing at HQ "
          f"{missing_files} of {sum(len(f) for f in files.values())}")
    print(f"refused: honest {refused['honest']}, hostile {refused['hostile']}; HQ answers: "
          + ", ".join(f"{k}: {v}" for k, v in sorted(answers.items()))
          + f"; 5xx: {sum(v for k, v in answers.items() if k >= 500)}")


if __name__ == "__main__":
    main()
