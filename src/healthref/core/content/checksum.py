"""Checksums that tie data/articles.db to its sources and detect a damaged or edited DB."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from healthref.core.content.sources import ArticleSource

_CHECKED_TABLES = (
    ("categories", "name, position", "position"),
    (
        "articles",
        "slug, question, category_id, quick_answer, key_facts_json, aliases_json, related_json, "
        "body_md, body_html, word_count, updated, reviewed, reviewed_by, source_hash",
        "slug",
    ),
    ("sources", "article_id, position, title, publisher, url, licence", "article_id, position"),
    ("synonyms", "group_id, term, stem_key", "group_id, term"),
)


def _canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def article_source_hash(article: ArticleSource) -> str:
    """A hash of everything an article file says (not where it lives)."""
    fields = asdict(article)
    fields.pop("path")
    return hashlib.sha256(_canonical(fields)).hexdigest()


def content_checksum(connection: sqlite3.Connection) -> str:
    """SHA-256 over the schema and every stored row that reaches a reader, in a fixed order."""
    digest = hashlib.sha256()
    for (sql,) in connection.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ):
        digest.update(sql.encode())
    for table, columns, order in _CHECKED_TABLES:
        digest.update(table.encode())
        for row in connection.execute(f"SELECT {columns} FROM {table} ORDER BY {order}"):
            digest.update(_canonical(list(row)))
    return digest.hexdigest()
