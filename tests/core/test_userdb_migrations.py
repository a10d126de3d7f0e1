"""The user DB is versioned: the last release's DB upgrades without losing a row, a newer one
is refused untouched, and a failed migration leaves the old DB usable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from healthref.core.suggestions.outbox import Outbox
from healthref.core.userdata import migrations
from healthref.core.userdata.database import open_user_db
from healthref.core.userdata.migrations import (
    LATEST,
    MIGRATIONS,
    Migration,
    MigrationFailed,
    UserDBTooNew,
    migrate,
)
from healthref.core.userdata.models import UserBase

# Made by `healthref suggest` at commit 282c3ac (the release before the user DB had versions):
# three pending suggestions, one of them asked twice.
RELEASE_282C3AC = Path(__file__).parent.parent / "data" / "user-db-release-282c3ac.db"


# The columns of the release's DB (later migrations add columns after these).
RELEASE_COLUMNS = (
    "id, text, note, category, language, created_at, app_version, content_version, status, "
    "times_asked, dedupe_key, attempts, last_error, next_attempt_at, acknowledged_at"
)


def _rows(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            f"SELECT {RELEASE_COLUMNS} FROM suggestions ORDER BY id"
        ).fetchall()
    finally:
        connection.close()


def _version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return migrations.schema_version(connection)
    finally:
        connection.close()


def test_release_db_upgrades_with_every_row_intact(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    shutil.copy(RELEASE_282C3AC, path)
    before = _rows(path)
    assert len(before) == 3 and _version(path) == 0
    user_db = open_user_db(path)
    try:
        assert _version(path) == LATEST
        assert _rows(path) == before
        outbox = Outbox(user_db.engine, "test")
        assert outbox.pending_count() == 3
        assert sorted(s.times_asked for s in outbox.pending()) == [1, 1, 2]
        assert {s.kind for s in outbox.pending()} == {"question"}  # migration 3's default
        tables = set(inspect(user_db.engine).get_table_names())
        assert {"suggestions", "saved_questions", "history"} <= tables
    finally:
        user_db.engine.dispose()


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    user_db = open_user_db(path)
    try:
        inspector = inspect(user_db.engine)
        for table in UserBase.metadata.sorted_tables:
            migrated = {c["name"] for c in inspector.get_columns(table.name)}
            assert migrated == {c.name for c in table.columns}, table.name
    finally:
        user_db.engine.dispose()


def test_newer_db_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    shutil.copy(RELEASE_282C3AC, path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST + 1}")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(UserDBTooNew) as caught:
        open_user_db(path)
    assert "newer version of healthref" in caught.value.one_line()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["user.db"]


def test_a_failure_mid_migration_leaves_the_old_db_usable(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    shutil.copy(RELEASE_282C3AC, path)
    before = _rows(path)

    def half_then_fail(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half_done (x INTEGER)")
        connection.execute("INSERT INTO suggestions_missing VALUES (1)")  # fails

    broken = (*MIGRATIONS, Migration(LATEST + 1, "broken on purpose", half_then_fail))
    with pytest.raises(MigrationFailed):
        migrate(path, broken)
    assert _version(path) == 0
    assert _rows(path) == before
    connection = sqlite3.connect(path)
    tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "half_done" not in tables and "saved_questions" not in tables
    # The real migrations still run afterwards.
    user_db = open_user_db(path)
    user_db.engine.dispose()
    assert _version(path) == LATEST and _rows(path) == before


KILLED_MID_MIGRATION = """
import os, sys
from pathlib import Path
from healthref.core.userdata.migrations import LATEST, MIGRATIONS, Migration, migrate

def die_half_way(connection):
    connection.execute("CREATE TABLE half_done (x INTEGER)")
    connection.execute("DELETE FROM suggestions")
    os._exit(9)  # the process dies with the transaction open

migrate(Path(sys.argv[1]), (*MIGRATIONS, Migration(LATEST + 1, "dies", die_half_way)))
"""


def test_a_process_killed_mid_migration_leaves_the_old_db_usable(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "user.db"
    shutil.copy(RELEASE_282C3AC, path)
    before = _rows(path)
    result = subprocess.run(
        [sys.executable, "-c", KILLED_MID_MIGRATION, str(path)], capture_output=True, timeout=60
    )
    assert result.returncode == 9
    assert _version(path) == 0 and _rows(path) == before
    user_db = open_user_db(path)
    user_db.engine.dispose()
    assert _version(path) == LATEST and _rows(path) == before


def test_a_db_with_saved_questions_and_history_upgrades_with_every_row(tmp_path: Path) -> None:
    """The previous release (data version 2): pending suggestions, saved questions and history
    all survive the step that adds the back/forward trail."""
    from healthref.core.userdata.history import History
    from healthref.core.userdata.saved import SavedQuestions
    from healthref.core.userdata.trail import TrailStore

    path = tmp_path / "user.db"
    shutil.copy(RELEASE_282C3AC, path)
    assert migrate(path, MIGRATIONS[:2]) == 2
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO saved_questions VALUES ('what-causes-sepsis', 'What causes sepsis?', "
        "'Infectious diseases', 'ask Dr A', '2026-11-01T09:00:00+00:00')"
    )
    connection.execute(
        "INSERT INTO history (slug, question, opened_at) VALUES "
        "('what-causes-sepsis', 'What causes sepsis?', '2099-01-01T09:00:00+00:00')"
    )
    connection.commit()
    connection.close()
    suggestions = _rows(path)
    user_db = open_user_db(path)
    try:
        assert _version(path) == LATEST
        assert _rows(path) == suggestions
        (item,) = SavedQuestions(user_db.engine).items()
        assert (item.slug, item.note, item.saved_at) == (
            "what-causes-sepsis",
            "ask Dr A",
            "2026-11-01T09:00:00+00:00",
        )
        assert [v.slug for v in History(user_db.engine).visits()] == ["what-causes-sepsis"]
        assert TrailStore(user_db.engine).load() == ((), -1)
        assert Outbox(user_db.engine, "test").pending_count() == 3
    finally:
        user_db.engine.dispose()


def _open_and_save_at_once(path: Path, openers: int = 4) -> list[BaseException]:
    """Open the user DB at `path` from several threads at the same moment; half save a
    suggestion, half record a visit. Returns what each opener raised."""
    import threading

    from healthref.core.userdata.history import History

    errors: list[BaseException] = []
    start = threading.Barrier(openers)

    def open_and_save(opener: int) -> None:
        try:
            start.wait()
            user_db = open_user_db(path)
            try:
                if opener % 2:
                    Outbox(user_db.engine, "test").save(
                        f"how do I look after a burn on my hand {opener}", "", "", "en"
                    )
                else:
                    History(user_db.engine, 30).record("what-causes-sepsis", "Sepsis?")
            finally:
                user_db.engine.dispose()
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_and_save, args=(n,)) for n in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def test_openers_at_once_all_save(tmp_path: Path) -> None:
    """The window opens the user DB from more than one background queue (reading history and
    the outbox) at the same moment: none may be told "database is locked", and a second opener
    that waited for the first one's migration must not run it again. Several fresh files,
    because the clash is a race."""
    for round_number in range(12):
        path = tmp_path / f"user-{round_number}.db"
        assert _open_and_save_at_once(path) == []
        assert _version(path) == LATEST
        with sqlite3.connect(path) as connection:
            (saved,) = connection.execute("SELECT count(*) FROM suggestions").fetchone()
            (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
        assert saved == 2 and mode == "wal"
