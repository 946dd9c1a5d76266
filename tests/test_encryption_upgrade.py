"""A database of before encryption, enrolled and with changes waiting to sync, is encrypted the
first time this version opens it: every row kept, the plain copies gone, and the waiting changes
and files reach a real HQ afterwards."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from models import crypto
from models.agreements import attach
from models.db import close_database, open_database
from models.files import read_verified
from support.agreements_fixtures import make_agreement, make_partner
from support.raw import raw_connect
from support.sync_fixtures import device, edit, hq, hq_rows  # noqa: F401
from sync.client import sync

SCAN = b"%PDF-1.4 signed scan of a PCA from before encryption"


def _as_before_encryption(source: Path, target: Path) -> None:
    """What PartnerDesk kept before this version: the same database in plain SQLite, its
    attachments in plain files, a plain `.v<N>.bak` beside it (with the token in it)."""
    con = raw_connect(source)
    con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    con.execute("SELECT sqlcipher_export('plain')")
    for pragma in ("user_version", "application_id"):
        value = con.execute(f"PRAGMA main.{pragma}").fetchone()[0]
        con.execute(f"PRAGMA plain.{pragma} = {value}")
    con.execute("DELETE FROM plain.setting WHERE key LIKE 'crypto.%'")
    con.commit()
    con.close()
    files = target.with_name(target.name + ".files")
    for stored in source.with_name(source.name + ".files").glob("*/*"):
        (files / stored.parent.name).mkdir(parents=True, exist_ok=True)
        (files / stored.parent.name / stored.name).write_bytes(read_verified(stored.name, source))
    shutil.copy2(target, target.with_name(target.name + ".v9.bak"))


def _everything(path: Path) -> dict:
    con = raw_connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: sorted(map(repr, con.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        con.close()


def test_a_plain_database_is_converted_keeps_every_row_and_its_outbox_syncs(hq, tmp_path):
    a = device(hq, tmp_path, "a")

    def work():
        partner = make_partner()
        attach(make_agreement(partner, signed=False), "other", filename="scan.pdf", data=SCAN)
        return partner.id
    partner_id = edit(a, work)  # waiting in the outbox, file not sent
    old = tmp_path / "office.db"
    _as_before_encryption(a, old)
    token = raw_connect(old).execute("SELECT value FROM setting WHERE key = 'sync.token'"
                                     ).fetchone()[0]
    assert token.encode() in old.read_bytes()  # the plain file gives the token away
    before = _everything(old)
    pending = before["outbox"]
    assert any("'pending'" in op for op in pending)

    open_database(old)  # the upgrade: encrypted now (the tests' passphrase is the new one)
    close_database()
    raw = old.read_bytes()
    assert raw[:6] != b"SQLite" and token.encode() not in raw and b"Wajir" not in raw
    assert crypto.key_path(old).exists()
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("office.db"))
    assert leftovers == ["office.db", "office.db.files", "office.db.key"]  # no plain copy left
    sha = hashlib.sha256(SCAN).hexdigest()
    stored = old.with_name("office.db.files") / sha[:2] / sha
    assert SCAN not in stored.read_bytes() and read_verified(sha, old) == SCAN
    after = _everything(old)
    after["setting"] = [s for s in after["setting"] if "crypto." not in s]
    assert after == before  # every row of every table, the outbox and the token included

    result = sync(old, backoff=0.05)
    assert result.pushed == len([op for op in pending if "'pending'" in op])
    assert result.files_sent == 1 and result.problems == []
    assert partner_id in hq_rows(hq, "partner")
    with hq.store.read() as tx:
        assert tx.one("SELECT complete FROM hq_blob WHERE sha256 = ?", (sha,))[0] == 1
    # the recovery key made by the upgrade went to HQ over the device's link, and opens it
    con = raw_connect(old)
    device_id = con.execute("SELECT value FROM setting WHERE key = 'sync.device'").fetchone()[0]
    assert con.execute("SELECT count(*) FROM setting WHERE key = 'crypto.recovery_unsent'"
                       ).fetchone()[0] == 0  # only HQ's copy is left
    con.close()
    from sync.server.recovery import recovery_key
    key, _when = recovery_key(hq.store, device_id)
    assert crypto.open_with_recovery(crypto.read_key_file(old), key, old)
