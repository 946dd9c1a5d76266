"""Benchmark data in and out (DESIGN.md targets): import 10,000 partner rows from Excel (floor
10 s, target 3 s); stream a 200 MB IATI file (under 60 s, resident memory under 250 MB); export
5,000 programme documents to IATI (under 5 s). Prints first run and median of each.

    python bench/bench_interchange.py [--runs N] [--iati-mb 200]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import ROOT, rss_mb  # noqa: E402
from models.db import close_database, database, open_database  # noqa: E402
from models.demo import insert_rows  # noqa: E402
from models.directory import settings  # noqa: E402
from models.ids import utc_now, uuid7  # noqa: E402

HEADERS = ["Vendor Number", "Organizations Full Name", "Short Name", "Partner Type",
           "HACT Risk Rating", "Type Of Assessment", "Date Assessed", "Email Address",
           "Phone Number", "Address", "Date Last Assessed Against Core Values"]
TYPES = ["Civil Society Organization/National", "Civil Society Organization/International",
         "Government", "UN Agency", "Bilateral / Multilateral"]
WORDS = ["Health", "Water", "Education", "Relief", "Youth", "Women", "Community", "Rural",
         "Action", "Development", "Children", "Hope", "Peace", "Unity", "Future", "Green"]

from bench.common import use_bench_passphrase  # noqa: E402

use_bench_passphrase()  # databases are encrypted, as an office's is



def report(name: str, times: list[float], floor: float, target: float | None = None) -> None:
    median = statistics.median(times)
    verdict = "OK" if median < floor else "OVER FLOOR"
    goal = f", target {target:.1f} s" if target else ""
    print(f"{name}: first {times[0]:.2f} s, median {median:.2f} s of {len(times)} "
          f"(floor {floor:.1f} s{goal}) {verdict}")


def fresh_db(folder: Path) -> Path:
    path = folder / f"bench-{uuid7()[-8:]}.db"
    open_database(path)
    settings.setup_office({"code": "KEN", "name": "Kenya", "country": "KEN", "region": "ESARO"},
                          user_name="Bench")
    return path


def partner_sheet(path: Path, rows: int = 10_000) -> Path:
    from openpyxl import Workbook
    rng = random.Random(3)
    book = Workbook(write_only=True)
    ws = book.create_sheet("Partners")
    ws.append(HEADERS)
    for n in range(rows):
        name = " ".join(rng.sample(WORDS, 3)) + f" {n}"
        ws.append([str(2500000000 + n), name, f"P{n}", rng.choice(TYPES), "Medium",
                   "Micro Assessment", "2022-05-03", f"info{n}@example.org", "+254 700 000",
                   f"{n} Main Road", "2021-01-15"])
    book.save(path)
    return path


def bench_partners(folder: Path, runs: int) -> None:
    from models.interchange import partner_import
    sheet = partner_sheet(folder / "partners.xlsx")
    times = []
    for _ in range(runs):
        db = fresh_db(folder)
        start = time.perf_counter()
        result = partner_import.apply(partner_import.plan(sheet, office="KEN"),
                                      filename=sheet.name)
        times.append(time.perf_counter() - start)
        assert result.created == 10_000, result.problems[:3]
        close_database()
        db.unlink()
    report("import 10,000 partner rows from Excel", times, 10, 3)


ACTIVITY = """<iati-activity default-currency="USD" humanitarian="1" xmlns:x="http://e.org/x" x:extra="1">
  <iati-identifier>XM-BENCH-{n}</iati-identifier>
  <reporting-org ref="XM-DAC-41122" type="40"><narrative>UNICEF</narrative></reporting-org>
  <title><narrative>Activity {n}: {title}</narrative></title>
  <description type="1"><narrative>{text}</narrative></description>
  <participating-org role="1" type="10"><narrative>Donor government {d}</narrative></participating-org>
  <participating-org role="4" type="22"><narrative>Implementing NGO {i}</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="1" iso-date="2024-01-01"/><activity-date type="3" iso-date="2025-12-31"/>
  <recipient-country code="{country}" percentage="100"/>
  <location><name><narrative>District {i}</narrative></name></location>
  <sector vocabulary="1" code="12240"/><sector vocabulary="1" code="14030"/>
  <budget type="1"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value value-date="2024-01-01">{amount}</value></budget>
{transactions}</iati-activity>
"""
TX = ('  <transaction><transaction-type code="3"/><transaction-date iso-date="2024-0{m}-15"/>'
      '<value value-date="2024-0{m}-15">1000</value><description><narrative>Disbursement '
      'for month {m} of the programme</narrative></description></transaction>\n')


def iati_file(path: Path, megabytes: int) -> Path:
    rng = random.Random(5)
    countries = ["KE"] * 1 + ["UG", "TZ", "ET", "SO", "SS", "CD", "NG", "ML", "NE", "BF"] * 2
    text = " ".join(rng.choice(WORDS).lower() for _ in range(60))
    transactions = "".join(TX.format(m=m) for m in range(1, 10))
    target = megabytes * 1_000_000
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n')
        n = 0
        while fh.tell() < target:
            fh.write(ACTIVITY.format(n=n, title=" ".join(rng.sample(WORDS, 4)), text=text,
                                     d=n % 40, i=n % 3000, country=rng.choice(countries),
                                     amount=1000 + n, transactions=transactions))
            n += 1
        fh.write("</iati-activities>\n")
    return path


def iati_child(path: str, db: str) -> None:
    """Run in its own process, so that its peak resident memory is its own."""
    from models.interchange import iati_import
    open_database(db)
    start = time.perf_counter()
    result = iati_import.run(path)
    seconds = time.perf_counter() - start
    peak = 0.0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "read": result.read,
                      "created": result.created, "rss_now": rss_mb()}))


def bench_iati(folder: Path, runs: int, megabytes: int) -> None:
    source = iati_file(folder / "big.xml", megabytes)
    size = source.stat().st_size / 1e6
    times, peaks = [], []
    for _ in range(runs):
        db = fresh_db(folder)
        close_database()
        done = subprocess.run([sys.executable, __file__, "--iati-child", str(source), str(db)],
                              capture_output=True, text=True, check=True, cwd=ROOT)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        times.append(result["seconds"])
        peaks.append(result["peak_mb"])
        db.unlink()
    report(f"stream a {size:.0f} MB IATI file ({result['read']:,} activities, "
           f"{result['created']:,} for KEN)", times, 60)
    print(f"  peak resident memory: first {peaks[0]:.0f} MB, median "
          f"{statistics.median(peaks):.0f} MB (limit 250 MB)")


def pd_database(folder: Path, count: int = 5000) -> Path:
    db = fresh_db(folder)
    partner, agreement, now = uuid7(), uuid7(), utc_now()
    sync = {"office": "KEN", "version": 0, "updated_at": now, "updated_by": "bench", "deleted": 0}
    insert_rows("partner", [{"id": partner, **sync, "reference": "KEN/PT/00001",
                             "legal_name": "Bench NGO", "partner_type": "cso",
                             "cso_type": "national"}])
    insert_rows("agreement", [{"id": agreement, **sync, "reference": "KEN/PCA2024001",
                               "agreement_type": "pca", "partner_id": partner,
                               "status": "signed"}])
    results = json.dumps([{"title": f"Output {k}", "indicators": [
        {"name": f"Indicator {k}.{j}", "baseline": "0", "target": str(100 * j)}
        for j in range(1, 4)]} for k in range(1, 4)])
    lines = json.dumps([{"activity": f"Activity {k}", "unicef_cash": 1000.0 * k,
                         "partner_contribution": 100.0, "supplies": 50.0} for k in range(10)])
    with database.atomic():
        insert_rows("programme_document", [{
            "id": uuid7(), **sync, "reference": f"KEN/PCA2024001/PD2024{n:04d}",
            "agreement_id": agreement, "title": f"Programme document {n}",
            "start_date": "2024-01-01", "end_date": "2025-12-31", "status": "active",
            "results": results, "budget_lines": lines, "locations": '["Turkana", "Garissa"]',
            "unicef_signed_on": "2023-12-01", "unicef_cash_total": 47000.0}
            for n in range(count)])
    return db


def bench_export(folder: Path, runs: int) -> None:
    from models.interchange import codelists, iati_write
    pd_database(folder)
    times = []
    for n in range(runs):
        out = folder / f"export-{n}.xml"
        start = time.perf_counter()
        result = iati_write.activities("KEN", out)
        times.append(time.perf_counter() - start)
        assert result["activities"] == 5000, result["skipped"][:3]
    assert codelists.validate(out) == []
    report("export 5,000 programme documents to IATI (XSD-valid)", times, 5)
    close_database()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--iati-mb", type=int, default=200)
    parser.add_argument("--iati-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.iati_child:
        iati_child(*args.iati_child)
        return
    folder = Path(tempfile.mkdtemp(prefix="pd-bench-interchange-"))
    try:
        bench_partners(folder, args.runs)
        bench_export(folder, args.runs)
        bench_iati(folder, args.runs, args.iati_mb)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
