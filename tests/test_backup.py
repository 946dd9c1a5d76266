"""Backups: one encrypted, verified file with the attachments; restored equal; a damaged one
refused with nothing changed; automatic ones before a migration and once a day, rotated."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import backup, crypto, keystore, restore
from models.agreements import attach
from models.db import close_database, database, open_database
from models.errors import DomainError
from models.files import read_verified
from models.migrations import migrate_database
from support.agreements_fixtures import make_agreement, make_partner
from support.raw import raw_connect

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = os.environ["PARTNERDESK_PASSPHRASE"]


def _fill() -> list[str]:
    partner = make_partner()
    agreement = make_agreement(partner, signed=False)
    return [attach(agreement, "other", filename=f"scan{i}.pdf",
                   data=f"%PDF-1.4 scan {i} ".encode() * (i * 4000 + 1)).sha256
            for i in range(3)]


def _dump(path: Path) -> dict:
    con = raw_connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        con.close()


def test_backup_and_restore_round_trip_equal_rows_and_attachments(db, tmp_path):
    shas = _fill()
    out = tmp_path / "office.pdbackup"
    done = backup.write(out)
    assert done.files == 3 and out.stat().st_size == done.size
    raw = out.read_bytes()
    assert b"Wajir" not in raw and b"0123456789" not in raw and b"%PDF-1.4 scan" not in raw
    close_database()
    target = tmp_path / "restored" / "office.db"
    target.parent.mkdir()
    restored = restore.restore(out, target, lambda _request: PASSPHRASE)
    assert restored.files == 3
    before, after = _dump(db), _dump(target)
    before.pop("setting"), after.pop("setting")  # the restored one left HQ (restore.py)
    assert before == after
    for sha in shas:
        assert read_verified(sha, target) == read_verified(sha, db)
    open_database(target)  # opens, sound, as a database of its own


def test_the_command_line_round_trip(db, tmp_path):
    _fill()
    close_database()
    out, target = tmp_path / "b.pdbackup", tmp_path / "r.db"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PARTNERDESK_PASSPHRASE": PASSPHRASE,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    run = [sys.executable, str(ROOT / "main.py")]
    made = subprocess.run(run + ["backup", "--db", str(db), "--out", str(out)], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert made.returncode == 0 and "3 attachments); verified" in made.stdout, made.stderr
    back = subprocess.run(run + ["restore", str(out), "--db", str(target)], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert back.returncode == 0 and "enroll it again" in back.stdout, back.stderr
    again = subprocess.run(run + ["restore", str(out), "--db", str(target)], env=env,
                           capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert again.stderr.count("\n") == 1


def _damage(data: bytes, how: str) -> bytes:
    middle = len(data) // 2
    return {"flipped": data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:],
            "cut": data[:middle],
            "tail": data[:-1] + bytes([data[-1] ^ 0x80]),
            "header": b"PDBACKUP\x01\n\xff\xff\xff\xff" + data[14:],
            "garbage": os.urandom(5000),
            "empty": b""}[how]


@pytest.mark.parametrize("how", ["flipped", "cut", "tail", "header", "garbage", "empty"])
def test_a_damaged_backup_is_refused_and_nothing_is_written(db, tmp_path, how):
    _fill()
    good = tmp_path / "good.pdbackup"
    backup.write(good)
    close_database()
    bad = tmp_path / "bad.pdbackup"
    bad.write_bytes(_damage(good.read_bytes(), how))
    target = tmp_path / "new" / "office.db"
    target.parent.mkdir()
    with pytest.raises(DomainError, match="damaged or not a PartnerDesk backup") as caught:
        restore.restore(bad, target, lambda _request: PASSPHRASE)
    assert "\n" not in str(caught.value)
    assert list(target.parent.iterdir()) == []  # no database, key, files or staging left


def test_a_wrong_passphrase_restores_nothing(db, tmp_path):
    _fill()
    backup.write(tmp_path / "b.pdbackup")
    close_database()
    with pytest.raises(crypto.WrongPassphrase):
        restore.restore(tmp_path / "b.pdbackup", tmp_path / "r.db", lambda _r: "not this one")
    assert not (tmp_path / "r.db").exists() and not crypto.key_path(tmp_path / "r.db").exists()


def test_a_damaged_attachment_stops_the_backup_before_it_is_written(db, tmp_path):
    sha = _fill()[0]
    stored = db.with_name(db.name + ".files") / sha[:2] / sha
    stored.write_bytes(stored.read_bytes()[:-1] + b"\x00")
    with pytest.raises(DomainError, match="damaged"):
        backup.write(tmp_path / "b.pdbackup")
    assert list(tmp_path.glob("*b.pdbackup*")) == []


def test_daily_backups_are_made_once_a_day_and_rotated(db):
    _fill()
    first = backup.daily_if_due()
    assert first is not None and first.parent == db.with_name(db.name + ".backups")
    assert backup.daily_if_due() is None  # made less than a day ago
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=25)
    for day in range(1, backup.KEEP + 2):  # older ones, as earlier days left them
        (first.parent / f"2020010{day}T000000Z-daily{backup.SUFFIX}").write_bytes(b"old")
    second = backup.daily_if_due(later)
    kept = sorted(p.name for p in first.parent.glob(f"*{backup.SUFFIX}"))
    assert second is not None and second.name in kept and first.name in kept
    assert len(kept) == backup.KEEP and kept[0] > "20200102"  # the oldest went


def test_a_migration_is_preceded_by_an_automatic_backup(tmp_path):
    old = tmp_path / "old.db"
    keystore.create(old.resolve())  # an encrypted database at schema 1, as an upgrade finds it
    database.init(str(old.resolve()), passphrase=keystore.cached(old.resolve()).sqlcipher)
    database.connect()
    migrate_database(database, None, target=1)
    close_database()
    open_database(old)
    made = list(old.with_name("old.db.backups").glob(f"*-before-v*{backup.SUFFIX}"))
    assert len(made) == 1
    close_database()
    restored = restore.restore(made[0], tmp_path / "back.db", lambda _r: PASSPHRASE)
    con = raw_connect(restored.path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1  # as it was before
    con.close()
