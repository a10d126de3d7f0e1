"""The user DB's versions: ordered migration steps, run in one transaction when it is opened.
A DB from a newer release is refused and left untouched."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from healthref.core.failures import KnownFailure


class UserDBTooNew(KnownFailure):
    """The user DB was written by a newer release of healthref."""


class MigrationFailed(KnownFailure):
    """A migration step failed; the DB was left as it was."""


@dataclass(frozen=True)
class Migration:
    """One step: the version it produces and the statements that get there."""

    version: int
    purpose: str
    apply: Callable[[sqlite3.Connection], None]


def _suggestions(connection: sqlite3.Connection) -> None:
    # The release before versioning made this table with SQLAlchemy's create_all and left
    # user_version at 0; IF NOT EXISTS adopts such a DB as version 1 unchanged.
    connection.execute(
        """CREATE TABLE IF NOT EXISTS suggestions (
            id VARCHAR NOT NULL PRIMARY KEY,
            text TEXT NOT NULL,
            note TEXT NOT NULL,
            category VARCHAR NOT NULL,
            language VARCHAR NOT NULL,
            created_at VARCHAR NOT NULL,
            app_version VARCHAR NOT NULL,
            content_version VARCHAR NOT NULL,
            status VARCHAR NOT NULL,
            times_asked INTEGER NOT NULL,
            dedupe_key TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            last_error TEXT NOT NULL,
            next_attempt_at VARCHAR NOT NULL,
            acknowledged_at VARCHAR NOT NULL
        )"""
    )
    connection.execute("CREATE INDEX IF NOT EXISTS ix_suggestions_status ON suggestions (status)")
    connection.execute(
        "CREATE INDEX IF NOT EXISTS ix_suggestions_dedupe_key ON suggestions (dedupe_key)"
    )


def _saved_and_history(connection: sqlite3.Connection) -> None:
    connection.execute(
        """CREATE TABLE saved_questions (
            slug VARCHAR NOT NULL PRIMARY KEY,
            question TEXT NOT NULL,
            category VARCHAR NOT NULL,
            note TEXT NOT NULL,
            saved_at VARCHAR NOT NULL
        )"""
    )
    connection.execute(
        """CREATE TABLE history (
            id INTEGER NOT NULL PRIMARY KEY,
            slug VARCHAR NOT NULL,
            question TEXT NOT NULL,
            opened_at VARCHAR NOT NULL
        )"""
    )
    connection.execute("CREATE INDEX ix_history_opened_at ON history (opened_at)")


def _reading_trail(connection: sqlite3.Connection) -> None:
    connection.execute(
        """CREATE TABLE reading_trail (
            position INTEGER NOT NULL PRIMARY KEY,
            slug VARCHAR NOT NULL,
            is_current INTEGER NOT NULL
        )"""
    )


def _problem_reports(connection: sqlite3.Connection) -> None:
    """Problem reports travel in the outbox beside suggestions: their kind, article and part."""
    for column, default in (("kind", "question"), ("slug", ""), ("part", "")):
        connection.execute(
            f"ALTER TABLE suggestions ADD COLUMN {column} VARCHAR NOT NULL DEFAULT '{default}'"
        )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "the suggestions outbox", _suggestions),
    Migration(2, "saved questions and reading history", _saved_and_history),
    Migration(3, "back and forward, kept across a restart", _reading_trail),
    Migration(4, "problem reports in the outbox", _problem_reports),
)
LATEST = MIGRATIONS[-1].version


def schema_version(connection: sqlite3.Connection) -> int:
    """The version recorded in the file (0 for a new or pre-versioning DB)."""
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    return int(version)


def migrate(path: Path, steps: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring the DB at `path` to the latest version in one transaction; return that version.
    Raises UserDBTooNew (file untouched) or MigrationFailed (file as it was)."""
    latest = steps[-1].version
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA synchronous = FULL")
        current = schema_version(connection)
        if current > latest:
            raise UserDBTooNew(
                f"{path} was written by a newer version of healthref (data version {current}; "
                f"this version reads up to {latest}). Update healthref, or use another --home."
            )
        if current == latest:
            return current
        connection.execute("BEGIN IMMEDIATE")
        # Another thread or process may have migrated while this one waited for the lock.
        current = schema_version(connection)
        if current >= latest:
            connection.execute("ROLLBACK")
            return current
        try:
            for step in steps:
                if step.version > current:
                    step.apply(connection)
            connection.execute(f"PRAGMA user_version = {latest}")
            connection.execute("COMMIT")
        except BaseException as exc:
            connection.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise MigrationFailed(
                    f"could not upgrade {path} ({exc}); your data is unchanged"
                ) from exc
            raise
        return latest
    finally:
        connection.close()
