"""Find in page: Ctrl+F opens the bar over the answer, counts and highlights every match,
Enter / F3 / Shift+F3 step through them, Esc closes; the search box keeps Ctrl+K."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from healthref.ui.main_window import MainWindow

ARTICLE = "how-is-heatstroke-treated"


def _open_find(qtbot: QtBot, window: MainWindow, word: str) -> None:
    assert window.open_article(ARTICLE)
    window.answer.setFocus()
    qtbot.keyClick(window.answer, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.reading.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, word)


def test_counts_and_highlights_every_match(qtbot: QtBot, window: MainWindow) -> None:
    _open_find(qtbot, window, "heat")
    bar = window.reading.find_bar
    expected = window.answer.toPlainText().casefold().count("heat")
    assert expected > 3
    assert bar.count.text() == f"1 of {expected}"
    highlights = window.answer.extraSelections()
    assert len(highlights) == expected
    colours = window.appearance.colours
    backgrounds = [h.format.background().color() for h in highlights]
    assert backgrounds.count(QColor(colours.find_current_bg)) == 1
    assert backgrounds.count(QColor(colours.find_bg)) == expected - 1
    assert all(h.cursor.selectedText().casefold() == "heat" for h in highlights)


def test_next_and_previous_move_and_wrap(qtbot: QtBot, window: MainWindow) -> None:
    _open_find(qtbot, window, "heat")
    bar = window.reading.find_bar
    total = len(bar.matches)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == f"3 of {total}"
    assert window.answer.textCursor().position() == bar.matches[2].selectionStart()
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{total} of {total}"  # wrapped round


def test_the_current_match_is_scrolled_into_view(qtbot: QtBot, window: MainWindow) -> None:
    _open_find(qtbot, window, "Sources")
    bar = window.reading.find_bar
    assert bar.count.text() == "1 of 1"
    assert window.answer.verticalScrollBar().value() > 0
    assert window.answer.viewport().rect().contains(window.answer.cursorRect().center())


def test_no_match_and_escape(qtbot: QtBot, window: MainWindow) -> None:
    _open_find(qtbot, window, "zebra crossing")
    bar = window.reading.find_bar
    assert bar.count.text() == "No matches" and window.answer.extraSelections() == []
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.answer.extraSelections() == []
    assert window.answer.hasFocus()
    assert window.search_panel.search_box.text() == ""  # Esc closed the bar, nothing else


def test_search_box_keeps_ctrl_k_and_ctrl_l(qtbot: QtBot, window: MainWindow) -> None:
    box = window.search_panel.search_box
    for key in (Qt.Key.Key_K, Qt.Key.Key_L):
        window.answer.setFocus()
        qtbot.keyClick(window.answer, key, Qt.KeyboardModifier.ControlModifier)
        assert box.hasFocus()
    assert not window.reading.find_bar.isVisible()


def test_the_find_field_has_its_clear_button_once_open(window: MainWindow) -> None:
    """Loading the clear button's icon waits until the bar is first opened (not the first
    frame); once open, the field has it like the search box."""
    bar = window.reading.find_bar
    assert not bar.field.isClearButtonEnabled()
    bar.open_bar()
    assert bar.field.isClearButtonEnabled()
