"""Fallback bad link: a loopback TCP proxy that throttles, delays, loses and resets.

For machines without root or network namespaces (see tests/netlink_support.py). TCP cannot lose
bytes, so a "lost" segment costs what it costs a real TCP sender: a retransmission time-out
(RTO, here two round trips) before it and everything behind it arrive. Both directions share one
link per direction at `rate_bps`; a reset closes every connection with RST (SO_LINGER 0).
"""
from __future__ import annotations

import asyncio
import random
import socket
import struct
import threading
import time

SEGMENT = 1448


class _Way:
    def __init__(self, name: str):
        self.name, self.free_at = name, 0.0
        self.stats = {"packets": 0, "bytes": 0, "lost": 0, "cut": 0, "resets": 0}


class ProxyLink:
    kind = "proxy"

    def __init__(self, profile, seed: int | None = None):
        self.profile = profile
        self.rng = random.Random(seed)
        self.client_host = self.server_host = "127.0.0.1"
        self.up, self.down = _Way("up"), _Way("down")
        self.writers: set[asyncio.StreamWriter] = set()
        self.reset_until = self.outage_until = 0.0
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.children = []
        self.servers: list[asyncio.AbstractServer] = []

    # --- the same surface as NamespaceLink -------------------------------------------------
    def spawn(self, argv, **kwargs):
        import subprocess

        proc = subprocess.Popen(argv, **kwargs)
        self.children.append(proc)
        return proc

    def listen_address(self, port: int) -> tuple[str, int]:
        return "127.0.0.1", port

    def connect_address(self, port: int) -> tuple[str, int]:
        """Start a proxy in front of 127.0.0.1:port and return where clients connect."""
        future = asyncio.run_coroutine_threadsafe(self._serve(port), self.loop)
        return "127.0.0.1", future.result(10)

    def reset(self, seconds: float = 1.0) -> None:
        self.reset_until = time.monotonic() + seconds
        self.loop.call_soon_threadsafe(self._kill_all)

    def outage(self, seconds: float) -> None:
        self.outage_until = time.monotonic() + seconds

    def stats(self) -> dict:
        return {"up": dict(self.up.stats), "down": dict(self.down.stats)}

    def close(self) -> None:
        for proc in self.children:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the proxy ------------------------------------------------------------------------
    async def _serve(self, target_port: int) -> int:
        async def accept(reader, writer):
            if time.monotonic() < self.reset_until:
                self._abort(writer)
                return
            try:
                up_r, up_w = await asyncio.open_connection("127.0.0.1", target_port)
            except OSError:
                self._abort(writer)
                return
            self.writers.update((writer, up_w))
            try:
                await asyncio.gather(self._pipe(reader, up_w, self.up),
                                     self._pipe(up_r, writer, self.down), return_exceptions=True)
            except asyncio.CancelledError:  # shutdown: end quietly (streams would log it)
                pass
            for w in (writer, up_w):
                self.writers.discard(w)
                w.close()

        server = await asyncio.start_server(accept, "127.0.0.1", 0)
        self.servers.append(server)
        return server.sockets[0].getsockname()[1]

    async def _pipe(self, reader, writer, way: _Way) -> None:
        """Read segments, stamp each with its arrival time, and deliver them in order."""
        queue: asyncio.Queue = asyncio.Queue()
        deliver = asyncio.ensure_future(self._deliver(queue, writer, way))
        prof = self.profile
        rto = max(1.0, 4 * prof.one_way_delay)
        try:
            while True:
                data = await reader.read(SEGMENT)
                if not data:
                    break
                start = max(time.monotonic(), way.free_at, self.outage_until)
                while self.rng.random() < prof.loss:  # a lost segment waits for its RTO
                    way.stats["lost"] += 1
                    start += rto
                way.free_at = start + len(data) * 8.0 / prof.rate_bps
                queue.put_nowait((way.free_at + prof.one_way_delay, data))
        finally:
            queue.put_nowait((0.0, b""))
            await deliver

    async def _deliver(self, queue: asyncio.Queue, writer, way: _Way) -> None:
        while True:
            due, data = await queue.get()
            if not data:
                if writer.can_write_eof() and not writer.is_closing():
                    writer.write_eof()
                return
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            if writer.is_closing():
                return
            way.stats["packets"] += 1
            way.stats["bytes"] += len(data)
            writer.write(data)
            await writer.drain()

    async def _shutdown(self) -> None:
        self._kill_all()
        for server in self.servers:
            server.close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _abort(self, writer) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.close()

    def _kill_all(self) -> None:
        for writer in list(self.writers):
            self.up.stats["resets"] += 1
            self._abort(writer)
        self.writers.clear()
