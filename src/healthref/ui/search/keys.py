"""Keys in the search box that act on the list: arrows and page keys move, Enter opens,
Esc clears (then clears the category)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from healthref.ui.search.panel import SearchPanel

STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}


class SearchBoxKeys(QObject):
    """An event filter on the search box of `panel`."""

    def __init__(self, panel: SearchPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in STEPS:
            self._panel.move_selection(STEPS[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.enter_pressed()
            return True
        if key == Qt.Key.Key_Escape:
            self._panel.escape_pressed()
            return True
        return super().eventFilter(watched, event)
