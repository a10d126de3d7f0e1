"""An unusable articles DB gets a clear page naming the file — and nothing is created."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow
from healthref.ui.reading.error_page import ContentErrorPage


def _damage(kind: str, path: Path, bundled_db: Path) -> None:
    if kind == "missing":
        return
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "not-a-database":
        path.write_bytes(b"PK\x03\x04 this is a zip file, not articles" * 50)
    elif kind == "truncated":
        path.write_bytes(bundled_db.read_bytes()[:100_000])
    else:
        shutil.copy(bundled_db, path)
        connection = sqlite3.connect(path)
        if kind == "wrong-version":
            connection.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
        else:
            connection.execute("UPDATE articles SET question = 'Is bleach a cure?' WHERE id = 1")
        connection.commit()
        connection.close()


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("missing", "missing"),
        ("empty", "empty"),
        ("not-a-database", "not a healthref database"),
        ("truncated", "damaged"),
        ("wrong-version", "another version"),
        ("checksum", "changed or damaged"),
    ],
)
def test_failure_screen(
    qtbot: QtBot, tmp_path: Path, bundled_db: Path, kind: str, title: str
) -> None:
    path = tmp_path / "install" / "articles.db"
    path.parent.mkdir()
    _damage(kind, path, bundled_db)
    window = build_window(paths.resolve(content_db=path, home=tmp_path / "home"), verify_now=True)
    qtbot.addWidget(window)
    window.show()
    assert not isinstance(window, MainWindow)
    page = window.centralWidget()
    assert isinstance(page, ContentErrorPage)
    text = page.browser.toPlainText()
    assert title in text
    assert str(path) in text
    assert "What to do" in text
    if kind == "missing":
        assert list(path.parent.iterdir()) == []
