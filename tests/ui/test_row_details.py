"""Rows below the first screenful get their snippet when scrolled into view."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from healthref.core.content.database import open_content
from healthref.core.search import engine as core_engine
from healthref.core.search.engine import SearchEngine
from healthref.ui.main_window import MainWindow
from healthref.ui.search import worker


def test_the_window_searches_a_screenful_as_core_defines_it() -> None:
    assert worker.SCREENFUL == core_engine.SCREENFUL


def test_scrolling_to_the_bottom_fills_in_the_last_snippets(
    qtbot: QtBot, bundled_db: Path, window: MainWindow
) -> None:
    panel = window.search_panel
    query = "pain"
    qtbot.keyClicks(panel.search_box, query)
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    model = panel.model
    count = model.rowCount()
    assert count > worker.SCREENFUL + 20
    expected = SearchEngine(open_content(bundled_db, verify_checksum=False)).search(query, 50)
    snippets = {h.slug: h.snippet for h in expected.hits}
    first, last = model.row_at(0), model.row_at(count - 1)
    assert first is not None and first.snippet == snippets[first.slug]
    assert last is not None and not last.detailed and not last.snippet  # not made yet

    panel.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(count - 1).detailed, timeout=5000)  # type: ignore[union-attr]
    last = model.row_at(count - 1)
    assert last is not None and last.snippet and last.snippet == snippets[last.slug]
    shown = model.data(model.index(count - 1), model.SnippetRole)
    assert shown == snippets[last.slug]

    panel.reset_for_new_visitor()
    assert panel.row_details.result is None  # the visitor's query is not kept
