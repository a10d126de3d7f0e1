"""Search runs off the GUI thread and an older keystroke's result is never shown."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

from pytestqt.qtbot import QtBot

from healthref.core.content.database import open_content
from healthref.core.search.engine import SearchEngine
from healthref.core.search.results import SearchResult
from healthref.ui.main_window import MainWindow
from healthref.ui.search.worker import SearchRunner


class SlowFirstEngine(SearchEngine):
    """Holds one query until the test releases it, to race a later keystroke."""

    slow_query = "malaria"
    threads: ClassVar[set[str]] = set()
    started = threading.Event()
    release = threading.Event()
    finished: ClassVar[list[str]] = []

    def search(self, text: str, limit: int = 20, *, detail: int | None = None) -> SearchResult:
        SlowFirstEngine.threads.add(threading.current_thread().name)
        if text == self.slow_query:
            SlowFirstEngine.started.set()
            SlowFirstEngine.release.wait(10)
        result = super().search(text, limit, detail=detail)
        SlowFirstEngine.finished.append(text)
        return result


def test_twenty_fast_keystrokes_end_with_last_query(
    qtbot: QtBot, bundled_db: Path, window: MainWindow
) -> None:
    panel = window.search_panel
    seen_counts: list[int] = []
    panel.model.modelReset.connect(lambda: seen_counts.append(panel.model.rowCount()))
    query = "what causes sepsis i"
    assert len(query) == 20
    for char in query:
        qtbot.keyClicks(panel.search_box, char)
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    expected = SearchEngine(open_content(bundled_db, verify_checksum=False)).search(query, 50)
    shown = [panel.model.row_at(r).slug for r in range(panel.model.rowCount())]  # type: ignore[union-attr]
    assert shown == [h.slug for h in expected.hits]
    assert 0 not in seen_counts  # the list never flashed empty between keystrokes


def test_slow_old_result_never_overwrites_newer(
    qtbot: QtBot, bundled_db: Path, window: MainWindow
) -> None:
    runner = SearchRunner(lambda: SlowFirstEngine(open_content(bundled_db, verify_checksum=False)))
    try:
        delivered: list[str] = []
        runner.results.connect(lambda _g, result: delivered.append(result.query))
        runner.request("malaria")
        assert SlowFirstEngine.started.wait(10)  # the search thread is inside the slow query
        runner.request("measles")
        SlowFirstEngine.release.set()
        qtbot.waitUntil(lambda: "measles" in delivered, timeout=5000)
        # Both queries really ran, the slow one first, on the one search thread; results come
        # back in the order they finished, so a result of the slow query would be here already.
        assert SlowFirstEngine.finished == ["malaria", "measles"]
        assert delivered == ["measles"]
        assert threading.current_thread().name not in SlowFirstEngine.threads
    finally:
        runner.stop()


def test_empty_state_offers_did_you_mean(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "qqqzzzx")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty_state, timeout=5000)
    assert "No answer yet for “qqqzzzx”" in panel.empty_state.text()
    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, "xyzzyplugh menengitis")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    # The misspelt word is corrected, the nonsense kept, and the results are shown.
    assert panel.stack.currentWidget() is not panel.empty_state
    assert "Showing results for “xyzzyplugh meningitis”" in panel.notice.text()
    assert panel.model.row_at(0).slug == "what-are-the-signs-of-meningitis"  # type: ignore[union-attr]


def test_weak_results_are_labelled(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "gout flare diet")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    # Articles that only mention some of the words are listed, under a notice that says so.
    assert panel.stack.currentWidget() is not panel.empty_state
    assert panel.model.rowCount() > 0
    assert "No confident answer" in panel.notice.text()
    assert not panel.notice.isHidden()
