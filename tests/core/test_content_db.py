"""Each way the content DB can be unusable gets a clear, named problem; nothing is created."""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from healthref.core.content.database import ContentDBError, open_content
from healthref.core.content.store import ContentStore
from tests.conftest import BUNDLED_DB


def _kind(path: Path) -> str:
    with pytest.raises(ContentDBError) as caught:
        open_content(path)
    assert str(path) in caught.value.problem.one_line()
    return caught.value.problem.kind


def test_missing_file_is_reported_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "articles.db"
    assert _kind(path) == "missing"
    assert not path.exists()
    assert not path.parent.exists()


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "articles.db"
    path.write_bytes(b"")
    assert _kind(path) == "empty"


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "articles.db"
    path.write_text("these are not the articles you are looking for\n" * 20)
    assert _kind(path) == "not-a-database"


def test_some_other_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "articles.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    assert _kind(path) == "not-a-database"


def test_truncated(tmp_path: Path, bundled_db: Path) -> None:
    path = tmp_path / "articles.db"
    data = bundled_db.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert _kind(path) == "truncated"


def test_wrong_schema_version(tmp_path: Path, bundled_db: Path) -> None:
    path = tmp_path / "articles.db"
    shutil.copy(bundled_db, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    connection.commit()
    connection.close()
    assert _kind(path) == "wrong-version"


def _tables(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'meta' ORDER BY name"
            )
        ]
    finally:
        connection.close()


def test_every_table_a_reader_sees_is_checked(bundled_db: Path) -> None:
    # The search index's own tables (FTS shadow tables, terms, vocabulary) are covered too.
    tables = set(_tables(bundled_db))
    assert {"articles", "categories", "synonyms", "vocabulary", "article_terms"} <= tables
    assert {"article_fts_data", "article_fts_docsize", "article_fts_idx"} <= tables
    assert "record_dictionary" in tables
    # Each text is stored once: the FTS index keeps no copy of the articles' text.
    assert "article_fts_content" not in tables


@pytest.mark.parametrize("table", _tables(BUNDLED_DB))
def test_an_edited_row_in_any_table_is_named(tmp_path: Path, table: str) -> None:
    path = tmp_path / "articles.db"
    shutil.copy(BUNDLED_DB, path)
    connection = sqlite3.connect(path)
    # Change one value of the first row, whatever the table's columns are.
    columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
    first = connection.execute(f'SELECT * FROM "{table}" LIMIT 1').fetchone()
    assert first is not None, f"{table} is empty"
    where = " AND ".join(f'"{column}" IS ?' for column in columns)
    target = columns[-1]
    connection.execute(
        f'UPDATE "{table}" SET "{target}" = CASE WHEN typeof("{target}") = \'integer\' '
        f'THEN "{target}" + 1 ELSE "{target}" || \'x\' END WHERE {where}',
        first,
    )
    connection.commit()
    connection.close()
    with pytest.raises(ContentDBError) as caught:
        ContentStore.open(path)
    assert caught.value.problem.kind == "checksum"
    assert f"changed: {table}" in caught.value.problem.detail
    doctor = subprocess.run(
        [
            sys.executable,
            "-m",
            "healthref",
            "--content-db",
            str(path),
            "--home",
            str(tmp_path / "home"),
            "doctor",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert doctor.returncode == 1
    assert table in doctor.stdout and "FAIL content database" in doctor.stdout


def test_install_path_with_hash_and_question_mark(tmp_path: Path, bundled_db: Path) -> None:
    folder = tmp_path / "odd #1 ?dir"
    folder.mkdir()
    path = folder / "articles.db"
    shutil.copy(bundled_db, path)
    store = ContentStore.open(path)
    try:
        assert store.article("what-causes-sepsis") is not None
    finally:
        store.close()


def test_read_only_install_dir_works_and_gains_no_journal_files(
    tmp_path: Path, bundled_db: Path
) -> None:
    # As root the permissions do not stop writes, so the folder listing is the proof.
    folder = tmp_path / "install"
    folder.mkdir()
    path = folder / "articles.db"
    shutil.copy(bundled_db, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    try:
        store = ContentStore.open(path)
        from healthref.core.search.engine import SearchEngine

        assert SearchEngine(store.connection).search("sepsis").hits
        assert store.article("what-causes-sepsis") is not None
        store.close()
        assert sorted(p.name for p in folder.iterdir()) == ["articles.db"]
    finally:
        folder.chmod(stat.S_IRWXU)
