"""Encryption at rest: nothing readable on disk, one clear line without the right passphrase,
passphrases changed and recovered, and databases of before encryption converted in place."""
from __future__ import annotations

import gc
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import crypto, keystore
from models.agreements import attach
from models.db import close_database, open_database
from models.directory import settings
from models.encrypt import finish_interrupted
from models.errors import DatabaseError
from support.agreements_fixtures import OFFICER, make_agreement, make_partner
from support.raw import raw_connect

ROOT = Path(__file__).resolve().parents[1]
SECRETS = [b"Wajir Children Trust", b"0123456789", b"EQBLKENA", OFFICER["email"].encode(),
           b"Jane Wanjiru", b"signed scan of the Wajir agreement"]


def _office_data(db: Path) -> list[Path]:
    """Partners with bank numbers and e-mails, an agreement with a signed scan; the files."""
    partner = make_partner()
    make_partner("Garissa Relief Trust", email="info@garissa-relief.org")
    attach(make_agreement(partner, signed=False), "other", filename="scan.pdf",
           data=b"%PDF-1.4 signed scan of the Wajir agreement")
    return [p for p in db.parent.rglob("*") if p.is_file()]


def test_no_partner_bank_number_or_email_is_readable_on_disk(db):
    files = _office_data(db)
    assert any(".files" in str(p) for p in files)  # the attachment is among them
    wal = db.with_name(db.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # open: the recent pages are in the WAL
    close_database()
    every = [p for p in db.parent.rglob("*") if p.is_file()] + [wal] * wal.exists()
    for path in every:
        raw = path.read_bytes()
        for secret in SECRETS + [b"garissa-relief.org", b"Kenya Country Office", b"Test User"]:
            assert secret not in raw, f"{secret!r} readable in {path.name}"
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"
    open_database(db)  # and all of it is there for the right passphrase
    from models.directory import Partner
    assert Partner.select().count() == 2


def _run(*args, env: dict | None = None, stdin=None, pass_fds=()):
    base = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env={**base, **(env or {})},
                          stdin=stdin if stdin is not None else subprocess.DEVNULL,
                          pass_fds=pass_fds)


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_without_or_with_a_wrong_passphrase_one_line_and_nothing_changes(db):
    _office_data(db)
    close_database()
    gc.collect()  # a connection left in a reference cycle closes now, not during the commands
    before = _fingerprint(db.parent)
    missing = _run("list", "partners", "--db", db)
    wrong = _run("list", "partners", "--db", db, env={"PARTNERDESK_PASSPHRASE": "not the one"})
    for done, words in ((missing, "is encrypted: give its passphrase"),
                        (wrong, "Wrong passphrase")):
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and "hmac" not in done.stderr
    assert _fingerprint(db.parent) == before  # no -wal, no -shm, not a byte changed
    read, write = os.pipe()
    os.write(write, f"{keystore_passphrase()}\n".encode())
    os.close(write)
    by_fd = _run("--passphrase-fd", read, "list", "partners", "--db", db,
                 env={"PARTNERDESK_PASSPHRASE": "x"}, pass_fds=(read,))  # fd before env
    os.close(read)
    assert by_fd.returncode == 0 and "Wajir Children Trust" in by_fd.stdout, by_fd.stderr


def keystore_passphrase() -> str:
    return os.environ["PARTNERDESK_PASSPHRASE"]


def test_help_names_the_ways_a_passphrase_comes_and_no_argument_takes_one():
    text = _run("--help").stdout
    assert "PARTNERDESK_PASSPHRASE" in text and "--passphrase-fd" in text
    assert "--passphrase " not in text and "--passphrase=" not in text
    assert "--passphrase-fd" in _run("passphrase", "change", "--help").stdout


def test_a_key_file_of_another_database_or_a_damaged_one_is_one_line(db, tmp_path):
    close_database()
    other = tmp_path / "other.db"
    open_database(other)
    close_database()
    os.replace(crypto.key_path(other), crypto.key_path(db))
    keystore.forget()
    with pytest.raises(DatabaseError, match="belongs to another database"):
        open_database(db)
    crypto.key_path(db).write_text("{not json")
    with pytest.raises(DatabaseError, match="key file .* is damaged"):
        open_database(db)
    crypto.key_path(db).unlink()
    with pytest.raises(DatabaseError, match="key file .* is missing|no key file"):
        open_database(db)


def test_new_key_files_use_the_real_cost_and_a_key_file_cannot_ask_for_more(tmp_path):
    assert crypto.DEFAULT_SCRYPT == {"n": 2 ** 15, "r": 8, "p": 3}
    code = ("from models import crypto; import json, sys\n"
            "keys, sealed, recovery = crypto.new_keys('correct horse battery staple')\n"
            "print(json.dumps(sealed.kdf))")
    made = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True)
    assert '"n": 32768, "r": 8, "p": 3' in made.stdout
    keys, sealed, _recovery = crypto.new_keys("correct horse battery staple")
    sealed.kdf["n"] = 2 ** 30  # a planted key file asking for 1 TiB of memory
    with pytest.raises(DatabaseError, match="damaged"):
        crypto.open_with_passphrase(sealed, "correct horse battery staple", tmp_path / "x.db")


def test_weak_passphrases_are_refused_with_the_reason():
    assert "too short" in keystore.strength_problem("abc123")
    assert "too easy to guess" in keystore.strength_problem("password1234")
    assert "too easy to guess" in keystore.strength_problem("aaaaaaaaaaaaaaaa")
    assert keystore.strength_problem("amber koala crosses the river 7") is None


def test_passphrase_change_and_recovery_with_the_key_hq_keeps(db, tmp_path):
    _office_data(db)
    recovery = settings.get(keystore.RECOVERY_UNSENT)
    assert recovery and crypto.parse_recovery(recovery)
    close_database()
    keystore.forget()
    with pytest.raises(crypto.WrongPassphrase):
        keystore.change_passphrase(db, "not the one", "violet heron sleeps at noon 4")
    new = "violet heron sleeps at noon 4"
    keystore.change_passphrase(db, keystore_passphrase(), new)
    keystore.forget()
    with pytest.raises(crypto.WrongPassphrase):
        keystore.unlock(db, keystore_passphrase())
    keystore.unlock(db, new)
    keystore.forget()
    # forgotten: HQ reads out the recovery key; it sets a new passphrase and is replaced
    keystore.recover(db, recovery.lower().replace("-", " "), "quiet lantern over the hills 9")
    with pytest.raises(crypto.WrongPassphrase, match="does not open"):
        keystore.recover(db, recovery, "another fine passphrase 12")


@pytest.fixture
def office_passphrase():
    """This test's own passphrase source (after a change, the tests' one no longer opens it)."""
    answers = {"value": keystore_passphrase()}
    keystore.set_source(lambda _request: answers["value"])
    return answers


def test_recovered_database_opens_with_the_new_passphrase_only(db, office_passphrase):
    _office_data(db)
    recovery = settings.get(keystore.RECOVERY_UNSENT)
    close_database()
    keystore.forget()
    keystore.recover(db, recovery, "quiet lantern over the hills 9")
    keystore.forget(db)  # the keys, not the new recovery key waiting for the database
    with pytest.raises(crypto.WrongPassphrase):
        open_database(db)  # the old passphrase
    office_passphrase["value"] = "quiet lantern over the hills 9"
    open_database(db)
    assert settings.get(keystore.RECOVERY_UNSENT) not in (None, recovery)  # a new one, for HQ


def _decrypted_copy(source: Path, target: Path) -> None:
    """The database as PartnerDesk kept it before encryption: plain SQLite, same rows."""
    con = raw_connect(source)
    con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    con.execute("SELECT sqlcipher_export('plain')")
    for pragma in ("user_version", "application_id"):
        value = con.execute(f"PRAGMA main.{pragma}").fetchone()[0]
        con.execute(f"PRAGMA plain.{pragma} = {value}")
    con.execute("DELETE FROM plain.setting WHERE key = 'crypto.files_sealed'")
    con.commit()
    con.close()


def test_interrupted_conversion_is_finished_at_the_next_open(db, tmp_path):
    _office_data(db)
    close_database()
    plain = tmp_path / "plain.db"
    _decrypted_copy(db, plain)
    aside = plain.with_name("plain.db.unencrypted")
    os.replace(plain, aside)  # killed just after moving the plain file aside
    finish_interrupted(plain)
    assert plain.exists() and not aside.exists()
    open_database(plain)  # converted now
    from models.directory import Partner
    assert Partner.select().count() == 2
    assert plain.read_bytes()[:6] != b"SQLite"
