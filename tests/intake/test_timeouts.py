"""Slow and stalled connections are closed by the request timeout; they hold no worker."""

from __future__ import annotations

import contextlib
import select
import socket
import time
from collections.abc import Iterator

import pytest

from healthref.intake.server import ServerConfig
from tests.intake.http_helpers import batch_body, post, record
from tests.intake.receivers import Receiver, start_receiver

TIMEOUT = 1.0


@pytest.fixture
def receiver(sqlite_url: str) -> Iterator[Receiver]:
    server = start_receiver(sqlite_url, config=ServerConfig(threads=2, request_timeout=TIMEOUT))
    yield server
    server.stop()


def _closed_by_peer(sock: socket.socket) -> bool:
    try:
        return sock.recv(4096) == b""
    except (ConnectionResetError, BrokenPipeError):
        return True
    except BlockingIOError:
        return False


def test_slowloris_connections_are_closed_by_the_timeout(receiver: Receiver) -> None:
    """Each keeps sending a byte (faster than the timeout, so it is never idle), yet none
    finishes its request: all are closed soon after the timeout, and real clients are served."""
    slow = [socket.create_connection(("127.0.0.1", receiver.server_port)) for _ in range(60)]
    for sock in slow:
        sock.sendall(b"POST /v1/suggestions HTTP/1.1\r\nHost: x\r\n")
        sock.setblocking(False)
    opened = time.monotonic()
    open_ = list(slow)
    closed_after: list[float] = []
    served_meanwhile = False
    for _ in range(100):  # at most ~10 s
        if not open_:
            break
        for sock in list(open_):
            with contextlib.suppress(OSError):
                sock.send(b"X")
        readable, _, _ = select.select(open_, [], [], 0.1)
        for sock in readable:
            if _closed_by_peer(sock):
                open_.remove(sock)
                closed_after.append(time.monotonic() - opened)
        if not served_meanwhile:
            served_meanwhile = post(receiver, batch_body([record()]), timeout=2)[0] == 200
    for sock in slow:
        sock.close()
    assert not open_, f"{len(open_)} slow connections still open"
    assert min(closed_after) >= TIMEOUT * 0.9  # closed by the deadline, not at once
    assert served_meanwhile


def test_an_idle_connection_is_closed(receiver: Receiver) -> None:
    sock = socket.create_connection(("127.0.0.1", receiver.server_port))
    sock.settimeout(TIMEOUT + 4)
    started = time.monotonic()
    assert sock.recv(1) == b""  # the server hung up
    assert TIMEOUT * 0.9 <= time.monotonic() - started < TIMEOUT + 3
    sock.close()


def test_a_slow_but_timely_request_is_served(receiver: Receiver) -> None:
    body = batch_body([record()])
    head = (
        "POST /v1/suggestions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-token-123\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", receiver.server_port), timeout=5) as sock:
        for part in (head[:20], head[20:], body[:10], body[10:]):
            sock.sendall(part)
            time.sleep(0.1)  # spread over less than the timeout: the point of this test
        assert sock.recv(64).startswith(b"HTTP/1.1 200")
