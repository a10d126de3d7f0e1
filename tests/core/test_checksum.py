"""The content checksum: every change a reader could see changes it; nothing else does."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from healthref.core.content.checksum import (
    checked_tables,
    content_checksum,
    table_checksum,
    table_checksums,
    table_rows,
)
from healthref.core.content.database import open_content


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.executescript(
            """
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE b_rows (a TEXT, b TEXT);
            CREATE TABLE a_rows (a TEXT, b TEXT);
            CREATE VIRTUAL TABLE words USING fts5(text);
            INSERT INTO meta VALUES ('content_checksum', 'x');
            INSERT INTO a_rows VALUES ('ab', 'c'), ('z', 'y');
            INSERT INTO b_rows VALUES ('ab', 'c'), ('z', 'y');
            INSERT INTO words VALUES ('fever');
            """
        )
        yield connection


def test_the_bundled_db_matches_the_checksum_it_was_built_with(bundled_db: Path) -> None:
    connection = open_content(bundled_db, verify_checksum=False)
    try:
        (stored,) = connection.execute(
            "SELECT value FROM meta WHERE key = 'content_checksum'"
        ).fetchone()
        assert content_checksum(connection) == stored
    finally:
        connection.close()


def test_checked_tables_skip_meta_virtual_and_sqlite_tables(db: sqlite3.Connection) -> None:
    tables = checked_tables(db)
    assert tables[:2] == ["a_rows", "b_rows"]  # sorted
    assert "meta" not in tables and "words" not in tables
    assert not [t for t in tables if t.startswith("sqlite_")]
    assert {"words_data", "words_idx", "words_content"} <= set(tables)  # FTS5's own rows
    assert set(table_checksums(db)) == set(tables)


def test_the_same_rows_in_any_order_give_the_same_checksum(db: sqlite3.Connection) -> None:
    before = table_checksum(db, "a_rows")
    rows = db.execute("SELECT a, b FROM a_rows").fetchall()
    db.execute("DELETE FROM a_rows")
    db.executemany("INSERT INTO a_rows VALUES (?, ?)", list(reversed(rows)))
    assert table_checksum(db, "a_rows") == before


def test_the_rows_are_sorted_by_every_column(db: sqlite3.Connection) -> None:
    db.execute("DELETE FROM a_rows")
    db.executemany("INSERT INTO a_rows VALUES (?, ?)", [("k", "2"), ("k", "1")])
    first = table_checksum(db, "a_rows")
    db.execute("DELETE FROM a_rows")
    db.executemany("INSERT INTO a_rows VALUES (?, ?)", [("k", "1"), ("k", "2")])
    assert table_checksum(db, "a_rows") == first


def test_the_row_order_is_each_columns_bytes_in_turn(db: sqlite3.Connection) -> None:
    # The order is part of the checksum that built DBs and signed packs carry: rows compare on
    # the first column's bytes, then the next column's bytes (never on the type names).
    db.execute("DELETE FROM a_rows")
    db.executemany("INSERT INTO a_rows VALUES (?, ?)", [("k", b"9"), ("k", "0")])
    assert list(table_rows(db, "a_rows")) == [
        b"text\x1f6B\x1ftext\x1f30",  # "0": hex 30, before
        b"text\x1f6B\x1fblob\x1f39",  # the bytes of "9": hex 39, though "blob" < "text"
    ]


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE a_rows SET b = 'd' WHERE a = 'ab'",
        "UPDATE a_rows SET a = 'a', b = 'bc' WHERE a = 'ab'",  # same text, moved between columns
        "UPDATE a_rows SET b = 1 WHERE a = 'z'",  # same look, another type
        "INSERT INTO a_rows VALUES ('ab', 'c')",  # a duplicate row
        "DELETE FROM a_rows WHERE a = 'z'",
        "UPDATE a_rows SET b = NULL WHERE a = 'z'",
    ],
)
def test_any_change_to_a_row_changes_the_checksum(db: sqlite3.Connection, change: str) -> None:
    before_table, before_all = table_checksum(db, "a_rows"), content_checksum(db)
    db.execute(change)
    assert table_checksum(db, "a_rows") != before_table
    assert content_checksum(db) != before_all


def test_a_different_type_with_the_same_bytes_is_a_change(db: sqlite3.Connection) -> None:
    before = table_checksum(db, "a_rows")
    db.execute("UPDATE a_rows SET b = CAST('y' AS BLOB) WHERE a = 'z'")  # hex('y') unchanged
    assert table_checksum(db, "a_rows") != before


def test_the_table_name_is_part_of_its_checksum(db: sqlite3.Connection) -> None:
    assert table_checksum(db, "a_rows") != table_checksum(db, "b_rows")  # same rows


def test_a_damaged_value_is_still_hashed(db: sqlite3.Connection) -> None:
    db.execute("UPDATE a_rows SET b = CAST(x'fffe' AS TEXT) WHERE a = 'z'")
    assert len(table_checksum(db, "a_rows")) == 64


def test_meta_is_checked_field_by_field_not_here(db: sqlite3.Connection) -> None:
    before = content_checksum(db)
    db.execute("UPDATE meta SET value = 'something else'")
    assert content_checksum(db) == before


def test_a_schema_change_alone_changes_the_checksum(db: sqlite3.Connection) -> None:
    before = content_checksum(db)
    db.execute("CREATE INDEX a_rows_b ON a_rows (b)")
    assert content_checksum(db) != before


def test_the_checksum_covers_each_table_under_its_name(db: sqlite3.Connection) -> None:
    before = content_checksum(db)
    db.execute("ALTER TABLE b_rows RENAME TO c_rows")
    db.execute("DROP TABLE c_rows")
    db.execute("CREATE TABLE b_rows (a TEXT, b TEXT)")  # same schema text, no rows
    assert content_checksum(db) != before


def test_a_table_name_with_a_quote(db: sqlite3.Connection) -> None:
    db.execute('CREATE TABLE "odd""name" (x TEXT)')
    db.execute('INSERT INTO "odd""name" VALUES (\'v\')')
    assert 'odd"name' in checked_tables(db)
    assert len(table_checksums(db)['odd"name']) == 64
