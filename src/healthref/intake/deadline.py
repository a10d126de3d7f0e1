"""Waitress, with a deadline: a connection whose request is not fully received within the
request timeout, or that sits idle that long, is closed (slow and stalled clients included)."""

from __future__ import annotations

import time

from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer


class DeadlineChannel(HTTPChannel):  # type: ignore[misc]  # waitress ships no type hints
    """Remembers when the request it is reading began to arrive."""

    request_started = 0.0

    def received(self, data: bytes) -> bool:
        if self.request is None and data:
            self.request_started = time.time()
        return bool(super().received(data))


class DeadlineServer(TcpWSGIServer):  # type: ignore[misc]  # waitress ships no type hints
    """Waitress's TCP server whose housekeeping enforces `request_timeout` (seconds).

    Waitress only closes channels that were silent for `channel_timeout`; a client sending a
    byte a second is never silent. Here the clock runs from a request's first byte."""

    channel_class = DeadlineChannel
    request_timeout = 10.0

    def maintenance(self, now: float) -> None:
        for channel in list(self.active_channels.values()):
            if channel.requests:  # complete, being answered by a worker
                continue
            reading = channel.request is not None
            since = channel.request_started if reading else channel.last_activity
            if now - since > self.request_timeout:
                channel.will_close = True
