"""A packet-level bad-link emulator: two TUN devices, one in a network namespace, joined by a
relay that delays, throttles, drops and (on request) resets TCP, like `tc netem` would.

Used by tests/netlink_support.py when the kernel has no sch_netem. The kernel's own TCP runs on
both ends and sees real packet loss, queueing and serialisation delay. Run as root:

    python tests/netlink_relay.py --ns NS --tag pdl12 --net 10.77.12 --rate 64000 --delay 0.3
        --loss 0.05

It prints "ready" once both ends are up, then reads commands on stdin, one a line:
`outage SECONDS` (drop everything), `reset SECONDS` (answer every TCP segment with RSTs to both
ends, killing connections), `stats` (prints one JSON line), `quit`.
"""
from __future__ import annotations

import argparse
import fcntl
import heapq
import json
import os
import random
import select
import struct
import subprocess
import sys
import time

TUNSETIFF = 0x400454CA
IFF_TUN, IFF_NO_PI = 0x0001, 0x1000
QUEUE_LIMIT = 1000  # packets per direction, netem's default limit
RST, ACK, SYN, FIN = 0x04, 0x10, 0x02, 0x01


def open_tun(name: str) -> int:
    fd = os.open("/dev/net/tun", os.O_RDWR)
    fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH", name.encode(), IFF_TUN | IFF_NO_PI))
    return fd


def _sum16(data: bytes) -> int:
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return total


def _checksum(data: bytes) -> int:
    return (~_sum16(data)) & 0xFFFF


def tcp_packet(src: bytes, dst: bytes, sport: int, dport: int, seq: int, ack: int,
               flags: int) -> bytes:
    tcp = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 0, 0, 0)
    pseudo = src + dst + struct.pack("!BBH", 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", _checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, 6, 0, src, dst)
    ip = ip[:10] + struct.pack("!H", _checksum(ip)) + ip[12:]
    return ip + tcp


def resets_for(pkt: bytes) -> tuple[bytes, bytes] | None:
    """RSTs that kill the connection of an IPv4 TCP segment: (to its sender, to its receiver)."""
    if len(pkt) < 40 or pkt[0] >> 4 != 4 or pkt[9] != 6:
        return None
    ihl = (pkt[0] & 0x0F) * 4
    total = struct.unpack("!H", pkt[2:4])[0]
    src, dst = pkt[12:16], pkt[16:20]
    sport, dport, seq, ack, off, flags = struct.unpack("!HHIIBB", pkt[ihl:ihl + 14])
    if flags & RST:
        return None
    seglen = total - ihl - (off >> 4) * 4 + (1 if flags & SYN else 0) + (1 if flags & FIN else 0)
    if flags & ACK:
        back = tcp_packet(dst, src, dport, sport, ack, 0, RST)
    else:
        back = tcp_packet(dst, src, dport, sport, 0, (seq + seglen) & 0xFFFFFFFF, RST | ACK)
    forward = tcp_packet(src, dst, sport, dport, seq, 0, RST) if flags & ACK else None
    return back, forward


class Direction:
    """One way of the link: loss at enqueue, a FIFO served at `rate`, then a fixed delay."""

    def __init__(self, name: str, rate: float, delay: float):
        self.name, self.rate, self.delay = name, rate, delay
        self.free_at = 0.0
        self.queued = 0
        self.stats = {"packets": 0, "bytes": 0, "lost": 0, "overflow": 0, "cut": 0, "resets": 0}

    def schedule(self, now: float, size: int) -> float | None:
        if self.queued >= QUEUE_LIMIT:
            self.stats["overflow"] += 1
            return None
        self.free_at = max(now, self.free_at) + size * 8.0 / self.rate
        self.queued += 1
        return self.free_at + self.delay


def run(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    a_name, b_name = f"{args.tag}a", f"{args.tag}b"
    fd_a, fd_b = open_tun(a_name), open_tun(b_name)
    host, inner = f"{args.net}.1", f"{args.net}.2"
    for cmd in (f"ip addr add {host} peer {inner} dev {a_name}", f"ip link set {a_name} up",
                f"ip link set {b_name} netns {args.ns}",
                f"ip -n {args.ns} addr add {inner} peer {host} dev {b_name}",
                f"ip -n {args.ns} link set {b_name} up", f"ip -n {args.ns} link set lo up"):
        subprocess.run(cmd.split(), check=True)
    ways = {fd_a: (Direction("up", args.rate, args.delay), fd_b),
            fd_b: (Direction("down", args.rate, args.delay), fd_a)}
    loss = args.loss
    outage_until = reset_until = 0.0
    heap: list[tuple[float, int, int, bytes, Direction]] = []
    counter = 0
    print("ready", flush=True)
    stdin = sys.stdin.fileno()
    while True:
        now = time.monotonic()
        timeout = max(0.0, heap[0][0] - now) if heap else 0.5
        readable, _, _ = select.select([fd_a, fd_b, stdin], [], [], timeout)
        now = time.monotonic()
        for fd in readable:
            if fd == stdin:
                line = sys.stdin.readline().split()
                if not line or line[0] == "quit":
                    return
                if line[0] == "outage":
                    outage_until = now + float(line[1])
                    heap = [item for item in heap if not _drop_queued(item)]
                elif line[0] == "reset":
                    reset_until = now + float(line[1])
                elif line[0] == "stats":
                    print(json.dumps({way.name: way.stats for way, _ in ways.values()}),
                          flush=True)
                continue
            pkt = os.read(fd, 65535)
            way, out_fd = ways[fd]
            if now < outage_until:
                way.stats["cut"] += 1
                continue
            if now < reset_until:
                rsts = resets_for(pkt)
                if rsts:
                    way.stats["resets"] += 1
                    os.write(fd, rsts[0])
                    if rsts[1]:
                        os.write(out_fd, rsts[1])
                way.stats["cut"] += 1
                continue
            if rng.random() < loss:
                way.stats["lost"] += 1
                continue
            due = way.schedule(now, len(pkt))
            if due is not None:
                counter += 1
                heapq.heappush(heap, (due, counter, out_fd, pkt, way))
        now = time.monotonic()
        while heap and heap[0][0] <= now:
            _, _, out_fd, pkt, way = heapq.heappop(heap)
            way.queued -= 1
            way.stats["packets"] += 1
            way.stats["bytes"] += len(pkt)
            os.write(out_fd, pkt)


def _drop_queued(item) -> bool:
    """An outage empties the queues (a link that goes down loses what was in flight)."""
    way = item[4]
    way.queued -= 1
    way.stats["cut"] += 1
    way.free_at = 0.0
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ns", required=True)
    parser.add_argument("--tag", required=True)
    parser.add_argument("--net", required=True, help="first three octets, e.g. 10.77.12")
    parser.add_argument("--rate", type=float, default=64000.0, help="bits per second each way")
    parser.add_argument("--delay", type=float, default=0.3, help="one-way delay in seconds")
    parser.add_argument("--loss", type=float, default=0.05, help="loss probability each way")
    parser.add_argument("--seed", type=int, default=None)
    run(parser.parse_args())


if __name__ == "__main__":
    main()
