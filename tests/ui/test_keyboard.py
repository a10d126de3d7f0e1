"""Everything works without a mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from healthref.ui.main_window import MainWindow


def test_down_up_move_through_list_from_search_box(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "malaria")
    qtbot.waitUntil(lambda: not panel.search_pending() and panel.model.rowCount() > 2)
    assert panel.list_view.currentIndex().row() == 0
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    assert panel.list_view.currentIndex().row() == 2
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Up)
    assert panel.list_view.currentIndex().row() == 1
    assert panel.search_box.hasFocus() or window.focusWidget() is panel.search_box


def test_enter_opens_the_selected_question(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "snake bite")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.answer.current_slug == "what-should-i-do-after-a-snakebite")


def test_escape_clears_query_then_category(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.category.setCurrentIndex(panel.category.findData("First aid and emergencies"))
    qtbot.keyClicks(panel.search_box, "burn")
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.search_box.text() == ""
    assert panel.category.currentIndex() != 0
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.category.currentIndex() == 0
    assert panel.model.rowCount() == 124


def test_ctrl_k_and_ctrl_l_focus_search(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    for shortcut in ("Ctrl+K", "Ctrl+L"):
        window.answer.setFocus()
        qtbot.waitUntil(lambda: window.answer.hasFocus())
        qtbot.keySequence(window, shortcut)
        qtbot.waitUntil(lambda: panel.search_box.hasFocus())


def test_typing_anywhere_goes_to_search(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.list_view.setFocus()
    qtbot.waitUntil(lambda: panel.list_view.hasFocus())
    qtbot.keyClicks(panel.list_view, "tb")
    assert panel.search_box.text() == "tb"
    assert panel.search_box.hasFocus()
    window.answer.setFocus()
    qtbot.keyClicks(window.answer, "x")
    assert panel.search_box.text() == "tbx"


def test_back_and_forward_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.open_article("what-causes-sepsis")
    window.open_article("what-is-measles-and-why-is-it-dangerous")
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.answer.current_slug == "what-causes-sepsis"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.answer.current_slug == "what-is-measles-and-why-is-it-dangerous"


def test_answer_follows_selection_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "malaria")
    qtbot.waitUntil(lambda: not panel.search_pending() and panel.model.rowCount() > 1)
    qtbot.keyClick(panel.search_box, Qt.Key.Key_Down)
    target = panel.current_slug()
    qtbot.waitUntil(lambda: window.answer.current_slug == target, timeout=2000)
