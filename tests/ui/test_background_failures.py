"""Work off the GUI thread that fails is seen by the user; windows close cleanly with work
still running; the answer pane never keeps an answer the search no longer supports."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from healthref.core.search.engine import SearchEngine
from healthref.core.search.results import Hit, SearchResult
from healthref.core.suggestions.sync import SyncReport
from healthref.ui.main_window import MainWindow


def _hit(slug: str, question: str, *, weak: bool) -> Hit:
    return Hit(slug, question, "Infectious diseases", 1.0, "", weak, 4, (), ())


def test_a_search_engine_that_raises_is_shown_and_clears_stale_results(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "malaria")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and not panel.search_pending())

    def broken(
        self: SearchEngine, text: str, limit: int = 20, *, detail: int | None = None
    ) -> SearchResult:
        raise RuntimeError("the search index is damaged")

    monkeypatch.setattr(SearchEngine, "search", broken)
    qtbot.keyClicks(panel.search_box, " fever")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty_state, timeout=5000)
    assert "Search failed: the search index is damaged" in panel.empty_state.text()
    assert panel.model.rowCount() == 0  # malaria's results are gone
    assert not panel.search_pending()


def test_a_weak_first_hit_is_never_opened_and_the_banner_offers_a_suggestion(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_article("what-causes-sepsis")
    weak = SearchResult(
        "how to fix my car",
        (_hit("how-do-i-do-cpr-on-an-adult", "How do I do CPR on an adult?", weak=True),),
    )
    monkeypatch.setattr(SearchEngine, "search", lambda self, text, limit=20, detail=None: weak)
    panel = window.search_panel
    panel.search_box.setText("how to fix my car")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and not panel.search_pending())
    qtbot.wait(400)  # longer than the list's follow delay
    assert window.answer.current_slug is None  # neither the weak hit nor the old article
    assert "sepsis" not in window.answer.toPlainText().casefold()
    assert window.reading.banner.isVisible()
    assert "No article answers this yet" in window.reading.banner_text.text()
    window.reading.suggest_button.click()
    assert window.suggestions is not None
    qtbot.waitUntil(lambda: window.suggestions.dialog is not None)  # type: ignore[union-attr]
    assert window.suggestions.dialog.question.text() == "how to fix my car"  # type: ignore[union-attr]


def test_no_match_returns_the_answer_pane_to_its_empty_state(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_article("what-causes-sepsis")
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "qqqzzzx")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty_state, timeout=5000)
    assert window.answer.current_slug is None
    assert "Health answers, offline" in window.answer.toPlainText()


def test_a_confident_first_hit_still_opens(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_panel.search_box, "what causes sepsis")
    qtbot.waitUntil(lambda: window.answer.current_slug == "what-causes-sepsis", timeout=5000)
    assert not window.reading.banner.isVisible()


def test_a_failed_sync_is_said_in_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    assert window.suggestions is not None
    window.suggestions.service.sync_finished.emit(SyncReport(error="could not reach the server"))
    message = window.statusBar().currentMessage()
    assert "Suggestions not sent: could not reach the server" in message


def test_a_background_task_failure_reaches_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    def fails() -> None:
        raise OSError("disk unplugged")

    window.tasks.run("reading your history", fails)
    qtbot.waitUntil(lambda: "disk unplugged" in window.statusBar().currentMessage())
    assert "reading your history" in window.statusBar().currentMessage()


CLOSE_WITH_WORK = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from healthref import paths
from healthref.ui.app import build_window
app = QApplication([])
window = build_window(paths.resolve(home=Path(sys.argv[1])))
window.show()
window.tasks.run("a slow task", lambda: time.sleep(1.5))
window.runner.tasks.run("a slow search", lambda: time.sleep(1.5))
window.search_panel.search_box.setText("malaria")
QTimer.singleShot(200, window.close)
QTimer.singleShot(300, app.quit)
sys.exit(app.exec())
"""


def _run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_closing_the_window_with_work_in_flight_exits_cleanly(tmp_path: Path) -> None:
    result = _run(CLOSE_WITH_WORK, str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "QThread: Destroyed" not in result.stderr


CLOSE_THE_DAMAGED_PAGE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from healthref import paths
from healthref.ui import app as ui_app
from healthref.ui.reading.error_page import ContentErrorPage

def close_the_error_page():
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.findChildren(ContentErrorPage):
            print("error page shown", flush=True)
            widget.close()
            return
    QTimer.singleShot(50, close_the_error_page)

QApplication.instance() or QApplication([])
QTimer.singleShot(50, close_the_error_page)
from pathlib import Path
sys.exit(ui_app.run_window(paths.resolve(content_db=Path(sys.argv[1]), home=Path(sys.argv[2]))))
"""


def test_closing_the_changed_or_damaged_page_exits_cleanly(
    tmp_path: Path, bundled_db: Path
) -> None:
    damaged = tmp_path / "articles.db"
    shutil.copy(bundled_db, damaged)
    connection = sqlite3.connect(damaged)
    connection.execute("UPDATE articles SET question = 'Is bleach a cure?' WHERE id = 1")
    connection.commit()
    connection.close()
    result = _run(CLOSE_THE_DAMAGED_PAGE, str(damaged), str(tmp_path / "home"))
    assert "error page shown" in result.stdout, result.stderr
    assert result.returncode == 0, result.stderr
    assert "QThread: Destroyed" not in result.stderr


def test_a_broken_settings_file_is_said_not_dropped(tmp_path: Path) -> None:
    from healthref import paths
    from healthref.core.settings.file import SettingsError
    from healthref.ui.launch_settings import launch_settings

    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(
        '[sync]\nurl = "https://intake.example.org"\ninterval_minutes = "often"\n'
        "[kiosk]\nidle_seconds = 12.9\n",
        encoding="utf-8",
    )
    app_paths = paths.resolve(home=home)
    settings, kiosk, problem = launch_settings(app_paths, None, kiosk_mode=False)
    assert kiosk is None and settings.sync.url == ""  # defaults: nothing is sent
    assert "interval_minutes must be a number" in problem and str(home) in problem
    with pytest.raises(SettingsError):
        launch_settings(app_paths, None, kiosk_mode=True)  # a kiosk refuses to start
