"""HQ's guard against guessing enrollment codes, and the log of every refusal (without secrets).

Enrollment needs no token, so it is where a stranger can knock. Measured before this existed:
738 wrong codes a second from one address, each answered with a plain 403, for as long as the
stranger liked. Now:
- per source: after SOURCE_TRIES wrong codes within WINDOW, the address (an IPv6 address by its
  /64, which one machine usually has whole) is locked out of enrollment for LOCK, right or wrong
  code; answered 429 with Retry-After, before the store is even asked;
- per code: a real code refused CODE_TRIES times (already used, expired, or presented again and
  again with new device secrets, as someone racing the real device would) is expired for good;
  HQ makes a new one.
A code is 12 characters of 32 (60 bits): at SOURCE_TRIES guesses per LOCK per address, guessing
one is out of reach even from many addresses. The counts live in the server's memory (one
process serves HQ): a restart forgets them, which costs an attacker a restart of HQ per
SOURCE_TRIES guesses. Behind a reverse proxy, `serve --trusted-proxy ADDRESS` makes the source
the address the proxy names (X-Forwarded-For), or every office would share the proxy's lock.

Every 4xx answered is logged on the "partnerdesk.hq" logger: status, method, path, source,
device when known, and the refusal's text (of a locked source, only the first refusal of its
lock). Never a token, a code, a body or a query string: the
refusal texts of protocol.Refusal never quote them.
"""
from __future__ import annotations

import ipaddress
import json
import logging
import threading
import time
from collections import OrderedDict

log = logging.getLogger("partnerdesk.hq")

SOURCE_TRIES = 5
CODE_TRIES = 5
WINDOW = 600.0  # seconds in which SOURCE_TRIES wrong codes lock the source
LOCK = 900.0  # seconds a locked source waits
MOST_SOURCES = 100_000  # remembered at once; the oldest are forgotten first (memory stays bounded)


def source_key(host: str | None) -> str:
    """The address a lock applies to: an IPv4 address, or the /64 of an IPv6 one."""
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return host or "?"
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class EnrollGuard:
    """Counts wrong enrollment tries per source and per code; thread-safe (the store calls run
    in worker threads)."""

    def __init__(self, clock=time.monotonic):
        self.clock = clock
        self.lock = threading.Lock()
        self.sources: OrderedDict[str, list[float]] = OrderedDict()  # key -> times of wrong tries
        self.locked: dict[str, float] = {}  # key -> when its lock ends
        self.codes: dict[str, int] = {}  # code hash -> refusals of that real code
        self.told: set[str] = set()  # locked sources whose lock the log has mentioned

    def wait(self, host: str | None) -> int:
        """Seconds the source must still wait before trying again; 0 when it may try now."""
        key, now = source_key(host), self.clock()
        with self.lock:
            until = self.locked.get(key)
            if until is None:
                return 0
            if until <= now:
                del self.locked[key]
                self.sources.pop(key, None)
                self.told.discard(key)
                return 0
            return max(1, int(until - now + 0.999))

    def first_refusal(self, host: str | None) -> bool:
        """Is this the first refusal of the source's current lock? Only that one is logged: a
        locked source hammering on would otherwise fill HQ's log at hundreds of lines a second."""
        key = source_key(host)
        with self.lock:
            if key in self.told:
                return False
            self.told.add(key)
            return True

    def wrong(self, host: str | None) -> None:
        """A wrong code from `host`: the SOURCE_TRIES-th within WINDOW locks it for LOCK."""
        key, now = source_key(host), self.clock()
        with self.lock:
            tries = [t for t in self.sources.pop(key, []) if now - t < WINDOW] + [now]
            self.sources[key] = tries
            if len(tries) >= SOURCE_TRIES:
                self.locked[key] = now + LOCK
            while len(self.sources) > MOST_SOURCES:
                old, _ = self.sources.popitem(last=False)
                if self.locked.get(old, 0) <= now:
                    self.locked.pop(old, None)

    def code_refused(self, code_hash: str) -> bool:
        """A real code was refused (or tried with yet another device secret): True when that
        makes CODE_TRIES, and the code must be expired."""
        with self.lock:
            count = self.codes.get(code_hash, 0) + 1
            self.codes[code_hash] = count
            if len(self.codes) > MOST_SOURCES:
                self.codes.pop(next(iter(self.codes)))
            return count >= CODE_TRIES


def _detail(body: bytes) -> str:
    try:
        found = json.loads(body)
    except ValueError:
        return ""
    text = found.get("detail") if isinstance(found, dict) else None
    return text[:300] if isinstance(text, str) else ""


class RefusalLog:
    """ASGI middleware (outermost): logs each 4xx answer in one line, secrets left out."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = {"status": 0, "body": b""}

        async def watched(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
            elif message["type"] == "http.response.body" and 400 <= state["status"] < 500:
                if len(state["body"]) < 4096:
                    state["body"] += message.get("body", b"")[:4096]
                quiet = scope.get("state", {}).get("quiet")
                if not message.get("more_body") and not quiet:  # before the client has it
                    _log(scope, state["status"], state["body"])
            await send(message)

        await self.app(scope, receive, watched)


def _log(scope, status: int, body: bytes) -> None:
    client = scope.get("client") or ("?", 0)
    device = scope.get("state", {}).get("device")
    log.warning("refused %s %s %s from %s%s: %s", status, scope["method"], scope["path"],
                client[0], f" device {device}" if device else "", _detail(body))
