"""Issue 10, findings 4 and 7: enrollment survives a crash and a lost reply.

- 4: the token and the queueing of the office's existing rows commit together (a process killed
  between them once left 453 of 453 rows unsent for good, and later syncs said all was well);
  rows that nothing carries are named by `check` and queued by the checksum check.
- 7: HQ commits an enrollment and the reply is lost: the automatic retry (and a later run with
  the same code) gets the same device and token; the code is spent only when the device has
  confirmed with its first authenticated request; no phantom device stays behind.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from models.ids import utc_now, uuid7
from sync import protocol
from sync.client import sync
from sync.server import admin
from sync.transport import SyncError

from support.reply_dropper import ReplyDropper
from support.sync_fixtures import ROOT, device, enroll_code, hq, hq_rows, new_db  # noqa: F401
from support.raw import raw_connect


def _setting(path, key):
    con = raw_connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def _people(path, n, office="KEN", capture=True):
    con = raw_connect(path)
    if not capture:
        con.execute("UPDATE sync_control SET capture = 0 WHERE id = 1")
    ids = [uuid7() for _ in range(n)]
    con.executemany("INSERT INTO person (id, office, name, updated_at) VALUES (?, ?, ?, ?)",
                    [(i, office, f"Person {k}", utc_now()) for k, i in enumerate(ids)])
    con.execute("UPDATE sync_control SET capture = 1 WHERE id = 1")
    con.commit()
    con.close()
    return ids


def _devices(hq):
    return [(d.id, d.state) for d in admin.devices(hq.store)]


def _lose_first(path_to_lose):
    seen = []

    def decide(_method, path):
        if path == path_to_lose and not seen:
            seen.append(path)
            return True
        return False
    return decide


def test_7_a_lost_enrollment_reply_is_retried_and_gets_the_same_answer(hq, tmp_path):
    proxy = ReplyDropper(hq.port, _lose_first(protocol.API_ENROLL))
    try:
        path = new_db(tmp_path, "a")
        result = sync(path, proxy.url, enroll_code=enroll_code(hq), backoff=0.01)
    finally:
        proxy.close()
    assert proxy.lost[protocol.API_ENROLL] == 1 and result.retries >= 1
    assert _devices(hq) == [(_setting(path, "sync.device"), "active")]  # no phantom
    assert _setting(path, "sync.enroll_nonce") is None


def test_7_a_lost_reply_then_a_new_run_with_the_code_gets_the_same_device(hq, tmp_path):
    code = enroll_code(hq)
    path = new_db(tmp_path, "a")
    pid = _people(path, 3)
    proxy = ReplyDropper(hq.port, lambda method, p: p == protocol.API_ENROLL)
    try:
        with pytest.raises(SyncError, match="Cannot reach HQ"):
            sync(path, proxy.url, enroll_code=code, attempts=2, backoff=0.01)
    finally:
        proxy.close()
    assert proxy.lost[protocol.API_ENROLL] == 2
    [(pending, state)] = _devices(hq)  # HQ enrolled it twice over, as one device
    assert state == "pending" and _setting(path, "sync.token") is None
    sync(path, hq.url, enroll_code=code)  # the person runs sync again with the same code
    assert _devices(hq) == [(pending, "active")] and _setting(path, "sync.device") == pending
    assert set(pid) <= set(hq_rows(hq, "person"))
    with pytest.raises(SyncError, match="already used"):  # spent now that it has confirmed
        sync(new_db(tmp_path, "b"), hq.url, enroll_code=code)


def test_7_a_code_is_spent_only_when_its_device_confirms(hq):
    code = enroll_code(hq)
    first = admin.enroll(hq.store, code, "laptop", "n" * 20)
    assert admin.enroll(hq.store, code, "laptop", "n" * 20) == first  # same nonce, same answer
    assert _devices(hq) == [(first["device"], "pending")]
    second = admin.enroll(hq.store, code, "tablet", "m" * 20)  # never confirmed: code still good
    assert second["device"] != first["device"]
    assert _devices(hq) == [(second["device"], "pending")]  # the unconfirmed one is dropped
    assert admin.authenticate(hq.store, first["token"]) is None
    assert admin.authenticate(hq.store, second["token"]).id == second["device"]
    assert _devices(hq) == [(second["device"], "active")]
    assert admin.enroll(hq.store, code, "phone", "o" * 20) == {}  # spent
    assert admin.enroll(hq.store, code, "tablet", "m" * 20) == second  # a late retry still works
    revoked = admin.enroll(hq.store, enroll_code(hq), "old", "p" * 20)
    admin.revoke(hq.store, revoked["device"])  # revoked before it confirmed: code spent too
    assert admin.enroll(hq.store, enroll_code(hq), "x", "q" * 20)  # (another code works)


KILL_WHILE_QUEUEING = """
import os, sys
from models import keystore
keystore.set_source(lambda _request: os.environ["PARTNERDESK_PASSPHRASE"])
from sync import local
from sync.client import sync
real = local.queue_unsent
def queue_then_die(con, scope):
    real(con, scope)
    os._exit(9)  # killed after queueing, before the enrollment's transaction commits
local.queue_unsent = queue_then_die
sync(sys.argv[1], sys.argv[2], enroll_code=sys.argv[3])
"""


def test_4_a_kill_while_enrolling_leaves_no_row_unsent(hq, tmp_path):
    path = new_db(tmp_path, "a")
    ids = _people(path, 453, capture=False)  # rows from before sync: only enrollment queues them
    code = enroll_code(hq)
    done = subprocess.run([sys.executable, "-c", KILL_WHILE_QUEUEING, str(path), hq.url, code],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 9, done.stderr
    assert _setting(path, "sync.token") is None  # all or nothing
    assert [d[1] for d in _devices(hq)] == ["pending"]
    sync(path, hq.url, enroll_code=code)
    assert set(ids) <= set(hq_rows(hq, "person"))
    assert len(_devices(hq)) == 1


def _check(path):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "check", "--db", str(path)],
                          capture_output=True, text=True, timeout=60)


def test_4_rows_nothing_carries_are_named_by_check_and_sent_by_the_checksum_check(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    ids = _people(a, 20, capture=False)  # as the crash left them: version 0, no outbox op
    _people(a, 2, office="NGA", capture=False)  # another office: never this device's to send
    done = _check(a)
    assert done.returncode == 1 and "never sent to HQ" in done.stdout and "person: 20" in \
        done.stdout, done.stdout
    assert sync(a, check=False).pushed == 0  # an ordinary sync does not look
    result = sync(a, check=True)
    assert result.pushed == 20 and set(ids) <= set(hq_rows(hq, "person"))
    assert _check(a).returncode == 0
