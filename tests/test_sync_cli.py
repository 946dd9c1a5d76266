"""The command line of sync: `hq office add|enroll|devices|revoke|conflicts` and `sync --json`."""
from __future__ import annotations

import json
import subprocess
import sys

from support.sync_fixtures import ROOT, ServerThread, new_db


def _cli(*args, ok=True):
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=60)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


def test_hq_administration_and_sync_json(tmp_path):
    hq_db = tmp_path / "hq.db"
    assert "added" in _cli("hq", "office", "add", "KEN", "--name", "Kenya CO", "--country", "KEN",
                           "--hq-db", hq_db).stdout
    bad = _cli("hq", "office", "add", "K", "--name", "x", "--country", "KENYA", "--hq-db", hq_db,
               ok=False)
    assert bad.returncode == 2 and "office code" in bad.stderr and "Traceback" not in bad.stderr
    unknown = _cli("hq", "enroll", "--office", "XYZ", "--hq-db", hq_db, ok=False)
    assert unknown.returncode == 2 and "Unknown office" in unknown.stderr
    code = _cli("hq", "enroll", "--office", "KEN", "--hq-db", hq_db).stdout.strip()
    assert len(code) == 14 and code.count("-") == 2
    server = ServerThread(hq_db)
    try:
        path = new_db(tmp_path, "a")
        out = json.loads(_cli("sync", "--db", path, "--server", server.url, "--enroll", code,
                              "--json").stdout)
        assert {"pushed", "pulled", "conflicts", "bytes_sent", "bytes_received", "round_trips",
                "seconds"} <= set(out)
        assert out["pulled"] >= 1  # the office record from HQ
        devices = json.loads(_cli("hq", "devices", "--hq-db", hq_db, "--json").stdout)
        assert len(devices) == 1 and devices[0]["offices"] == "KEN" and \
            devices[0]["state"] == "active"
        assert "revoked" in _cli("hq", "revoke", devices[0]["device"], "--hq-db", hq_db).stdout
        assert json.loads(_cli("hq", "devices", "--hq-db", hq_db, "--json").stdout)[0][
            "state"] == "revoked"
        again = _cli("sync", "--db", path, ok=False)
        assert again.returncode == 2 and "revoked" in again.stderr
        missing = _cli("hq", "revoke", "nope", "--hq-db", hq_db, ok=False)
        assert missing.returncode == 2 and "No device" in missing.stderr
        assert _cli("hq", "conflicts", "--hq-db", hq_db, "--json").stdout.strip() == "[]"
    finally:
        server.stop()
