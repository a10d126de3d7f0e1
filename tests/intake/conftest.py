"""Fixtures: a store URL per backend (a SQLite file, a fresh database in a throwaway
PostgreSQL cluster) and the PostgreSQL cluster itself, made once per test session."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, make_url, text

from tests.intake.pgcluster import server_binaries, throwaway_cluster


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a throwaway cluster. In CI a missing PostgreSQL fails; elsewhere it skips."""
    bin_dir = server_binaries()
    if bin_dir is None:
        reason = "PostgreSQL's server (initdb, pg_ctl) is not installed: apt-get install postgresql"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}", pytrace=False)
        pytest.skip(reason)
    with throwaway_cluster(bin_dir) as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database in the session's cluster, dropped afterwards."""
    name = f"intake_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(postgres_server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The receiver's database URL, once for each backend."""
    if request.param == "sqlite":
        return URL.create("sqlite", database=str(tmp_path / "intake.db")).render_as_string()
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A SQLite store, for the tests whose subject is HTTP, not the database."""
    return URL.create("sqlite", database=str(tmp_path / "intake.db")).render_as_string()
