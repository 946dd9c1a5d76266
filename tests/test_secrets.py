"""The HQ token: in the keyring when one works, else inside the encrypted database; never in a
plain file, the log, a crash report or `sync --json`."""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from support.crash_log import log_file, logged  # noqa: F401
from support.raw import raw_connect
from support.sync_fixtures import device, hq  # noqa: F401
from sync import token
from sync.client import sync
from sync.transport import SyncError

ROOT = Path(__file__).resolve().parents[1]


class MemoryKeyring(KeyringBackend):
    """A keyring of this test's own (keyring's backend interface, kept in a dict)."""
    priority = 10

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(fail.Keyring())


def _setting(path, key):
    con = raw_connect(path)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        con.close()


def test_with_a_keyring_the_token_is_there_and_the_database_holds_a_marker(hq, tmp_path,
                                                                         memory_keyring):
    a = device(hq, tmp_path, "a")
    device_id = _setting(a, "sync.device")
    secret = memory_keyring.entries[(token.SERVICE, device_id)]
    assert _setting(a, "sync.token") == token.KEYRING + device_id
    assert sync(a).round_trips == 1  # it syncs with the keyring's token
    memory_keyring.entries.clear()  # another user account, a keyring reset
    with pytest.raises(SyncError, match="no longer in its keyring"):
        sync(a)
    assert secret.encode() not in a.read_bytes()


def test_without_a_keyring_the_token_is_in_the_encrypted_database_only(hq, tmp_path):
    assert token._keyring() is None  # this machine: keyring's "fail" backend
    a = device(hq, tmp_path, "a")
    secret = _setting(a, "sync.token")
    assert secret and not secret.startswith(token.KEYRING)
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != "hq.db":
            assert secret.encode() not in path.read_bytes(), path


def test_the_token_is_not_in_sync_json_nor_in_the_log(hq, tmp_path, log_file):
    a = device(hq, tmp_path, "a")
    secret = _setting(a, "sync.token")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "sync", "--db", str(a),
                           "--json"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0 and json.loads(done.stdout)["round_trips"] == 1, done.stderr
    assert secret not in done.stdout + done.stderr
    try:
        raise RuntimeError(f"request failed with headers {{'Authorization': 'Bearer {secret}'}}")
    except RuntimeError:
        logging.getLogger("partnerdesk").exception("sync failed")
        sys.excepthook(*sys.exc_info())
    text = logged(log_file)
    assert "[secret]" in text and secret not in text and "Bearer" in text
