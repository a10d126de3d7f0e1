"""A real receiver on loopback for tests, optionally behind the fault injector."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine

from healthref.intake.app import IntakeApp
from healthref.intake.server import IntakeServer, ServerConfig, serve_app
from healthref.intake.store import open_store
from tests.intake.faults import FaultInjector, FaultPlan

TOKEN = "test-token-123"


@dataclass
class Receiver:
    """A running receiver, its store, and (when faulty) the injector that counts requests."""

    engine: Engine
    server: IntakeServer
    injector: FaultInjector | None = None

    @property
    def server_port(self) -> int:
        return self.server.port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.port}"

    @property
    def requests_seen(self) -> int:
        return self.injector.requests_seen if self.injector else 0

    def stop(self) -> None:
        self.server.stop()
        self.engine.dispose()


def start_receiver(
    db_url: str, faults: FaultPlan | None = None, config: ServerConfig | None = None
) -> Receiver:
    """A receiver on 127.0.0.1 at a free port, storing into `db_url`."""
    config = config or ServerConfig(threads=4)
    engine = open_store(db_url, pool_size=config.threads)
    app = IntakeApp(engine, TOKEN, config.max_body)
    injector = FaultInjector(app, faults) if faults else None
    server = serve_app(injector or app, "127.0.0.1", 0, config)
    return Receiver(engine, server, injector)
