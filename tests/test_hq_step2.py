"""HQ store step 2 (issue 10) on SQLite and a real PostgreSQL: devices enrolled before it stay
confirmed, shared uploads in progress are dropped, and a file HQ verified before stays
downloadable for the offices whose attachment rows name it (and for no other)."""
from __future__ import annotations

import hashlib
import json

from sync.server import admin, blobs, migrations
from sync.server.merge import Device
from sync.server.store import Store

from support.pg_support import pg_server  # noqa: F401 (fixture)
from test_hq_migrations import new_store  # noqa: F401 (fixture: SQLite and PostgreSQL)


def test_step_2_keeps_devices_confirmed_and_verified_files_for_their_offices(new_store):  # noqa: F811
    url = new_store()
    data = b"signed before step 2"
    sha = hashlib.sha256(data).hexdigest()
    old = Store(url, schema=1)
    try:
        with old.write() as tx:  # as the code of step 1 wrote them (today's merge needs step 5)
            for code in ("KEN", "NGA"):
                tx.run("INSERT INTO hq_office (code, name, country, created_at) VALUES "
                       "(?, ?, ?, '2026-01-01')", (code, f"{code} office", code))
            tx.run("INSERT INTO hq_device (id, name, token_hash, offices, all_offices, "
                   "enrolled_at) VALUES ('d1', 'old laptop', 'h', '[\"KEN\"]', 0, '2026-01-01')")
            row = {"office": "KEN", "sha256": sha, "size": len(data), "deleted": 0}
            tx.run("INSERT INTO hq_row (tbl, id, office, version, seq, deleted, data, meta) "
                   "VALUES ('attachment', 'a1', 'KEN', 1, 1, 0, ?, ?)",
                   (json.dumps(row, separators=(",", ":")),
                    json.dumps({f: [1, 1, "d1", ""] for f in row}, separators=(",", ":"))))
            tx.run("UPDATE hq_counter SET value = 1 WHERE id = 1")
            tx.run("INSERT INTO hq_blob (sha256, size, received, complete, created_at) VALUES "
                   "(?, ?, ?, 1, '2026-01-01')", (sha, len(data), len(data)))
            tx.run("INSERT INTO hq_blob_chunk (sha256, start, data) VALUES (?, 0, ?)", (sha, data))
            tx.run("INSERT INTO hq_blob (sha256, size, received, complete, created_at) VALUES "
                   "('f' || ?, 9, 1, 0, '2026-01-01')", ("0" * 63,))  # a shared partial upload
    finally:
        old.close()
    store = Store(url)
    try:
        with store.read() as tx:
            assert migrations.version(tx) == migrations.LATEST_VERSION
            assert tx.one("SELECT count(*) FROM hq_blob WHERE complete = 0")[0] == 0
            assert tx.all("SELECT sha256, office FROM hq_blob_office") == [(sha, "KEN")]
        assert [d.state for d in admin.devices(store)] == ["active"]
        ken, nga = (Device(f"x{o}", frozenset({o}), False) for o in ("KEN", "NGA"))
        assert blobs.content(store, ken, sha) == data
        assert blobs.content(store, nga, sha) is None
        assert json.loads(json.dumps(blobs.status(store, ken, sha)))["complete"] is True
    finally:
        store.close()
