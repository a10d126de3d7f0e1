"""The builder is deterministic, and `build --check` names what changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from healthref.core.build.builder import build_content_db
from healthref.core.build.check import stale_reasons
from healthref.core.content.schema import APPLICATION_ID, SCHEMA_VERSION


def test_two_builds_are_identical(make_content: Callable[..., Path], tmp_path: Path) -> None:
    content = make_content()
    first = build_content_db(content, tmp_path / "one.db")
    second = build_content_db(content, tmp_path / "two.db")
    assert first.checksum == second.checksum
    assert (tmp_path / "one.db").read_bytes() == (tmp_path / "two.db").read_bytes()


def test_built_db_is_marked_and_uses_delete_journal(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    out = tmp_path / "articles.db"
    result = build_content_db(make_content(), out)
    assert result.article_count == 3
    connection = sqlite3.connect(out)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        assert meta["schema_version"] == str(SCHEMA_VERSION)
        assert meta["content_checksum"] == result.checksum
        hits = connection.execute(
            "SELECT rowid FROM article_fts WHERE article_fts MATCH '\"beta\"'"
        ).fetchall()
        assert hits
    finally:
        connection.close()


def test_check_passes_when_current(make_content: Callable[..., Path], tmp_path: Path) -> None:
    content = make_content()
    build_content_db(content, tmp_path / "articles.db")
    assert stale_reasons(content, tmp_path / "articles.db") == []


def test_check_names_the_edited_file(make_content: Callable[..., Path], tmp_path: Path) -> None:
    content = make_content()
    db = tmp_path / "articles.db"
    build_content_db(content, db)
    article = content / "articles" / "beta.md"
    article.write_text(article.read_text().replace("Fact two.", "Fact two, edited."))
    reasons = stale_reasons(content, db)
    assert len(reasons) == 1
    assert "beta.md changed" in reasons[0]


def test_check_names_new_and_removed_files(
    make_content: Callable[..., Path], tmp_path: Path
) -> None:
    content = make_content()
    db = tmp_path / "articles.db"
    build_content_db(content, db)
    (content / "articles" / "gamma.md").rename(content / "articles" / "delta.md")
    (content / "articles" / "alpha.md").write_text(
        (content / "articles" / "alpha.md").read_text().replace('"gamma"', '"delta"')
    )
    (content / "articles" / "beta.md").write_text(
        (content / "articles" / "beta.md").read_text().replace('"gamma"', '"delta"')
    )
    (content / "articles" / "delta.md").write_text(
        (content / "articles" / "delta.md").read_text().replace('"beta"', '"alpha"', 1)
    )
    text = "\n".join(stale_reasons(content, db))
    assert "delta.md is new" in text
    assert "gamma.md was removed" in text


def test_check_notices_synonym_changes(make_content: Callable[..., Path], tmp_path: Path) -> None:
    content = make_content()
    db = tmp_path / "articles.db"
    build_content_db(content, db)
    (content / "synonyms.toml").write_text('[[group]]\nterms = ["a thing", "b thing"]\n')
    reasons = stale_reasons(content, db)
    assert reasons and "synonyms.toml" in reasons[0]


def test_builds_are_byte_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import CONTENT

    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed / "articles.db"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "healthref",
                "build",
                "--content",
                str(CONTENT),
                "--out",
                str(out),
            ],
            check=True,
            capture_output=True,
            env=env,
            timeout=300,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
