"""A large corpus gets an index of two-letter prefixes (a word's first letters are searched
on every keystroke); it makes search quicker there and changes no result."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

import healthref.core.search.indexer as indexer
from healthref.core.build.builder import build_content_db
from healthref.core.search.engine import SearchEngine
from tests.conftest import CONTENT, REPO, SHARED


def _fts_sql(db: Path) -> str:
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'article_fts'"
        ).fetchone()
    return str(row[0])


def _typed() -> list[str]:
    """Every start of the first development queries, as someone types them."""
    shared = SHARED / "eval" / "dev-queries.tsv"
    path = shared if shared.exists() else REPO / "tests" / "data" / "dev-queries.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        queries = [row["query"] for row in csv.DictReader(handle, delimiter="\t")][:40]
    return [query[:end] for query in queries for end in range(1, len(query) + 1)]


def test_a_large_corpus_s_prefix_index_changes_no_result(
    tmp_path: Path, bundled_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "prefix" not in _fts_sql(bundled_db)  # 124 articles: not worth its size
    monkeypatch.setattr(indexer, "PREFIX_INDEX_FROM", 100)  # count the bundled ones as large
    prefixed = tmp_path / "prefixed.db"
    build_content_db(CONTENT, prefixed)
    assert "prefix = '2'" in _fts_sql(prefixed)
    plain = SearchEngine(sqlite3.connect(bundled_db))
    indexed = SearchEngine(sqlite3.connect(prefixed))
    for text in _typed():
        assert indexed.search(text, 50) == plain.search(text, 50), text
