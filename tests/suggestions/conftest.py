"""Fixtures: an outbox in a throwaway user DB, and a real receiver on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL

from healthref.core.suggestions.outbox import Outbox
from healthref.core.userdata.database import open_user_db
from tests.intake.faults import FaultPlan
from tests.intake.receivers import TOKEN, Receiver
from tests.intake.receivers import start_receiver as start_receiver_at

__all__ = ["TOKEN"]


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    user_db = open_user_db(tmp_path / "home" / "user.db")
    yield Outbox(user_db.engine, "test", "content-1", ("Medicines", "Symptoms"))
    user_db.engine.dispose()


def start_receiver(tmp_path: Path, faults: FaultPlan | None = None) -> Receiver:
    database = str(tmp_path / "intake.db")
    return start_receiver_at(URL.create("sqlite", database=database).render_as_string(), faults)


def receiver_url(server: Receiver) -> str:
    return server.url
