"""Sync by file: exactly once in any order, refused when tampered, foreign or revoked (nothing
changes then), the key's way to devices enrolled before, and the command line end to end."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from models.ids import utc_now, uuid7
from sync import filecrypt
from sync.client import sync
from sync.filesync import export_to, import_from, set_file_key
from sync.server import admin
from sync.server.fileimport import FileRefused, import_file
from sync.server.store import Store
from sync.transport import SyncError

from support.raw import raw_connect
from support.sync_fixtures import ROOT, ServerThread, device, hq, hq_rows  # noqa: F401


def _add(path, name: str) -> str:
    con = raw_connect(path)
    new_id = uuid7()
    con.execute("INSERT INTO person (id, office, name, updated_at) VALUES (?, 'KEN', ?, ?)",
                (new_id, name, utc_now()))
    con.commit()
    con.close()
    return new_id


def _set(path, row_id: str, name: str) -> None:
    con = raw_connect(path)
    con.execute("UPDATE person SET name = ?, updated_at = ? WHERE id = ?",
                (name, utc_now(), row_id))
    con.commit()
    con.close()


def _state(path) -> tuple:
    con = raw_connect(path)
    try:
        return (con.execute("SELECT id, name, version FROM person ORDER BY id").fetchall(),
                con.execute("SELECT seq, status FROM outbox ORDER BY seq").fetchall(),
                con.execute("SELECT value FROM setting WHERE key = 'sync.cursor'").fetchone())
    finally:
        con.close()


def _hq_state(server) -> tuple:
    with server.store.read() as tx:
        return (tx.all("SELECT tbl, id, version, data FROM hq_row ORDER BY tbl, id"),
                tx.one("SELECT count(*) FROM hq_applied")[0],
                tx.one("SELECT value FROM hq_counter WHERE id = 1")[0])


def _round(server, path, tmp_path, name: str):
    export_to(path, tmp_path / f"{name}.export")
    answer, done = import_file(server.store, (tmp_path / f"{name}.export").read_bytes())
    (tmp_path / f"{name}.answer").write_bytes(answer)
    return tmp_path / f"{name}.answer", done


def test_older_answer_after_newer_changes_nothing(hq, tmp_path):  # noqa: F811
    net, carrier = device(hq, tmp_path, "net"), device(hq, tmp_path, "carrier")
    row = _add(net, "first")
    sync(net)
    old, _ = _round(hq, carrier, tmp_path, "one")
    _set(net, row, "second")
    sync(net)
    new, _ = _round(hq, carrier, tmp_path, "two")
    assert import_from(carrier, new).pulled == 1
    after = _state(carrier)
    assert {r[0]: r[1] for r in after[0]}[row] == "second"
    for answer in (old, new, old):
        import_from(carrier, answer)
        assert _state(carrier) == after


def test_export_twice_then_network_then_file_applies_once(hq, tmp_path):  # noqa: F811
    path = device(hq, tmp_path, "d")
    row = _add(path, "once")
    export_to(path, tmp_path / "e.export")
    data = (tmp_path / "e.export").read_bytes()
    first, done = import_file(hq.store, data)
    assert done.pushed == 1 and hq_rows(hq, "person")[row]["version"] == 1
    before = _hq_state(hq)
    again, done = import_file(hq.store, data)  # the same file twice: HQ's stored acks
    assert done.pushed == 1 and _hq_state(hq) == before
    sync(path)  # the same change by network before the answer arrives
    assert _hq_state(hq) == before
    settled = _state(path)
    for answer in (first, again):
        (tmp_path / "a.answer").write_bytes(answer)
        assert import_from(path, tmp_path / "a.answer").pushed == 0
        assert _state(path) == settled


def test_tampered_foreign_and_revoked_files_are_refused(hq, tmp_path):  # noqa: F811
    path, other = device(hq, tmp_path, "d"), device(hq, tmp_path, "o")
    _add(path, "x")
    export_to(path, tmp_path / "e.export")
    data = bytearray((tmp_path / "e.export").read_bytes())
    before = _hq_state(hq)
    for spot in (10, 45, len(data) // 2, len(data) - 1):
        bad = bytearray(data)
        bad[spot] ^= 0x01
        with pytest.raises(FileRefused, match="changed"):
            import_file(hq.store, bytes(bad))
    with pytest.raises(FileRefused, match="not a PartnerDesk sync file"):
        import_file(hq.store, b"PK\x03\x04 a zip file")
    # a file signed with another device's key but naming this device
    con = raw_connect(other)
    token = con.execute("SELECT value FROM setting WHERE key = 'sync.token'").fetchone()[0]
    key = con.execute("SELECT value FROM setting WHERE key = 'sync.file_key'").fetchone()[0]
    con.close()
    con = raw_connect(path)
    victim = con.execute("SELECT value FROM setting WHERE key = 'sync.device'").fetchone()[0]
    con.close()
    forged = filecrypt.seal_to_hq(key, filecrypt.sign(
        filecrypt.mac_key(filecrypt.token_hash(token)), victim.encode() + b"\n" + b"{}"))
    with pytest.raises(FileRefused, match="signature"):
        import_file(hq.store, forged)
    # a file for another HQ
    elsewhere = Store(tmp_path / "other-hq.db")
    with pytest.raises(FileRefused, match="another HQ"):
        import_file(elsewhere, bytes(data))
    elsewhere.close()
    assert _hq_state(hq) == before
    admin.revoke(hq.store, victim)
    with pytest.raises(FileRefused, match="revoked"):
        import_file(hq.store, bytes(data))
    assert _hq_state(hq) == before


def test_tampered_or_foreign_answer_changes_nothing(hq, tmp_path):  # noqa: F811
    path, other = device(hq, tmp_path, "d"), device(hq, tmp_path, "o")
    _add(other, "from the other office laptop")
    sync(other)
    _add(path, "mine")
    answer, _ = _round(hq, path, tmp_path, "r")
    before = _state(path)
    data = bytearray(answer.read_bytes())
    data[len(data) // 2] ^= 0x80
    (tmp_path / "bad.answer").write_bytes(bytes(data))
    with pytest.raises(SyncError, match="changed after HQ made it"):
        import_from(path, tmp_path / "bad.answer")
    with pytest.raises(SyncError, match="another device"):
        import_from(other, answer)
    with pytest.raises(SyncError, match="file for HQ"):
        import_from(path, tmp_path / "r.export")
    assert _state(path) == before
    result = import_from(path, answer)
    assert result.pushed == 1 and result.pulled >= 1
    assert "from the other office laptop" in {r[1] for r in _state(path)[0]}


def test_devices_enrolled_before_get_the_key(hq, tmp_path):  # noqa: F811
    path = device(hq, tmp_path, "d")
    con = raw_connect(path)
    key = con.execute("SELECT value FROM setting WHERE key = 'sync.file_key'").fetchone()[0]
    con.execute("DELETE FROM setting WHERE key = 'sync.file_key'")
    con.commit()
    con.close()
    with pytest.raises(SyncError, match="file key"):
        export_to(path, tmp_path / "e.export")
    assert not (tmp_path / "e.export").exists()
    sync(path)  # any network sync fetches it
    export_to(path, tmp_path / "e.export")
    with pytest.raises(SyncError, match="43 characters"):
        set_file_key(path, "not a key")
    assert set_file_key(path, key) == filecrypt.fingerprint(key)


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=60)


def test_command_line_round_trip(tmp_path):
    hq_db = tmp_path / "hq.db"
    assert _cli("hq", "office", "add", "KEN", "--name", "Kenya CO", "--country", "KEN",
                "--hq-db", hq_db).returncode == 0
    server = ServerThread(hq_db)
    try:
        from support.sync_fixtures import new_db
        path = new_db(tmp_path, "a")
        code = admin.new_code(server.store, ["KEN"])
        sync(path, server.url, enroll_code=code)
    finally:
        server.stop()
    con = raw_connect(path)
    con.execute("DELETE FROM setting WHERE key = 'sync.file_key'")  # enrolled before: by hand
    con.commit()
    con.close()
    _add(path, "carried")
    key = _cli("hq", "file-key", "--hq-db", hq_db)
    assert key.returncode == 0 and "fingerprint" in key.stderr
    stored = _cli("sync", "--db", path, "--file-key", key.stdout.strip())
    assert stored.returncode == 0 and filecrypt.fingerprint(key.stdout) in stored.stdout
    out = json.loads(_cli("sync", "--db", path, "--export-to", tmp_path / "e", "--json").stdout)
    assert out["changes"] == 1
    done = _cli("hq", "import", tmp_path / "e", "--out", tmp_path / "a", "--hq-db", hq_db)
    assert done.returncode == 0 and "1 change applied" in done.stdout, done.stderr
    back = _cli("sync", "--db", path, "--import-from", tmp_path / "a")
    assert back.returncode == 0 and "1 change acknowledged" in back.stdout, back.stderr
    (tmp_path / "junk").write_bytes(b"junk")
    for args in (("hq", "import", tmp_path / "junk", "--out", tmp_path / "b", "--hq-db", hq_db),
                 ("sync", "--db", path, "--import-from", tmp_path / "junk"),
                 ("sync", "--db", path, "--import-from", tmp_path / "missing"),
                 ("sync", "--db", path, "--export-to", tmp_path / "no" / "dir" / "e")):
        bad = _cli(*args)
        assert bad.returncode != 0 and "Traceback" not in bad.stderr, bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    assert not (tmp_path / "b").exists()


def test_an_op_hq_refuses_is_set_aside_and_the_rest_applied(hq, tmp_path):  # noqa: F811
    """As on the network: a refusal naming one op sets that op aside on the device."""
    from sync import protocol
    path = device(hq, tmp_path, "d")
    bad_id, good_id = _add(path, "refused"), _add(path, "accepted")
    con = raw_connect(path)
    setting = dict(con.execute("SELECT key, value FROM setting WHERE key LIKE 'sync.%'"))
    ops = con.execute("SELECT seq, table_name, row_id, op, base_version, office, fields FROM "
                      "outbox WHERE status = 'pending' ORDER BY seq").fetchall()
    con.close()
    wire = [[s, t, r, "bogus" if r == bad_id else k, b, o, json.loads(f)]
            for s, t, r, k, b, o, f in ops]
    payload = protocol.dumps({"format": 1, "device": setting["sync.device"], "schema": 1,
                              "cursor": int(setting["sync.cursor"]), "requests": [
                                  {"device": setting["sync.device"], "schema": 1,
                                   "cursor": int(setting["sync.cursor"]), "ops": wire}]})
    signed = filecrypt.sign(filecrypt.mac_key(filecrypt.token_hash(setting["sync.token"])),
                            setting["sync.device"].encode() + b"\n" + protocol.compress(payload))
    answer, done = import_file(hq.store, filecrypt.seal_to_hq(setting["sync.file_key"], signed))
    assert done.refused == 1 and done.pushed == len(ops) - 1
    assert good_id in hq_rows(hq, "person") and bad_id not in hq_rows(hq, "person")
    (tmp_path / "a").write_bytes(answer)
    result = import_from(path, tmp_path / "a")
    assert result.rejected == 1 and result.pushed == len(ops) - 1
    con = raw_connect(path)
    status, error = con.execute("SELECT status, error FROM outbox WHERE row_id = ?",
                                (bad_id,)).fetchone()
    con.close()
    assert status == "rejected" and "op must be one of" in error


class Cut(Exception):
    """The laptop was switched off while an answer was being applied."""


def test_answer_in_pages_cut_midway_then_applied_again(hq, tmp_path, monkeypatch):  # noqa: F811
    """Each page is one transaction: cut after the first, the same file again finishes the job;
    a file of more than one answer's worth says so and the next round trip brings the rest."""
    from sync.server import changes, fileimport
    sender, carrier = device(hq, tmp_path, "s"), device(hq, tmp_path, "c")
    names = {_add(sender, f"person {i}") for i in range(30)}
    sync(sender)
    monkeypatch.setattr(changes, "PAGE_BYTES", 600)  # a few rows per page
    monkeypatch.setattr(fileimport, "ANSWER_BYTES", 2500)  # a few pages per answer
    answer, done = _round(hq, carrier, tmp_path, "one")
    assert done.more

    def cut(n, _total, _text):
        if n == 1:
            raise Cut()
    with pytest.raises(Cut):
        import_from(carrier, answer, progress=cut)
    part = {r[0] for r in _state(carrier)[0]} & names
    assert 0 < len(part) < len(names)
    first = import_from(carrier, answer)
    assert first.more and first.pulled > 0
    rounds = 0
    while True:
        rounds += 1
        answer, done = _round(hq, carrier, tmp_path, f"next{rounds}")
        if not import_from(carrier, answer).more:
            break
    assert rounds >= 1 and names <= {r[0] for r in _state(carrier)[0]}


def test_empty_truncated_and_oversized_files(hq, tmp_path, monkeypatch):  # noqa: F811
    from sync.server import fileimport
    path = device(hq, tmp_path, "d")
    export_to(path, tmp_path / "e")
    data = (tmp_path / "e").read_bytes()
    before = _hq_state(hq)
    for bad in (b"", data[:8], data[:60], data[:-1]):
        with pytest.raises(FileRefused):
            import_file(hq.store, bad)
    monkeypatch.setattr(fileimport, "MAX_FILE", len(data) - 1)
    with pytest.raises(FileRefused, match="larger than"):
        import_file(hq.store, data)
    assert _hq_state(hq) == before
    (tmp_path / "empty").write_bytes(b"")
    with pytest.raises(SyncError, match="not a PartnerDesk sync file"):
        import_from(path, tmp_path / "empty")
