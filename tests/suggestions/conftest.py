"""Fixtures: an outbox in a throwaway user DB, and a real receiver on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL

from healthref.core.suggestions.outbox import Outbox
from healthref.core.userdata.database import open_user_db
from healthref.intake.server import FaultPlan, IntakeServer, serve
from healthref.intake.store import open_store

TOKEN = "test-token-123"


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    user_db = open_user_db(tmp_path / "home" / "user.db")
    yield Outbox(user_db.engine, "test", "content-1", ("Medicines", "Symptoms"))
    user_db.engine.dispose()


def start_receiver(tmp_path: Path, faults: FaultPlan | None = None) -> IntakeServer:
    engine = open_store(
        URL.create("sqlite", database=str(tmp_path / "intake.db")).render_as_string()
    )
    return serve(engine, TOKEN, "127.0.0.1", 0, faults)


def receiver_url(server: IntakeServer) -> str:
    return f"http://127.0.0.1:{server.server_port}"
