"""Benchmark: one PCA with 3 programme documents and 40 budget lines to PDF (target < 300 ms),
and 100 agreements printed in a batch. Builds its own database in a temporary folder."""
from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import agreements as A  # noqa: E402
from models.db import close_database, open_database  # noqa: E402
from models.directory import partners, settings  # noqa: E402
from reports.agreements import render_agreement  # noqa: E402

TARGET_MS = 300
PAST = dt.date(2025, 1, 10)
OFFICER = {"name": "Jane Wanjiru", "title": "Executive Director", "email": ""}


def pca(n: int, pds: int, lines: int):
    partner = partners.save({"legal_name": f"Partner {n}", "partner_type": "cso",
                             "cso_type": "national", "authorised_officers": [OFFICER],
                             "bank_details": {"bank_name": "Equity", "account_number": "12345",
                                              "account_name": f"Partner {n}"}}, office="KEN")
    agreement = A.save_agreement({"agreement_type": "pca", "partner": partner.id,
                                  "country_programme": "2023-2027", "title": "Cooperation",
                                  "start_date": "2025-01-01", "end_date": "2027-12-31"},
                                 office="KEN")
    A.attach(agreement, "signed_document", data=f"scan {n}".encode(), filename="s.pdf")
    A.transition(agreement, "signed", partner_signatory=OFFICER["name"], partner_signed_on=PAST,
                 unicef_signatory="Representative", unicef_signed_on=PAST)
    per = [lines // pds + (1 if i < lines % pds else 0) for i in range(pds)]
    for i, count in enumerate(per):
        A.save_pd({"agreement": agreement.id, "title": f"Programme document {i + 1}",
                   "start_date": "2025-03-01", "end_date": "2026-12-31",
                   "results": [{"title": f"Output {k}", "indicators": [
                       {"name": f"Indicator {k}", "baseline": "0", "target": "100",
                        "means_of_verification": "Reports"}]} for k in range(3)],
                   "budget_lines": [{"activity": f"Activity {i}.{k} with a longer description "
                                                 "that wraps in its cell",
                                     "start": "2025-03-01", "end": "2025-09-30",
                                     "unicef_cash": 1000 + k, "partner_contribution": 100,
                                     "supplies": 50} for k in range(count)],
                   "cash_transfer_modalities": ["direct_cash_transfer"],
                   "risks": [{"risk": "Insecurity", "mitigation": "Remote monitoring"}]})
    return agreement


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "bench.db")
        settings.setup_office({"code": "KEN", "name": "Kenya Country Office", "country": "KEN"})
        big = pca(0, pds=3, lines=40)
        assert sum(len(pd.budget_lines) for pd in A.programme_documents(big)) == 40
        render_agreement(big, "en", Path(folder) / "warm.pdf")  # fonts loaded once
        for lang in ("en", "ar"):
            times = []
            for run in range(7):
                start = time.perf_counter()
                render_agreement(A.get_agreement(big.id), lang, Path(folder) / f"pca-{lang}.pdf")
                times.append((time.perf_counter() - start) * 1000)
            size = (Path(folder) / f"pca-{lang}.pdf").stat().st_size
            verdict = "OK" if statistics.median(times) < TARGET_MS else "OVER TARGET"
            print(f"PCA, 3 PDs, 40 budget lines, {lang}: median {statistics.median(times):.0f} ms,"
                  f" max {max(times):.0f} ms, {size / 1024:.0f} KB (target < {TARGET_MS} ms) "
                  f"{verdict}")
        batch = [pca(n, pds=1, lines=8) for n in range(1, 101)]
        start = time.perf_counter()
        for agreement in batch:
            render_agreement(agreement, "en", Path(folder) / f"{agreement.id}.pdf")
        total = time.perf_counter() - start
        print(f"100 agreements (1 PD, 8 lines each) printed in a batch: {total:.2f} s, "
              f"{total * 10:.0f} ms per agreement")
        close_database()


if __name__ == "__main__":
    main()
