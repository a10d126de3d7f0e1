"""Typing anywhere goes to the search box: a key pressed in the question list or the answer
types into the search, Backspace edits it, and Esc closes the find bar or clears the query."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

from healthref.ui.search.keys import escape_pressed

if TYPE_CHECKING:
    from healthref.ui.main_window import MainWindow


class TypeToSearch(QObject):
    """An event filter on the window's list and answer pane."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        from PySide6.QtCore import Qt  # here: the Qt namespace loads after the first frame

        box = self._window.search_panel.search_box
        text = event.text()
        plain = not (
            event.modifiers()
            & ~Qt.KeyboardModifier.ShiftModifier
            & ~Qt.KeyboardModifier.KeypadModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            box.setFocus()
            box.insert(text)
            return True
        if event.key() == Qt.Key.Key_Escape:
            find_bar = self._window.reading.find_bar
            if find_bar.isVisible():
                find_bar.close_bar()
            else:
                escape_pressed(self._window.search_panel)
            return True
        if event.key() == Qt.Key.Key_Backspace and box.text():
            box.setFocus()
            box.backspace()
            return True
        return super().eventFilter(watched, event)
