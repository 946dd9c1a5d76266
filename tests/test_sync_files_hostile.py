"""Issue 10, findings 2 and 6: attachments a hostile device cannot loop, probe or take.

- 2: a device of the same office sends one byte under an honest device's hash with a wrong size:
  the honest device's upload still ends (it once looped, about 10,000 PUTs in 20 s). An upload
  HQ refuses ends and is set aside with the reason; an HQ that keeps moving the offset back is
  given up on. Uploads and status answers are for files named by rows of the device's offices.
- 6: naming another office's file in a row of one's own gets nothing; a file is downloadable
  only when a readable row names it and a device of that row's office delivered it whole.
- Missing files of the device's offices are fetched by sync and on demand.
"""
from __future__ import annotations

import hashlib
import os

import httpx

from models import sync_state
from models.files import path_of, read_verified, store_bytes
from models.ids import utc_now, uuid7
from sync import protocol
from sync.client import fetch_attachment, sync
from sync.server import blobs

from support.sync_fixtures import device, edit, hq  # noqa: F401
from support.raw import raw_connect


def _attach(path, data: bytes, office="KEN", size=None, keep_file=True, sha=None) -> str:
    sha = sha or hashlib.sha256(data).hexdigest()
    if keep_file:
        store_bytes(data, path)  # encrypted in the store, as an attachment is
    con = raw_connect(path)
    con.execute("INSERT INTO attachment (id, office, owner_table, owner_id, kind, filename, "
                "sha256, size, updated_at) VALUES (?, ?, 'agreement', 'x', 'signed_document', "
                "'scan.pdf', ?, ?, ?)", (uuid7(), office, sha, len(data) if size is None
                                         else size, utc_now()))
    con.commit()
    con.close()
    return sha


def _auth(path):
    con = raw_connect(path)
    try:
        token = con.execute("SELECT value FROM setting WHERE key = 'sync.token'").fetchone()[0]
    finally:
        con.close()
    return {"Authorization": f"Bearer {token}"}


class Puts:
    """An httpx client that counts the PUTs a sync makes."""

    def __init__(self):
        self.count = 0
        self.client = httpx.Client(event_hooks={"request": [self._seen]})

    def _seen(self, request):
        self.count += request.method == "PUT"


def test_2_a_wrong_size_upload_by_another_device_cannot_make_an_honest_one_loop(hq, tmp_path):
    honest, hostile = device(hq, tmp_path, "honest"), device(hq, tmp_path, "hostile")
    data = os.urandom(protocol.CHUNK * 2 + 10)
    sha = _attach(honest, data)
    sync(honest, files=False)
    url = f"{hq.url}{protocol.API_BLOBS}/{sha}"
    answer = httpx.put(url, params={"size": 1, "offset": 0}, content=data[:1],
                       headers=_auth(hostile))
    assert answer.status_code == 422 and "says 524298 bytes, not 1" in answer.json()["detail"]
    # it writes a record of its own naming the hash with its size, and tries again
    _attach(hostile, data[:1], size=1, keep_file=False, sha=sha)
    sync(hostile)
    answer = httpx.put(url, params={"size": 1, "offset": 0}, content=data[:1],
                       headers=_auth(hostile))
    assert answer.status_code == 422 and "does not match" in answer.json()["detail"]
    answer = httpx.put(url, params={"size": len(data), "offset": 0}, content=data[:1],
                       headers=_auth(hostile))  # a first byte of the right size, never the rest
    assert answer.json() == {"received": 1, "complete": False}
    puts = Puts()
    result = sync(honest, client=puts.client)
    assert result.files_sent == 1 and puts.count == 3  # three chunks, once each
    third = device(hq, tmp_path, "third")
    fetch_attachment(third, sha)
    assert read_verified(sha, third) == data


def test_2_an_upload_whose_size_disagrees_with_hq_ends_and_is_set_aside(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    data = b"signed agreement, page 1"
    sha = _attach(a, data, size=len(data) + 5)  # the record says another size
    puts = Puts()
    result = sync(a, client=puts.client)
    assert result.files_sent == 0 and puts.count == 1
    assert any("says 29 bytes, not 24" in p for p in result.problems)
    (refused,) = edit(a, sync_state.refused)
    assert (refused.op, refused.sha256, refused.label) == ("file", sha, "scan.pdf")
    assert edit(a, sync_state.status).rejected == 1
    puts.count = 0
    sync(a, client=puts.client, check=False)
    assert puts.count == 0  # set aside: not sent at every sync
    edit(a, lambda: sync_state.dismiss_refused(0, sha))
    assert edit(a, sync_state.refused) == []


def test_2_an_hq_that_keeps_asking_for_earlier_bytes_is_given_up_on(hq, tmp_path, monkeypatch):
    a = device(hq, tmp_path, "a")
    sha = _attach(a, os.urandom(protocol.CHUNK * 3))
    monkeypatch.setattr(blobs, "put_chunk", lambda *args: (409, {"detail": "Send from byte 0.",
                                                                  "received": 0}))
    puts = Puts()
    result = sync(a, client=puts.client)
    assert puts.count <= 3 * 3 + 3 and result.files_sent == 0
    assert any("kept asking" in p for p in result.problems)
    assert edit(a, sync_state.refused)[0].sha256 == sha


def test_2_uploads_and_status_are_for_files_named_by_the_device_s_offices(hq, tmp_path):
    ken, nga = device(hq, tmp_path, "ken"), device(hq, tmp_path, "nga", offices=("NGA",))
    data = b"Nigeria office scan"
    sha = _attach(nga, data, office="NGA")
    sync(nga, files=False)  # HQ has the record, not the file yet
    url = f"{hq.url}{protocol.API_BLOBS}/{sha}"
    for response in (httpx.get(url + "/status", headers=_auth(ken)),
                     httpx.put(url, params={"size": len(data), "offset": 0}, content=data,
                               headers=_auth(ken))):
        assert response.status_code == 404 and response.json()["seq"] is None
    unnamed = hashlib.sha256(b"nobody's file").hexdigest()
    response = httpx.put(f"{hq.url}{protocol.API_BLOBS}/{unnamed}", params={"size": 13,
                         "offset": 0}, content=b"nobody's file", headers=_auth(ken))
    assert response.status_code == 404
    with hq.store.read() as tx:
        assert tx.one("SELECT count(*) FROM hq_upload")[0] == 0
    assert httpx.get(url + "/status", headers=_auth(nga)).json() == {
        "size": None, "received": 0, "complete": False}


def test_6_naming_another_office_s_file_gets_nothing(hq, tmp_path):
    nga = device(hq, tmp_path, "nga", offices=("NGA",))
    data = b"Nigeria office signed agreement"
    sha = _attach(nga, data, office="NGA")
    sync(nga)
    ken = device(hq, tmp_path, "ken")
    _attach(ken, data, keep_file=False)  # a KEN record naming the NGA file's hash
    sync(ken)
    url = f"{hq.url}{protocol.API_BLOBS}/{sha}"
    assert httpx.get(url, headers=_auth(ken)).status_code == 404
    # and the status does not tell the KEN device that HQ holds it
    assert httpx.get(url + "/status", headers=_auth(ken)).json()["complete"] is False
    assert not path_of(sha, ken).exists()
    assert httpx.get(url, headers=_auth(nga)).content == data
    # a KEN device that really has the file delivers it for KEN; then KEN devices may fetch it
    other = device(hq, tmp_path, "ken2")
    _attach(other, data)
    assert sync(other).files_sent == 1
    assert httpx.get(url, headers=_auth(ken)).content == data


def test_6_a_named_file_nobody_delivered_is_not_downloadable(hq, tmp_path):
    a = device(hq, tmp_path, "a")
    sha = _attach(a, b"never uploaded", keep_file=False)
    sync(a)
    response = httpx.get(f"{hq.url}{protocol.API_BLOBS}/{sha}", headers=_auth(a))
    assert response.status_code == 404 and "no such file" in response.json()["detail"]


def test_missing_files_of_the_device_s_offices_are_fetched_by_sync(hq, tmp_path):
    a, b = device(hq, tmp_path, "a"), device(hq, tmp_path, "b")
    shas = [_attach(a, os.urandom(1000 + i)) for i in range(3)]
    sync(a)
    result = sync(b)
    assert result.files_fetched == 3
    assert all(path_of(sha, b).exists() for sha in shas)
    puts = Puts()
    assert sync(b, client=puts.client).files_fetched == 0 and puts.count == 0  # not sent back
