"""Issue 10, findings 5 and 9 (the flow half): hostile bodies never get a 5xx from HQ.

Bodies shaped like real sync and enrollment requests with one part made hostile: nested deeper
than any parser likes, lone UTF-16 surrogates, numbers too large for anything, a value of the
wrong type in every field of the body and of an op, zstd cut short, decompression bombs. Each
is sent to a real HQ over loopback with a real device token: the answer is never a 5xx, every
refusal has the one refusal body, and a refused request changes nothing at HQ.
"""
from __future__ import annotations

import gzip
import json

import httpx
import pytest
import zstandard
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models.migrations import LATEST_VERSION
from sync import protocol
from sync.server import admin

from support.sync_fixtures import ServerThread
from test_sync_fuzz import snapshot

OP = [1, "person", "01900000-0000-7000-8000-000000000001", "insert", 0, "KEN",
      {"name": "Fuzz Person", "role": "focal_point"}]
SYNC = {"device": "fuzz", "schema": LATEST_VERSION, "cursor": 0, "ops": [OP]}
ENROLL = {"code": "AAAA-BBBB-CCCC", "name": "laptop", "nonce": "n" * 32}
MARK = "\x00HOSTILE\x00"
# Raw JSON text put where a value goes; json.dumps cannot write most of these itself.
HOSTILE_TEXT = ["1e999", "-1e999", "1" * 4400, "9" * 400, str(2 ** 64), "NaN", "-Infinity",
                '"\\ud800"', '"a\\udfffb"', '"\\ud83d"', "[" * 3000 + "]" * 3000,
                "{\"a\":" * 2000 + "1" + "}" * 2000, "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
                "null", "true", "-0", "0.5", '""', '"' + "x" * 70 + '"', "[]", "{}", "[1,2]",
                '{"k":"v"}', '"KEN"']


def _slots(template):
    """Paths to every value of `template` (dict keys and list positions), the whole included."""
    out = [()]
    items = template.items() if isinstance(template, dict) else enumerate(template) \
        if isinstance(template, list) else ()
    for key, value in items:
        out += [(key,) + rest for rest in _slots(value)]
    return out


def _replace(template, path):
    if not path:
        return MARK
    copy = dict(template) if isinstance(template, dict) else list(template)
    copy[path[0]] = _replace(template[path[0]], path[1:])
    return copy


@st.composite
def hostile_bodies(draw):
    kind = draw(st.sampled_from(["sync", "enroll"]))
    template = SYNC if kind == "sync" else ENROLL
    path = draw(st.sampled_from(_slots(template)))
    text = json.dumps(_replace(template, path), ensure_ascii=True)
    raw = text.replace(json.dumps(MARK), draw(st.sampled_from(HOSTILE_TEXT))).encode()
    if draw(st.booleans()) and kind == "sync" and path == ("ops", 0, 6):  # a hostile field key
        raw = text.replace(json.dumps(MARK), '{"\\udc00": 1}').encode()
    encoding = draw(st.sampled_from(["identity", "zstd", "gzip", "zstd-cut", "gzip-cut"]))
    if encoding != "identity":
        raw = protocol.compress(raw, encoding.split("-")[0])
        if encoding.endswith("cut"):
            raw = raw[:draw(st.integers(1, max(1, len(raw) - 1)))]
    return kind, raw, encoding.split("-")[0]


def _bomb(encoding: str) -> bytes:
    zeros = b'{"ops": [], "device": "' + b"0" * (protocol.MAX_DECODED * 2) + b'"}'
    if encoding == "zstd":
        return zstandard.ZstdCompressor(level=1).compress(zeros)
    return gzip.compress(zeros, 1)


@pytest.fixture(scope="module")
def hostile_hq(tmp_path_factory):
    server = ServerThread(tmp_path_factory.mktemp("hostile") / "hq.db")
    admin.add_office(server.store, "KEN", "Kenya Country Office", "KEN")
    token = admin.enroll(server.store, admin.new_code(server.store, ["KEN"]), "fuzz")["token"]
    assert admin.authenticate(server.store, token)  # confirmed: later requests change nothing
    server.headers = {"Authorization": f"Bearer {token}"}
    yield server
    server.stop()


def _post(server, kind: str, raw: bytes, encoding: str) -> httpx.Response:
    headers = dict(server.headers)
    if encoding != "identity":
        headers["Content-Encoding"] = encoding
    path = protocol.API_SYNC if kind == "sync" else protocol.API_ENROLL
    return httpx.post(server.url + path, content=raw, headers=headers, timeout=60)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=hostile_bodies())
@example(case=("sync", _bomb("zstd"), "zstd"))
@example(case=("sync", _bomb("gzip"), "gzip"))
@example(case=("enroll", _bomb("zstd"), "zstd"))
@example(case=("sync", b"[" * 100_000, "identity"))
def _fuzz(server, case):
    kind, raw, encoding = case
    before = snapshot(server.store)
    response = _post(server, kind, raw, encoding)
    assert response.status_code < 500, (response.status_code, response.text[:300], raw[:200])
    if response.status_code >= 400:
        body = response.json()
        assert isinstance(body.get("detail"), str) and body["detail"] and "seq" in body, body
        assert snapshot(server.store) == before, (response.status_code, body)


def test_hostile_bodies_never_get_a_5xx(hostile_hq):
    _fuzz(hostile_hq)
    # the template itself goes through (a new seq: a fuzzed variant may have used seq 1)
    valid = dict(SYNC, ops=[[10 ** 6] + OP[1:]])
    assert _post(hostile_hq, "sync", protocol.dumps(valid), "identity").status_code == 200
