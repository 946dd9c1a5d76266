"""The HQ API fuzzed from its own OpenAPI description (schemathesis) over real HTTP on loopback.

For every operation the published description lists, schemathesis generates valid and invalid
requests. Most carry a real device token (enrolled for KEN only) so that the fuzzer gets past
authentication into the sync and attachment logic; the rest keep whatever header was generated.
What must hold for every request: no 5xx; every 4xx says why (`detail`) and changes nothing at HQ.
"""
from __future__ import annotations

import hashlib
import itertools

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, example, given, note, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from models.migrations import LATEST_VERSION
from support.sync_fixtures import ServerThread
from sync import protocol
from sync.server import admin
from sync.server.schema import synced_tables


@pytest.fixture(scope="module")
def fuzz_hq(tmp_path_factory):
    server = ServerThread(tmp_path_factory.mktemp("fuzz") / "hq.db")
    admin.add_office(server.store, "KEN", "Kenya Country Office", "KEN")
    admin.add_office(server.store, "NGA", "Nigeria Country Office", "NGA")
    server.token = admin.enroll(server.store, admin.new_code(server.store, ["KEN"]), "fuzz")["token"]
    yield server
    server.stop()


_turn = itertools.count()


def snapshot(store) -> tuple:
    """Everything a request could change at HQ."""
    with store.read() as tx:
        return tuple(tx.one(sql) for sql in (
            "SELECT value FROM hq_counter WHERE id = 1",
            "SELECT count(*), coalesce(sum(version), 0) FROM hq_row",
            "SELECT count(*) FROM hq_applied",
            "SELECT count(*), count(revoked_at) FROM hq_device",
            "SELECT count(*), count(used_at) FROM hq_enrollment",
            "SELECT count(*), coalesce(sum(received), 0), coalesce(sum(complete), 0) FROM hq_blob",
            "SELECT count(*) FROM hq_blob_chunk",
            "SELECT count(*) FROM hq_conflict"))


def test_api_never_fails_and_refusals_change_nothing(fuzz_hq):
    """Every operation of the description the running server publishes, read here rather than at
    import time (which every pytest run paid, even one that collects nothing from this file)."""
    schema = schemathesis.openapi.from_dict(fuzz_hq.app.openapi())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {"POST /v1/sync", "POST /v1/enroll"} <= {op.label for op in operations}
    for operation in operations:
        cases = st.one_of([operation.as_strategy(generation_mode=mode)
                           for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)])

        @settings(max_examples=60, deadline=None, phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(case=cases)
        def call(case):
            note(operation.label)
            headers = dict(case.headers or {})
            if next(_turn) % 4:
                headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
                headers["Authorization"] = f"Bearer {fuzz_hq.token}"
            before = snapshot(fuzz_hq.store)
            response = case.call(base_url=fuzz_hq.url, headers=headers, timeout=30)
            case.validate_response(response, checks=[not_a_server_error])
            if 400 <= response.status_code < 500:
                body = response.json()
                assert isinstance(body.get("detail"), (str, list)) and body["detail"], body
                assert snapshot(fuzz_hq.store) == before, (response.status_code, body)
        call()


# --- protocol-shaped fuzzing: requests close enough to real ones to reach merge and storage ---

ROW_IDS = [f"01900000-0000-7000-8000-{i:012d}" for i in range(4)]
VALUES = st.one_of(st.none(), st.booleans(), st.integers(-2 ** 60, 2 ** 60), st.floats(),
                   st.text(max_size=30))


def mostly(good, bad):
    """`good` seven times in eight, `bad` otherwise (one bad op spoils its whole request)."""
    return st.integers(0, 7).flatmap(lambda n: bad if n == 7 else good)


@st.composite
def ops(draw):
    tables = synced_tables()
    table = draw(mostly(st.sampled_from(sorted(tables)), st.text(max_size=10)))
    columns = sorted(tables.get(table, {"name"}))
    keys = mostly(st.sampled_from(columns), st.text(max_size=8))
    fields = draw(st.dictionaries(keys, mostly(VALUES, st.lists(VALUES, max_size=2)), max_size=4))
    return [draw(mostly(st.integers(1, 10 ** 9), st.integers(-1, 0))), table,
            draw(mostly(st.sampled_from(ROW_IDS), st.text(max_size=40))),
            draw(mostly(st.sampled_from(["insert", "update", "delete"]), st.just("merge"))),
            draw(mostly(st.integers(0, 4), st.just(-1))),
            draw(mostly(st.just("KEN"), st.sampled_from(["NGA", ""]) | st.text(max_size=4))),
            fields]


@st.composite
def sync_bodies(draw):
    body = {"device": draw(st.sampled_from(["", "fuzz"]) | st.text(max_size=70)),
            "schema": draw(st.sampled_from([LATEST_VERSION, 0, 999])),
            "cursor": draw(mostly(st.integers(0, 50), st.just(-1))),
            "ops": draw(st.lists(ops(), max_size=3))}
    if draw(st.integers(0, 3)) == 0:
        body["sum"] = draw(mostly(st.sampled_from(["0" * 16, "00000000deadbeef"]),
                                  st.text(max_size=17)))
    if draw(st.integers(0, 9)) == 0:
        del body[draw(st.sampled_from(sorted(body)))]
    return body


def _check_answer(fuzz_hq, before, response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json().get("detail"), response.text
        assert snapshot(fuzz_hq.store) == before, (response.status_code, response.text)
    with fuzz_hq.store.read() as tx:  # the global order stays whole whatever was accepted
        counter = tx.one("SELECT value FROM hq_counter WHERE id = 1")[0]
        top = tx.one("SELECT coalesce(max(seq), 0) FROM hq_row")[0]
    assert top <= counter


# One well-formed request always runs (a fresh machine has no example database to recall the
# interesting cases from), so the fuzzing below starts from a state past authentication.
VALID = {"device": "fuzz", "schema": LATEST_VERSION, "cursor": 0,
         "ops": [[1, "person", ROW_IDS[0], "insert", 0, "KEN",
                  {"name": "Fuzz Person", "email": "", "role": "focal_point", "title": ""}]]}


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=sync_bodies(), encoding=st.sampled_from(["zstd", "gzip", "identity"]))
@example(body=VALID, encoding="zstd")
def _fuzz_sync_requests(fuzz_hq, body, encoding):
    headers = {"Authorization": f"Bearer {fuzz_hq.token}", "Content-Type": protocol.MEDIA_TYPE}
    if encoding != "identity":
        headers["Content-Encoding"] = encoding
    before = snapshot(fuzz_hq.store)
    response = httpx.post(fuzz_hq.url + protocol.API_SYNC, headers=headers, timeout=30,
                          content=protocol.compress(protocol.dumps(body), encoding))
    _check_answer(fuzz_hq, before, response)


def test_protocol_shaped_sync_requests(fuzz_hq):
    """Requests close to real ones; afterwards the token must have let some in, and some change
    must have been stored (else the fuzzing never reached the merge)."""
    _fuzz_sync_requests(fuzz_hq)
    with fuzz_hq.store.read() as tx:
        seen = tx.one("SELECT last_seen FROM hq_device WHERE name = 'fuzz'")[0]
        rows = tx.one("SELECT count(*) FROM hq_row WHERE tbl != 'office'")[0]
    assert seen, "no fuzzed sync request was accepted with the device token"
    assert rows, "no fuzzed change was ever stored: the fuzzing did not reach the merge"


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=300), honest=st.booleans(), size=st.integers(-1, 400),
       offset=st.integers(-1, 400), method=st.sampled_from(["PUT", "GET", "STATUS"]))
def test_attachment_requests(fuzz_hq, data, honest, size, offset, method):
    sha = hashlib.sha256(data).hexdigest() if honest else hashlib.sha256(b"x" + data).hexdigest()
    headers = {"Authorization": f"Bearer {fuzz_hq.token}"}
    url = f"{fuzz_hq.url}{protocol.API_BLOBS}/{sha}"
    before = snapshot(fuzz_hq.store)
    if method == "PUT":
        response = httpx.put(url, content=data, params={"size": size, "offset": offset},
                             headers=headers, timeout=30)
    else:
        response = httpx.get(url + ("/status" if method == "STATUS" else ""), headers=headers,
                             timeout=30)
    if response.status_code == 409:  # "resume from here": an answer, not a refusal
        assert "received" in response.json()
        response = httpx.get(url + "/status", headers=headers, timeout=30)
    _check_answer(fuzz_hq, before, response)
    if method == "PUT" and response.status_code == 200 and response.json().get("complete"):
        got = httpx.get(url, headers=headers, timeout=30)
        assert got.status_code == 200 and hashlib.sha256(got.content).hexdigest() == sha
