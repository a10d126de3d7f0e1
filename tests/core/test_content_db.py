"""Each way the content DB can be unusable gets a clear, named problem; nothing is created."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from healthref.core.content.database import ContentDBError, open_content
from healthref.core.content.store import ContentStore


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


def test_checksum_mismatch(tmp_path: Path, bundled_db: Path) -> None:
    path = tmp_path / "articles.db"
    shutil.copy(bundled_db, path)
    connection = sqlite3.connect(path)
    connection.execute(
        "UPDATE articles SET quick_answer = 'Drink bleach.' WHERE slug = 'what-causes-sepsis'"
    )
    connection.commit()
    connection.close()
    assert _kind(path) == "checksum"


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
