"""A loopback HTTP proxy that loses replies: the request reaches HQ, HQ does its work and commits,
and the answer never reaches the client (its connection is reset instead).

The worst moment for a lost packet, which netlink_proxy's random loss rarely hits: the device
cannot tell whether HQ acted. `decide(method, path)` says, for each request, whether to lose its
reply; counts of what passed and what was lost are kept per path.
"""
from __future__ import annotations

import socket
import struct
import threading
from collections import Counter


def _read_message(sock: socket.socket, buffer: bytearray) -> bytes | None:
    """One HTTP/1.1 message with a Content-Length (or none) from `sock`; None at end of stream."""
    while b"\r\n\r\n" not in buffer:
        data = sock.recv(65536)
        if not data:
            return None
        buffer.extend(data)
    end = buffer.index(b"\r\n\r\n") + 4
    length = 0
    for line in bytes(buffer[:end]).split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(buffer) < end + length:
        data = sock.recv(65536)
        if not data:
            return None
        buffer.extend(data)
    message = bytes(buffer[:end + length])
    del buffer[:end + length]
    return message


def _reset(sock: socket.socket) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


class ReplyDropper:
    def __init__(self, target_port: int, decide):
        self.target, self.decide = target_port, decide
        self.passed, self.lost = Counter(), Counter()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closing:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target))
        from_client, from_server = bytearray(), bytearray()
        try:
            while True:
                request = _read_message(client, from_client)
                if request is None:
                    break
                method, path = request.split(b" ", 2)[:2]
                path = path.decode().split("?")[0]
                upstream.sendall(request)
                reply = _read_message(upstream, from_server)
                if reply is None:
                    break
                if self.decide(method.decode(), path):
                    self.lost[path] += 1
                    _reset(client)  # HQ has answered (and committed): the device never knows
                    return
                self.passed[path] += 1
                client.sendall(reply)
        except OSError:
            pass
        finally:
            upstream.close()
            try:
                client.close()
            except OSError:
                pass

    def close(self) -> None:
        self.closing = True
        self.listener.close()
