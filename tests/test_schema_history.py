"""Schema steps are frozen once landed: each step's result is pinned here by a fingerprint.

A step is literal SQL, but the capture triggers are generated (models/capture.py) and some steps
insert rows; a change to a generator or to a step's data would silently give old and new devices
different schemas. The fingerprint covers the SQL of every schema object after each step (tables,
indexes, triggers, views) and the rows the steps insert (clock columns left out). A new step
gets its fingerprint here when it lands; a changed one fails with the step's number.
"""
from __future__ import annotations

import hashlib
import json

import peewee

from models.migrations import LATEST_VERSION, migrate_database

# Step number -> fingerprint of the schema and data after steps 1..N. Never edit a line; add one.
FROZEN = {
    1: "7ef45bdbdb7fba0af691142e2679cdf6b63c9121adcb77709e0056557aeb99d4",
    2: "e9b550f6e071e2999035c83ad606f361e7a45b16bdd91943324d2dbda1df845d",
    3: "a7f8ab08fd03102203e30eba39f9c10b9c5906371818e94741fb63a5afe087de",
    4: "463eeaab0a83aea5e3b9620a7f9d74c3f2b4826dfd2a2617a5ddcbc07e7d7610",
    5: "ccabe2fe125ab85184b09a1b213e1e10b896f5619a59933e3113d9b6d21dab14",
    6: "7b0b6ce4ba55cfba93ef638fbad6513ca30a1eb682df258e430a5e6cbc9b0e96",
    7: "31894f0043e8f281211942695349b87864c9daf04943e7e4732a315ae18adb64",
    8: "f535b30cf9cccc7323b6b43dfc7a780a9f2181d6480244b41656a7438dccef60",
    9: "9055f692215cfc5a8c0c279aee12af3a42d7040897b60b359a66af459fba5c96",
    10: "adc1e8cd6513273356053edf3d9591c7e8cda2d5b1940876a3dd199d66729fa3",
    11: "499debbd8da73ce07304d229a2f31dcbb85005884bf1acbba8fc812f42e6b797",
    12: "b287a86fe343ff6e5824da923c6e88d61bffdee30c0bc3566b57ee99df8ff8a1",
    13: "d40ec0afe80c29db2481eb825617b1ad9eb91070aa0a1aca0e6144567c3daa5d",
    14: "6d07f7ffb513a07af72d56357c0fa03de09926d7536f4d04db07a6b7cabd5748",
}
CLOCK_COLUMNS = {"updated_at", "created_at", "saved_at"}


def fingerprint(step: int) -> str:
    db = peewee.SqliteDatabase(":memory:")
    db.connect()
    try:
        migrate_database(db, None, target=step)
        objects = db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                 "ORDER BY type, name").fetchall()
        rows = {}
        for _kind, name, *_ in [o for o in objects if o[0] == "table"]:
            cursor = db.execute_sql(f'SELECT * FROM "{name}"')
            keep = [i for i, d in enumerate(cursor.description) if d[0] not in CLOCK_COLUMNS]
            rows[name] = sorted(json.dumps([r[i] for i in keep], default=str) for r in cursor)
        text = json.dumps({"objects": objects, "rows": rows}, sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()
    finally:
        db.close()


def test_every_landed_step_is_unchanged():
    changed = [n for n in range(1, LATEST_VERSION + 1) if n in FROZEN and
               fingerprint(n) != FROZEN[n]]
    assert not changed, (
        f"Schema step {changed[0]} now gives another schema or data than when it landed (a "
        "capture generator or the step itself changed). Landed steps are frozen: restore it and "
        "add a new step (and a new capture generator) instead.")


def test_every_step_has_a_fingerprint():
    missing = {n: fingerprint(n) for n in range(1, LATEST_VERSION + 1) if n not in FROZEN}
    assert not missing, ("Record the new schema steps in FROZEN in tests/test_schema_history.py: "
                         + ", ".join(f'{n}: "{h}"' for n, h in missing.items()))


def test_fingerprint_sees_a_changed_trigger(monkeypatch):
    """The check can fail: a capture generator that writes one more space changes step 1."""
    from models import capture
    before = fingerprint(1)
    original = capture.GENERATORS[1]
    monkeypatch.setitem(capture.GENERATORS, 1,
                        lambda table, columns: [s.replace(" BEGIN ", "  BEGIN ")
                                                for s in original(table, columns)])
    assert fingerprint(1) != before
