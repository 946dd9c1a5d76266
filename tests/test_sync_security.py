"""HQ security: token hashes only, 401 for unknown or revoked tokens, 4xx that change nothing."""
from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from models.directory import Person
from models.message_data import restored
from sync import protocol
from sync.client import sync
from sync.server import admin
from sync.transport import SyncError, Unauthorized

from support.sync_fixtures import ROOT, device, edit, enroll_code, free_port, hq, new_db  # noqa: F401
from support.raw import raw_connect


def _setting(path, key):
    con = raw_connect(path)
    try:
        return con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()[0]
    finally:
        con.close()


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def _state(hq):
    with hq.store.read() as tx:
        return (tx.all("SELECT tbl, id, version FROM hq_row ORDER BY tbl, id"),
                tx.all("SELECT device, seq FROM hq_applied ORDER BY device, seq"))


def test_token_is_stored_hashed_and_unknown_tokens_get_401(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    token = _setting(a, "sync.token")
    assert token not in (tmp_path / "hq.db").read_bytes().decode("latin-1")
    body = protocol.dumps({"cursor": 0, "ops": []})
    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": token}):
        response = httpx.post(hq.url + protocol.API_SYNC, content=body, headers=headers)
        assert response.status_code == 401 and "enroll" in response.json()["detail"]
    ok = httpx.post(hq.url + protocol.API_SYNC, content=body,
                    headers={"Authorization": f"Bearer {token}"})
    assert ok.status_code == 200


def test_revoked_device_gets_401_and_a_clear_cli_line(hq, tmp_path):
    """Revoked: the device is wiped at its next contact (tests/test_hq_transport_security.py);
    the command line says so in one line, and then that there is nothing left to sync."""
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    admin.revoke(hq.store, _setting(a, "sync.device"))
    admin.revoke(hq.store, _setting(b, "sync.device"))
    with pytest.raises(Unauthorized, match="revoked"):
        sync(a)
    assert not a.exists()
    done = _cli("sync", "--db", b)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr and "enrollment code" in done.stderr
    assert not b.exists()
    done = _cli("sync", "--db", b)
    assert done.returncode == 2 and "--enroll CODE" in done.stderr


def test_wrong_or_reused_code_is_refused(hq, tmp_path):
    path = new_db(tmp_path, "x")
    done = _cli("sync", "--db", path, "--server", hq.url, "--enroll", "AAAA-BBBB-CCCC")
    assert done.returncode == 2 and "code is unknown" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    code = enroll_code(hq)
    sync(path, hq.url, enroll_code=code)
    with pytest.raises(SyncError, match="already used"):
        sync(new_db(tmp_path, "y"), hq.url, enroll_code=code)


def test_unreachable_server_is_one_line(tmp_path):
    path = new_db(tmp_path, "x")
    done = _cli("sync", "--db", path, "--server", f"http://127.0.0.1:{free_port()}",
                "--enroll", "AAAA", "--retries", "1")
    assert done.returncode == 2 and "Cannot reach HQ" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("body, encoding, status", [
    (b"\x28\xb5\x2f\xfd garbage", "zstd", 400),
    (b"{not json", None, 400),
    (b"[1, 2]", None, 422),
    (b'{"cursor": -1}', None, 422),
    (b'{"ops": [[1, "person"]]}', None, 422),
    (b'{"ops": [[1, "person", "x", "upsert", 0, "KEN", {}]]}', None, 422),
    (b'{"ops": [[1, "person", "x", "insert", 0, "KEN", {"name": [1]}]]}', None, 422),
    # a value its column refuses ("deleted": "yes", NaN) is refused in the op's ack, the other
    # ops going through: tests/test_sync_values.py
    (b'{"sum": "\\u00f1000000000000000"}', None, 422),  # 16 characters, not hexadecimal
    (b'{"ops": []}', "brotli", 400),
    (b"x" * (protocol.MAX_BODY + 1), None, 413),
])
def test_malformed_requests_get_4xx_and_change_nothing(hq, tmp_path, body, encoding, status):
    a = device(hq, tmp_path, "a")
    before = _state(hq)
    headers = {"Authorization": f"Bearer {_setting(a, 'sync.token')}"}
    if encoding:
        headers["Content-Encoding"] = encoding
    response = httpx.post(hq.url + protocol.API_SYNC, content=body, headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["detail"]
    assert _state(hq) == before


def test_out_of_scope_change_is_refused_and_set_aside(hq, tmp_path):
    a = device(hq, tmp_path, "a")  # enrolled for KEN only
    token, dev = _setting(a, "sync.token"), _setting(a, "sync.device")
    before = _state(hq)
    op = [1, "person", "p-1", "insert", 0, "NGA", {"office": "NGA", "name": "X"}]
    response = httpx.post(hq.url + protocol.API_SYNC, content=protocol.dumps(
        {"device": dev, "cursor": 0, "ops": [op]}), headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403 and response.json()["seq"] == 1
    assert _state(hq) == before
    # the client never sends such a change: it is set aside with its reason, the rest flows
    edit(a, lambda: Person.create(office="NGA", name="Out of scope"))
    edit(a, lambda: Person.create(office="KEN", name="In scope"))
    result = sync(a)
    assert (result.pushed, result.rejected) == (1, 1)
    con = raw_connect(a)
    assert "not enrolled for office NGA" in restored(con.execute(  # kept as message data
        "SELECT error FROM outbox WHERE status = 'rejected'").fetchone()[0])
