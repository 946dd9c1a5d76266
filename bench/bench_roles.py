"""Benchmark: what people and roles cost. A PIN check (scrypt, the key derivation of signing in)
and a record save with the role rule asked (models/users guard) against one in an office
without users (no rule), on a fresh database. Prints first run and median.

No target in DESIGN.md for these; the guard should add well under a millisecond to a save, and a
sign-in should stay under a quarter of a second on a field laptop.
Run: .venv/bin/python bench/bench_roles.py [--saves N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models import users  # noqa: E402
from models.users import access as users_access  # noqa: E402
from models.db import close_database, open_database  # noqa: E402
from models.directory import partners, settings  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def saves(n: int, office: str) -> list[float]:
    return [timed(lambda i=i: partners.save({"legal_name": f"Partner {office} {i}",
                                             "partner_type": "government"}, office=office))
            for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        open_database(Path(folder) / "roles.db")
        for code in ("KEN", "NGA"):
            settings.setup_office({"code": code, "name": code, "country": code}, user_name="Ann")
        settings.put("home_office", "KEN")
        users.add_user("Ann", "admin", "4711")
        users.add_user("Eve", "editor", "6933")
        checks = [timed(lambda: users.sign_in("Eve", "6933")) for _ in range(7)]
        print(f"sign-in (scrypt n=2^14, r=8): first {checks[0]:.1f} ms, "
              f"median {statistics.median(checks):.1f} ms")
        with_rule = saves(args.saves, "KEN")
        without = saves(args.saves, "NGA")  # NGA has no users: no rule to ask
        print(f"partner save, role rule asked:  first {with_rule[0]:.2f} ms, "
              f"median {statistics.median(with_rule):.3f} ms")
        print(f"partner save, office w/o users: first {without[0]:.2f} ms, "
              f"median {statistics.median(without):.3f} ms")
        record = partners.Partner.select().where(partners.Partner.office == "KEN").first()
        guard = [timed(lambda: users_access.guard_write(record)) for _ in range(args.saves)]
        print(f"the role rule alone (guard_write): first {guard[0]:.3f} ms, "
              f"median {statistics.median(guard):.3f} ms")
        close_database()


if __name__ == "__main__":
    main()
