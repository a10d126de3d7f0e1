"""Fixtures for window tests: a real window on the bundled articles, with a throwaway home."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow


@pytest.fixture
def app_paths(tmp_path: Path, bundled_db: Path) -> paths.AppPaths:
    return paths.resolve(content_db=bundled_db, home=tmp_path / "home")


@pytest.fixture
def window(qtbot: QtBot, app_paths: paths.AppPaths) -> Iterator[MainWindow]:
    built = build_window(app_paths)
    assert isinstance(built, MainWindow)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()


def wait_for_first(qtbot: QtBot, window: MainWindow, slug: str, timeout: int = 5000) -> None:
    panel = window.search_panel
    qtbot.waitUntil(
        lambda: panel.current_slug() == slug and not panel.search_pending(), timeout=timeout
    )
