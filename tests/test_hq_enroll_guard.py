"""HQ hardening, enrollment and refusals (issue 15 item 5): guessing codes is locked after a few
tries per source (measured against a real HQ on loopback), a real code refused too often is
expired, a reverse proxy names the source, every refusal is logged without a secret, and the API
documentation pages are off unless asked for."""
from __future__ import annotations

import logging
import secrets
import time

import httpx
import pytest

from support.sync_fixtures import ServerThread
from sync import protocol
from sync.server import admin, guard


@pytest.fixture
def server(tmp_path):
    hq = ServerThread(tmp_path / "hq.db")
    admin.add_office(hq.store, "KEN", "Kenya Country Office", "KEN")
    yield hq
    hq.stop()


def _try(client, url, code, nonce=None, headers=None) -> httpx.Response:
    body = {"code": code, "name": "laptop", "nonce": nonce or secrets.token_urlsafe(24)}
    return client.post(url + protocol.API_ENROLL, content=protocol.dumps(body),
                       headers={"Content-Type": protocol.MEDIA_TYPE, **(headers or {})})


def _guess() -> str:
    return "".join(secrets.choice(admin.CODE_ALPHABET) for _ in range(12))


def test_guessing_codes_for_a_second_gets_a_few_tries_then_the_source_is_locked(server, capsys,
                                                                                caplog):
    real = admin.new_code(server.store, ["KEN"])
    answers, started = [], time.monotonic()
    with httpx.Client(timeout=10) as client:
        while time.monotonic() - started < 1.0:
            answers.append(_try(client, server.url, _guess()).status_code)
        took = time.monotonic() - started
        assert answers.count(403) == guard.SOURCE_TRIES, answers[:12]
        assert set(answers[guard.SOURCE_TRIES:]) == {429}
        locked = _try(client, server.url, real)  # the right code too, from this source
        assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 800
        assert "Too many wrong enrollment codes" in locked.json()["detail"]
        logged = [r.getMessage()[:11] for r in caplog.records if r.name == "partnerdesk.hq"]
        assert logged == ["refused 403"] * guard.SOURCE_TRIES + ["refused 429"]  # not a flood
        # another address is not locked by this one: the real code still enrolls from there
        other = httpx.Client(timeout=10, transport=httpx.HTTPTransport(local_address="127.0.0.2"))
        with other:
            assert _try(other, server.url, real).status_code == 200
    with capsys.disabled():
        print(f"\n[enroll guard] {len(answers)} wrong tries in {took:.2f} s "
              f"({len(answers) / took:.0f}/s): {answers.count(403)} reached the store, "
              f"{answers.count(429)} refused as locked")


def test_the_lock_ends_after_its_time_and_counts_only_recent_tries():
    clock = [0.0]
    watch = guard.EnrollGuard(clock=lambda: clock[0])
    for _ in range(guard.SOURCE_TRIES - 1):
        watch.wrong("10.0.0.9")
        clock[0] += guard.WINDOW / guard.SOURCE_TRIES
    clock[0] += guard.WINDOW  # the old tries have left the window
    watch.wrong("10.0.0.9")
    assert watch.wait("10.0.0.9") == 0
    for _ in range(guard.SOURCE_TRIES):
        watch.wrong("2001:db8:1:2::7")
    assert watch.wait("2001:db8:1:2::99") > 0  # the same /64: one machine's addresses
    assert watch.wait("2001:db8:1:3::7") == 0
    clock[0] += guard.LOCK + 1
    assert watch.wait("2001:db8:1:2::7") == 0


def test_a_real_code_refused_again_and_again_is_expired_for_good(server):
    used = admin.new_code(server.store, ["KEN"])
    assert admin.authenticate(server.store, admin.enroll(server.store, used, "first")["token"])
    raced = admin.new_code(server.store, ["KEN"])
    sources = [f"127.0.0.{n}" for n in range(3, 5 + guard.CODE_TRIES)]
    answers = []
    for source in sources:  # one try of each code per address: no source lock helps here
        with httpx.Client(timeout=10, transport=httpx.HTTPTransport(local_address=source)) as c:
            answers.append((_try(c, server.url, used), _try(c, server.url, raced)))
    # the spent code: refused each time, and from the CODE_TRIES-th on said to be locked
    assert {a.status_code for a, _ in answers} == {403}
    said = ["tried too many times" in a.json()["detail"] for a, _ in answers]
    assert said == [False] * (guard.CODE_TRIES - 1) + [True] * (len(sources) - guard.CODE_TRIES + 1)
    # the pending code: enrolled again with a new device secret each time (someone racing the
    # real device) until CODE_TRIES of them, then expired: not even its last device's secret
    # enrolls with it any more
    codes = [b.status_code for _, b in answers]
    assert codes == [200] * guard.CODE_TRIES + [403] * (len(sources) - guard.CODE_TRIES)
    assert "tried too many times" in answers[guard.CODE_TRIES][1].json()["detail"]
    assert admin.enroll(server.store, raced, "late", secrets.token_urlsafe(24)) == {}


def test_behind_a_trusted_proxy_each_forwarded_source_has_its_own_lock(tmp_path):
    hq = ServerThread(tmp_path / "hq.db", proxy_headers=True, forwarded_allow_ips="127.0.0.1")
    try:
        admin.add_office(hq.store, "KEN", "Kenya Country Office", "KEN")
        real = admin.new_code(hq.store, ["KEN"])
        with httpx.Client(timeout=10) as client:
            for _ in range(guard.SOURCE_TRIES):
                assert _try(client, hq.url, _guess(),
                            headers={"X-Forwarded-For": "198.51.100.7"}).status_code == 403
            assert _try(client, hq.url, real,
                        headers={"X-Forwarded-For": "198.51.100.7"}).status_code == 429
            assert _try(client, hq.url, real,
                        headers={"X-Forwarded-For": "203.0.113.5"}).status_code == 200
    finally:
        hq.stop()


def test_every_refusal_is_logged_in_one_line_without_a_secret(server, caplog):
    admin.add_office(server.store, "NGA", "Nigeria Country Office", "NGA")
    code = admin.new_code(server.store, ["KEN"])
    token = admin.enroll(server.store, code, "laptop")["token"]
    wrong = _guess()
    caplog.set_level(logging.WARNING, logger="partnerdesk.hq")
    with httpx.Client(timeout=10) as client:
        answers = [
            _try(client, server.url, wrong),  # 403 unknown code
            client.post(server.url + protocol.API_SYNC, content=b"{}",
                        headers={"Authorization": f"Bearer {token}x"}),  # 401 unknown token
            client.post(server.url + protocol.API_SYNC, content=b"{not json",
                        headers={"Authorization": f"Bearer {token}"}),  # 400 malformed
            client.post(server.url + protocol.API_ENROLL, content=b"x" * (protocol.MAX_ENROLL + 1),
                        headers={"Content-Type": protocol.MEDIA_TYPE}),  # 413 before reading
        ]
    assert [a.status_code for a in answers] == [403, 401, 400, 413]
    lines = [r.getMessage() for r in caplog.records if r.name == "partnerdesk.hq"]
    assert len(lines) == 4, lines
    for line, answer in zip(lines, answers):
        assert line.startswith(f"refused {answer.status_code} POST /v1/")
        assert "from 127.0.0.1" in line and answer.json()["detail"][:40] in line
    text = "\n".join(lines)
    for secret in (wrong, token, code, code.replace("-", "")):
        assert secret not in text


def test_api_documentation_pages_are_off_unless_asked_for(tmp_path):
    for docs, expected in ((False, 404), (True, 200)):
        hq = ServerThread(tmp_path / f"{docs}.db", docs=docs)
        try:
            for page in ("/docs", "/redoc", "/openapi.json"):
                assert httpx.get(hq.url + page, timeout=10).status_code == expected, page
            assert httpx.get(hq.url + "/v1/health", timeout=10).status_code == 200
        finally:
            hq.stop()


def test_a_locked_out_device_is_told_at_once_in_one_line(server, tmp_path):
    from support.sync_fixtures import new_db
    from sync.client import sync
    from sync.transport import SyncError
    path = new_db(tmp_path, "a")
    with httpx.Client(timeout=10) as client:
        for _ in range(guard.SOURCE_TRIES):
            _try(client, server.url, _guess())
    started = time.monotonic()
    with pytest.raises(SyncError, match="Too many wrong enrollment codes") as told:
        sync(path, server.url, enroll_code=admin.new_code(server.store, ["KEN"]), attempts=8)
    assert time.monotonic() - started < 5  # no retries that cannot succeed
    assert "\n" not in str(told.value)
