"""Attachments: sent after rows by SHA-256 in resumable chunks, verified by hash at HQ, skipped
when HQ has them, downloaded on demand; and HQ re-checks agreement status transitions."""
from __future__ import annotations

import hashlib
import os

import httpx

from models.files import path_of, read_verified, store_bytes
from models.ids import utc_now, uuid7
from models.message_data import restored
from sync import protocol
from sync.client import fetch_attachment, sync
from sync.transport import Transport

from support.sync_fixtures import device, hq  # noqa: F401
from support.raw import raw_connect


def _attach(path, data: bytes) -> str:
    sha = store_bytes(data, path)  # encrypted in the store, as an attachment is
    con = raw_connect(path)
    con.execute("INSERT INTO attachment (id, office, owner_table, owner_id, kind, filename, "
                "sha256, size, updated_at) VALUES (?, 'KEN', 'agreement', 'x', 'signed_document', "
                "'scan.pdf', ?, ?, ?)", (uuid7(), sha, len(data), utc_now()))
    con.commit()
    con.close()
    return sha


def _token(path):
    con = raw_connect(path)
    try:
        return con.execute("SELECT value FROM setting WHERE key = 'sync.token'").fetchone()[0]
    finally:
        con.close()


def test_file_resumes_after_a_cut_and_is_skipped_when_hq_has_it(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    data = os.urandom(protocol.CHUNK * 2 + 1000)
    sha = _attach(a, data)
    sync(a, files=False)  # the record reached HQ; then the link dropped after the first chunk
    early = Transport(hq.url, _token(a))
    assert early.blob_put(sha, len(data), 0, data[:protocol.CHUNK]) == {
        "received": protocol.CHUNK, "complete": False}
    puts = []
    client = httpx.Client(event_hooks={"request": [
        lambda r: puts.append(r.url.params.get("offset")) if r.method == "PUT" else None]})
    result = sync(a, client=client)
    assert result.files_sent == 1
    assert puts == [str(protocol.CHUNK), str(protocol.CHUNK * 2)]  # resumed, not restarted
    # a second device with the same file sends nothing
    _attach(b, data)
    puts.clear()
    assert sync(b, client=client).files_sent == 0 and puts == []
    # a third device fetches it on demand
    c = device(hq, tmp_path, "c")
    path = fetch_attachment(c, sha)
    assert read_verified(sha, c) == data and data[:64] not in path.read_bytes()  # kept sealed


def test_hq_rejects_a_file_whose_hash_does_not_match(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    data = b"signed agreement scan"
    wrong = hashlib.sha256(b"something else").hexdigest()
    con = raw_connect(a)  # a record of the device's office names the file
    con.execute("INSERT INTO attachment (id, office, owner_table, owner_id, kind, filename, "
                "sha256, size, updated_at) VALUES (?, 'KEN', 'agreement', 'x', 'signed_document', "
                "'scan.pdf', ?, ?, ?)", (uuid7(), wrong, len(data), utc_now()))
    con.commit()
    con.close()
    sync(a, files=False)
    response = httpx.put(f"{hq.url}/v1/blobs/{wrong}", params={"size": len(data), "offset": 0},
                         content=data, headers={"Authorization": f"Bearer {_token(a)}"})
    assert response.status_code == 422 and "does not match" in response.json()["detail"]
    status = httpx.get(f"{hq.url}/v1/blobs/{wrong}/status",
                       headers={"Authorization": f"Bearer {_token(a)}"}).json()
    assert status["received"] == 0 and not status["complete"]
    assert httpx.get(f"{hq.url}/v1/blobs/{wrong}").status_code == 401


def test_hq_refuses_an_impossible_agreement_transition(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    con = raw_connect(a)
    partner = uuid7()
    con.execute("INSERT INTO partner (id, office, reference, legal_name, partner_type, "
                "updated_at) VALUES (?, 'KEN', 'KEN/PT/1', 'Save the Children', 'cso', ?)",
                (partner, utc_now()))
    agreement = uuid7()
    con.execute("INSERT INTO agreement (id, office, reference, agreement_type, partner_id, "
                "status, updated_at) VALUES (?, 'KEN', 'KEN/PCA/1', 'pca', ?, 'draft', ?)",
                (agreement, partner, utc_now()))
    con.commit()
    sync(a)
    con.execute("UPDATE agreement SET status = 'ended' WHERE id = ?", (agreement,))
    con.commit()
    result = sync(a)
    assert result.rejected == 1
    error = con.execute("SELECT error FROM outbox WHERE status = 'rejected'").fetchone()[0]
    assert "cannot go from draft to ended" in restored(error)  # kept as message data
    # the device is put back to what HQ holds; the refused change stays listed with its reason
    assert con.execute("SELECT status FROM agreement WHERE id = ?", (agreement,)).fetchone()[0] \
        == "draft"
    con.close()


def test_files_of_other_offices_cannot_be_downloaded(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    sha = _attach(a, b"scan of a KEN agreement")
    sync(a)
    nga = device(hq, tmp_path, "n", offices=("NGA",))
    response = httpx.get(f"{hq.url}/v1/blobs/{sha}", headers={"Authorization":
                                                             f"Bearer {_token(nga)}"})
    assert response.status_code == 404
    ok = httpx.get(f"{hq.url}/v1/blobs/{sha}", headers={"Authorization": f"Bearer {_token(a)}"})
    assert ok.content == b"scan of a KEN agreement"


def test_a_damaged_local_file_is_reported_and_does_not_stop_the_others(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    bad = _attach(a, b"original scan")
    rotten = bytearray(path_of(bad, a).read_bytes())
    rotten[-1] ^= 1  # bit rot: same size, one bit other
    path_of(bad, a).write_bytes(bytes(rotten))
    good = _attach(a, b"another scan")
    result = sync(a)
    # found before a byte goes: opening it fails, and so does its hash
    assert result.files_sent == 1 and any("damaged" in p for p in result.problems)
    status = httpx.get(f"{hq.url}/v1/blobs/{good}/status",
                       headers={"Authorization": f"Bearer {_token(a)}"}).json()
    assert status["complete"]
