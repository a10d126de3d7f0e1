"""run_window in-process: the window is shown at once and the articles are checked in the
background; a damaged DB turns into the error page, a broken settings file is said."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.settings.file import SettingsError
from healthref.ui import app as app_module
from healthref.ui.main_window import MainWindow
from healthref.ui.reading.error_page import ContentErrorPage

Seen = list[tuple[str, str]]  # (class of each window on screen, its status bar or page text)


def _on_screen() -> Seen:
    seen: Seen = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            page = widget.centralWidget()
            text = page.browser.toPlainText() if isinstance(page, ContentErrorPage) else ""
            seen.append((type(widget).__name__, text or widget.statusBar().currentMessage()))
    return seen


@pytest.fixture
def event_loop(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Seen]]:
    """Stands in for app.exec(): waits for the first paint and for the background check of the
    articles that follows it, notes what is on screen before and after, and returns 0."""
    snapshots: list[Seen] = []

    def run_until_checked() -> int:
        snapshots.append(_on_screen())
        # Only the window run_window opened: earlier tests' closed windows may still exist.
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        # The check starts once the first frame is painted and search is idle, then runs in
        # the background.
        qtbot.waitUntil(
            lambda: all(
                w.first_paint.done and not w.first_paint.idle_steps_left() for w in windows
            ),
            timeout=30_000,
        )
        qtbot.waitUntil(lambda: not any(w.tasks.busy() for w in windows), timeout=30_000)
        qtbot.wait(0)  # let the failure handler's window changes run
        snapshots.append(_on_screen())
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(run_until_checked))
    handlers = list(logging.getLogger("healthref").handlers)
    yield snapshots
    logger = logging.getLogger("healthref")
    for handler in [h for h in logger.handlers if h not in handlers]:
        logger.removeHandler(handler)
        handler.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            if isinstance(widget, MainWindow):
                widget.policy.exit_authorised = True
            widget.close()
            widget.deleteLater()


def _copy_db(tmp_path: Path, bundled_db: Path, change: str = "") -> Path:
    path = tmp_path / "install" / "articles.db"
    path.parent.mkdir()
    shutil.copy(bundled_db, path)
    if change:
        with closing(sqlite3.connect(path)) as connection:
            connection.execute(change)
            connection.commit()
    return path


def test_the_window_opens_and_the_articles_check_out(
    event_loop: list[Seen], app_paths: paths.AppPaths
) -> None:
    assert app_module.run_window(app_paths) == 0
    before, after = event_loop
    assert [kind for kind, _ in before] == ["MainWindow"]
    assert [kind for kind, _ in after] == ["MainWindow"]
    assert "checking the articles" not in after[0][1]
    assert (app_paths.log_dir / "healthref.log").exists()


def test_a_changed_db_becomes_the_error_page_after_the_check(
    event_loop: list[Seen], tmp_path: Path, bundled_db: Path
) -> None:
    path = _copy_db(tmp_path, bundled_db, "UPDATE articles SET question = 'Edited?' WHERE id = 1")
    app_paths = paths.resolve(content_db=path, home=tmp_path / "home")
    assert app_module.run_window(app_paths) == 0
    before, after = event_loop
    assert [kind for kind, _ in before] == ["MainWindow"]  # shown at once, checked later
    assert len(after) == 1 and after[0][0] != "MainWindow"
    assert "changed or damaged" in after[0][1]


def test_a_failing_check_is_shown_in_the_window(
    event_loop: list[Seen], app_paths: paths.AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> None:
        raise OSError("disk read error")

    monkeypatch.setattr(app_module, "verify_content", broken)
    assert app_module.run_window(app_paths) == 0
    (_kind, message), *_rest = event_loop[1]
    assert _kind == "MainWindow"
    assert "checking the articles" in message and "disk read error" in message


def test_a_broken_settings_file_is_said_on_the_desktop(
    event_loop: list[Seen], app_paths: paths.AppPaths
) -> None:
    app_paths.home.mkdir(parents=True, exist_ok=True)
    app_paths.settings.write_text("[sync\nurl = 'x'\n")
    assert app_module.run_window(app_paths) == 0
    (kind, message), *_rest = event_loop[0]
    assert kind == "MainWindow" and message.startswith("Settings not used:")


def test_a_broken_settings_file_stops_a_kiosk(
    event_loop: list[Seen], app_paths: paths.AppPaths
) -> None:
    app_paths.home.mkdir(parents=True, exist_ok=True)
    app_paths.settings.write_text("[sync\nurl = 'x'\n")
    with pytest.raises(SettingsError):  # an operator must fix it
        app_module.run_window(app_paths, kiosk_mode=True)
    assert event_loop == []  # no window was ever shown
