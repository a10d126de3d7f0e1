"""The receiver's HTTP server: the intake app on waitress, bound to 127.0.0.1 unless told
otherwise, with a request timeout, a body limit, a deep listen backlog and a worker pool
matched by the database pool (docs/receiver.md)."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from wsgiref.types import WSGIApplication

from sqlalchemy import Engine
from waitress import wasyncore

from healthref.intake.app import IntakeApp
from healthref.intake.batch import MAX_BODY
from healthref.intake.deadline import DeadlineServer


@dataclass(frozen=True)
class ServerConfig:
    """How the receiver serves: workers, timeouts and limits."""

    threads: int = 8
    request_timeout: float = 10.0  # to receive a whole request; also the idle keep-alive limit
    backlog: int = 2048  # the kernel caps it at net.core.somaxconn
    connection_limit: int = 1000  # open connections; beyond it new ones wait in the backlog
    max_body: int = MAX_BODY


class IntakeServer:
    """A waitress server running in a background thread until `stop()`."""

    def __init__(self, app: WSGIApplication, host: str, port: int, config: ServerConfig) -> None:
        self._server = DeadlineServer(
            app,
            host=host,
            port=port,
            threads=config.threads,
            backlog=config.backlog,
            connection_limit=config.connection_limit,
            channel_timeout=max(1, math.ceil(config.request_timeout)),
            cleanup_interval=1,
            asyncore_loop_timeout=1,
            max_request_body_size=config.max_body,
            max_request_header_size=64 * 1024,
            ident="healthref-intake",
        )
        self._server.request_timeout = config.request_timeout
        self._thread = threading.Thread(
            target=self._server.run, name="healthref-intake", daemon=True
        )

    @property
    def host(self) -> str:
        return str(self._server.effective_host)

    @property
    def port(self) -> int:
        return int(self._server.effective_port)

    def start(self) -> IntakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Let running requests finish, then close every connection and the listening socket.

        Workers go first: one still answering would touch the trigger and its connection
        after the loop thread closed them (waitress's own shutdown has the same order)."""
        self._server.task_dispatcher.shutdown(timeout=5)
        channels = self._server._map

        def close_everything() -> None:
            wasyncore.close_all(channels)

        self._server.trigger.pull_trigger(close_everything)
        self._thread.join(timeout=10)


def serve_app(
    app: WSGIApplication,
    host: str = "127.0.0.1",
    port: int = 8765,
    config: ServerConfig | None = None,
) -> IntakeServer:
    """A started server for any WSGI app (the intake app, or one wrapped by a test)."""
    return IntakeServer(app, host, port, config or ServerConfig()).start()


def serve(
    engine: Engine,
    token: str,
    host: str = "127.0.0.1",
    port: int = 8765,
    config: ServerConfig | None = None,
) -> IntakeServer:
    """A started receiver storing into `engine` (open it with `pool_size=config.threads`)."""
    config = config or ServerConfig()
    return serve_app(IntakeApp(engine, token, config.max_body), host, port, config)
