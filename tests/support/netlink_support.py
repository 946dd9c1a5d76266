"""A bad link for real: 64 kbit/s, 600 ms round trip, packet loss, connections cut on demand.

The HQ side lives in a Linux network namespace; the client stays in the host namespace and
reaches it at `link.server_host`. Three ways to build the link, best first:

- "netem": a veth pair with `tc qdisc netem rate/delay/loss` on both ends (needs sch_netem).
- "tun": two TUN devices joined by tests/netlink_relay.py, a packet-level emulator that does what
  netem does (kernel TCP on both ends sees real loss, queueing and delay). Used when the kernel
  has no netem, as in this build environment (no sch_netem module, no modprobe).
- "proxy": tests/netlink_proxy.py, a loopback TCP proxy that delays, throttles and resets, for
  machines without root or network namespaces. The server then runs in the host namespace.

`PARTNERDESK_LINK=netem|tun|proxy` forces one. Every kind offers the same methods: spawn() runs
a command on the HQ side, reset() kills every open connection, outage() drops everything for a
while, stats() reports what crossed the link.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class LinkProfile:
    rate_bps: int = 64_000
    one_way_delay: float = 0.3  # 600 ms round trip
    loss: float = 0.05  # each way

    @property
    def bytes_per_second(self) -> float:
        return self.rate_bps / 8.0


def _sh(*argv: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(list(argv), capture_output=True, text=True, check=check)


def netns_available() -> bool:
    if os.geteuid() != 0 or not shutil.which("ip"):
        return False
    name = f"pdprobe{os.getpid()}"
    if _sh("ip", "netns", "add", name, check=False).returncode != 0:
        return False
    _sh("ip", "netns", "del", name, check=False)
    return True


def netem_available() -> bool:
    """Whether `tc qdisc netem` works; probed inside a throwaway namespace, never on the host."""
    if not netns_available() or not shutil.which("tc"):
        return False
    name = f"pdprobe{os.getpid()}"
    _sh("ip", "netns", "add", name)
    try:
        _sh("ip", "-n", name, "link", "set", "lo", "up")
        return _sh("tc", "-n", name, "qdisc", "add", "dev", "lo", "root", "netem", "delay",
                   "1ms", check=False).returncode == 0
    finally:
        _sh("ip", "netns", "del", name, check=False)


def choose_kind() -> str:
    forced = os.environ.get("PARTNERDESK_LINK")
    if forced:
        return forced
    if netem_available():
        return "netem"
    if netns_available() and os.path.exists("/dev/net/tun"):
        return "tun"
    return "proxy"


def reap_stale_namespaces() -> None:
    """Delete namespaces (and end their processes) left by test runs that were killed."""
    listing = _sh("ip", "netns", "list", check=False).stdout.split("\n")
    for name in (line.split()[0] for line in listing if line.startswith("pdtest-")):
        try:
            owner = int(name.split("-")[1])
            os.kill(owner, 0)
            continue
        except ProcessLookupError:
            pass
        except (ValueError, IndexError, PermissionError):
            continue
        for pid in _sh("ip", "netns", "pids", name, check=False).stdout.split():
            try:
                os.kill(int(pid), 9)
            except (ProcessLookupError, ValueError):
                pass
        _sh("ip", "netns", "del", name, check=False)


class NamespaceLink:
    """The HQ side in a network namespace; subclasses build the wire between the two sides."""

    kind = "?"

    def __init__(self, profile: LinkProfile):
        self.profile = profile
        self.octet = random.randint(1, 250)
        self.tag = f"pdl{os.getpid() % 10000}{self.octet}"[:12]  # device names: <= 15 chars
        self.ns = f"pdtest-{os.getpid()}-{self.octet}"
        reap_stale_namespaces()
        self.net = f"10.{random.randint(64, 127)}.{self.octet}"
        self.client_host, self.server_host = f"{self.net}.1", f"{self.net}.2"
        self.children: list[subprocess.Popen] = []
        _sh("ip", "netns", "add", self.ns)

    def spawn(self, argv: list[str], **kwargs) -> subprocess.Popen:
        """Start a process on the HQ side of the link (inside the namespace)."""
        proc = subprocess.Popen(["ip", "netns", "exec", self.ns, *argv], **kwargs)
        self.children.append(proc)
        return proc

    def listen_address(self, port: int) -> tuple[str, int]:
        """Where a server on the HQ side binds, and where the client connects (same here)."""
        return self.server_host, port

    def close(self) -> None:
        for proc in self.children:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
        _sh("ip", "netns", "del", self.ns, check=False)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class TunLink(NamespaceLink):
    kind = "tun"

    def __init__(self, profile: LinkProfile, seed: int | None = None):
        super().__init__(profile)
        argv = [sys.executable, str(HERE / "netlink_relay.py"), "--ns", self.ns, "--tag",
                self.tag, "--net", self.net, "--rate", str(profile.rate_bps), "--delay",
                str(profile.one_way_delay), "--loss", str(profile.loss)]
        if seed is not None:
            argv += ["--seed", str(seed)]
        self.relay = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      text=True, bufsize=1)
        line = self.relay.stdout.readline().strip()
        if line != "ready":
            self.close()
            raise RuntimeError(f"the link relay did not start (said {line!r})")

    def _command(self, line: str) -> None:
        self.relay.stdin.write(line + "\n")
        self.relay.stdin.flush()

    def reset(self, seconds: float = 1.0) -> None:
        """Kill every TCP connection crossing the link (RST both ends) for `seconds`."""
        self._command(f"reset {seconds}")

    def outage(self, seconds: float) -> None:
        self._command(f"outage {seconds}")

    def stats(self) -> dict:
        self._command("stats")
        return json.loads(self.relay.stdout.readline())

    def close(self) -> None:
        relay = getattr(self, "relay", None)
        if relay and relay.poll() is None:
            try:
                self._command("quit")
                relay.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                relay.kill()
                relay.wait(timeout=5)
        super().close()


class NetemLink(NamespaceLink):
    kind = "netem"

    def __init__(self, profile: LinkProfile, seed: int | None = None):
        super().__init__(profile)
        host_if, ns_if = f"{self.tag}a", f"{self.tag}b"
        self.ends = [("", host_if), (self.ns, ns_if)]
        _sh("ip", "link", "add", host_if, "type", "veth", "peer", "name", ns_if)
        _sh("ip", "link", "set", ns_if, "netns", self.ns)
        _sh("ip", "addr", "add", f"{self.client_host}/24", "dev", host_if)
        _sh("ip", "-n", self.ns, "addr", "add", f"{self.server_host}/24", "dev", ns_if)
        for ns, dev in self.ends:
            _sh(*self._ip(ns), "link", "set", dev, "up")
        _sh("ip", "-n", self.ns, "link", "set", "lo", "up")
        self._qdisc("add", profile.loss)

    @staticmethod
    def _ip(ns: str) -> list[str]:
        return ["ip", "-n", ns] if ns else ["ip"]

    def _qdisc(self, verb: str, loss: float) -> None:
        prof = self.profile
        for ns, dev in self.ends:
            tc = ["tc", "-n", ns] if ns else ["tc"]
            _sh(*tc, "qdisc", verb, "dev", dev, "root", "netem", "rate", f"{prof.rate_bps}bit",
                "delay", f"{int(prof.one_way_delay * 1000)}ms", "loss", f"{loss * 100}%")

    def reset(self, seconds: float = 1.0) -> None:
        for ns in ("", self.ns):
            prefix = ["ip", "netns", "exec", ns] if ns else []
            _sh(*prefix, "ss", "-K", "dst", f"{self.net}.0/24", check=False)
            _sh(*prefix, "ss", "-K", "src", f"{self.net}.0/24", check=False)

    def outage(self, seconds: float) -> None:
        self._qdisc("change", 1.0)
        time.sleep(seconds)
        self._qdisc("change", self.profile.loss)

    def stats(self) -> dict:
        return {}

    def close(self) -> None:
        _sh("ip", "link", "del", f"{self.tag}a", check=False)
        super().close()


def open_link(profile: LinkProfile | None = None, kind: str | None = None, seed: int | None = None):
    """Build the best bad link this machine allows (see the module docstring)."""
    profile = profile or LinkProfile()
    kind = kind or choose_kind()
    if kind == "netem":
        return NetemLink(profile, seed)
    if kind == "tun":
        return TunLink(profile, seed)
    from support.netlink_proxy import ProxyLink  # noqa: PLC0415 (tests/ is on sys.path)

    return ProxyLink(profile, seed)


class HqOverLink:
    """`main.py serve` on the HQ side of `link`, storing in `hq_db`; `.url` is the client's view.

    `.store` is the same store opened directly (administration: offices, enrollment codes)."""

    def __init__(self, link, hq_db, port: int | None = None, timeout: float = 60.0,
                 keep_alive: float | None = None):
        import httpx

        from sync.server.store import Store

        self.link, self.hq_db = link, hq_db
        bind_host, bind_port = link.listen_address(port or random.randint(20000, 40000))
        self.log = open(Path(str(hq_db)).with_suffix(".log"), "ab")
        self.store = Store(hq_db)  # creates the schema before the server starts
        argv = [sys.executable, str(HERE.parents[1] / "main.py"), "serve", "--hq-db", str(hq_db),
                "--host", bind_host, "--port", str(bind_port), "--api-docs"]
        if keep_alive is not None:  # the same app, served with another keep-alive time-out
            argv = [sys.executable, "-c", "import sys, uvicorn; from sync.server import "
                    "create_app; uvicorn.run(create_app(sys.argv[1], docs=True), host=sys.argv[2], "
                    "port=int(sys.argv[3]), log_level='warning', "
                    "timeout_keep_alive=float(sys.argv[4]))", str(hq_db), bind_host,
                    str(bind_port), str(keep_alive)]
        self.proc = link.spawn(argv, stdout=self.log, stderr=self.log, cwd=str(HERE.parents[1]))
        connect = getattr(link, "connect_address", lambda p: (bind_host, p))
        host, cport = connect(bind_port)
        self.url = f"http://{host}:{cport}"
        deadline = time.monotonic() + timeout
        while True:
            try:
                httpx.get(self.url + "/v1/health", timeout=10).raise_for_status()
                return
            except httpx.HTTPError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"the HQ server did not come up behind the link; see "
                                       f"{self.log.name}") from None
                time.sleep(0.2)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.store.close()
        self.log.close()
