"""Checksums that tie data/articles.db to its sources and detect a damaged or edited DB: every
table a reader can see is covered, the search index's shadow tables included."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator

from healthref.core.content.article import Article

# The meta table holds the checksum itself; it is checked field by field instead.
UNCHECKED_TABLES = frozenset({"meta"})


def _canonical(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def article_source_hash(article: Article) -> str:
    """A hash of everything an article file says (not where it lives)."""
    return hashlib.sha256(article.to_json().encode()).hexdigest()


def checked_tables(connection: sqlite3.Connection) -> list[str]:
    """Every stored table a reader's answer can come from, in a fixed order."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    )
    return [name for (name,) in rows if name not in UNCHECKED_TABLES]


def table_rows(connection: sqlite3.Connection, table: str) -> Iterator[bytes]:
    """The table's rows, canonically encoded, in a fixed order. Each value is read as its
    type and bytes, so a damaged value is still hashed rather than failing to decode."""
    quoted = '"' + table.replace('"', '""') + '"'
    names = [row[1] for row in connection.execute(f"PRAGMA table_info({quoted})")]
    cells = ", ".join(f'typeof("{n}"), hex("{n}")' for n in names)
    order = ", ".join(str(n) for n in range(2, 2 * len(names) + 1, 2))
    for row in connection.execute(f"SELECT {cells} FROM {quoted} ORDER BY {order}"):
        yield "\x1f".join(row).encode()


def table_checksum(connection: sqlite3.Connection, table: str) -> str:
    """SHA-256 of one table's rows."""
    digest = hashlib.sha256(table.encode())
    for encoded in table_rows(connection, table):
        digest.update(encoded)
    return digest.hexdigest()


def table_checksums(connection: sqlite3.Connection) -> dict[str, str]:
    """SHA-256 per checked table; `doctor` uses these to name the table that changed."""
    return {table: table_checksum(connection, table) for table in checked_tables(connection)}


def content_checksum(connection: sqlite3.Connection) -> str:
    """SHA-256 over the schema and every checked table, in a fixed order."""
    digest = hashlib.sha256()
    for (sql,) in connection.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ):
        digest.update(sql.encode())
    for table, checksum in table_checksums(connection).items():
        digest.update(f"{table}:{checksum}".encode())
    return digest.hexdigest()
