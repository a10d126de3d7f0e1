"""Keyboard only, from start to finish: search, open, follow a related link, find a word,
go back, suggest a question and reach every menu action — no mouse event anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from healthref.ui.main_window import MainWindow
from tests.ui.conftest import wait_for_first

SLUG = "how-is-heatstroke-treated"
# Menus opened offscreen: the platform cannot raise them or grab the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


class NoMouse(QObject):
    """Counts every mouse event the application sees."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        ):
            self.seen += 1
        return False


def _tab_to_article_link(qtbot: QtBot, window: MainWindow) -> str:
    answer = window.answer
    answer.setFocus()
    for _ in range(80):
        qtbot.keyClick(answer, Qt.Key.Key_Tab)
        href = answer.textCursor().charFormat().anchorHref()
        if href.startswith("article:"):
            return href.removeprefix("article:")
    raise AssertionError("no related link reachable with Tab")


def test_a_whole_visit_without_a_mouse(qtbot: QtBot, window: MainWindow) -> None:
    watcher = NoMouse()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        box = window.search_panel.search_box
        assert box.hasFocus()
        qtbot.keyClicks(box, "heatstroke")
        wait_for_first(qtbot, window, SLUG)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert window.answer.current_slug == SLUG
        # Backspace with a query typed edits the query; it never goes back.
        window.search_panel.list_view.setFocus()
        qtbot.keyClick(window.search_panel.list_view, Qt.Key.Key_Backspace)
        assert box.text() == "heatstrok" and window.answer.current_slug == SLUG

        related = _tab_to_article_link(qtbot, window)
        assert window.answer.hasFocus()
        qtbot.keyClick(window.answer, Qt.Key.Key_Return)
        assert window.answer.current_slug == related

        qtbot.keyClick(window.answer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        bar = window.reading.find_bar
        qtbot.keyClicks(bar.field, "the")
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
        assert bar.count.text().startswith("2 of ")
        qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
        assert not bar.isVisible() and window.answer.hasFocus()

        qtbot.keyClick(window.answer, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert window.answer.current_slug == SLUG

        _suggest_by_keyboard(qtbot, window)
        _every_menu_action(qtbot, window)
    finally:
        app.removeEventFilter(watcher)
    assert watcher.seen == 0


def _suggest_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    actions = window.suggestions
    assert actions is not None
    qtbot.keyClick(
        window.answer,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: actions.dialog is not None and actions.dialog.isVisible(), timeout=10_000
    )
    dialog = actions.dialog
    assert dialog is not None
    dialog.question.setFocus()
    qtbot.keyClicks(dialog.question, "How do I keep a baby cool in a heatwave at night?")
    qtbot.keyClick(dialog.question, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "Our clinic has no fan.")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Tab)  # leaves the note: no Tab trap
    assert dialog.focusWidget() is dialog.category
    for _ in range(2):  # Enter saves (the second time past any "did you mean" offer)
        if dialog.pages.currentIndex() == 1:
            break
        qtbot.keyClick(dialog.category, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.pages.currentIndex() == 1, dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _every_menu_action(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+letter opens each menu; the arrow keys reach every enabled action in it."""
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        letter = top.text()[top.text().index("&") + 1]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(
            window.focusWidget() or window,
            getattr(Qt.Key, f"Key_{letter.upper()}"),
            Qt.KeyboardModifier.AltModifier,
        )
        qtbot.waitUntil(menu.isVisible)
        wanted = {a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()}
        reached: set[str] = set()
        for _ in range(len(menu.actions()) + 1):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            active = menu.activeAction()
            if active is not None:
                reached.add(active.text())
        assert wanted <= reached, (top.text(), wanted - reached)
        qtbot.keyClick(menu, Qt.Key.Key_Escape)
        if menu.isVisible():
            menu.hide()
