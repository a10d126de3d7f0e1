"""Keys in the search box that act on the list: arrows and page keys move, Enter opens,
Esc clears (then clears the category)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from healthref.ui.search.panel import SearchPanel


class SearchBoxKeys(QObject):
    """An event filter on the search box of `panel`."""

    def __init__(self, panel: SearchPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        # Qt's key names, imported here: the Qt namespace loads after the first frame.
        from PySide6.QtCore import Qt

        key = event.key()
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: 10,
            Qt.Key.Key_PageUp: -10,
        }
        if key in steps:
            move_selection(self._panel, steps[Qt.Key(key)])
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.enter_pressed()
            return True
        if key == Qt.Key.Key_Escape:
            escape_pressed(self._panel)
            return True
        return super().eventFilter(watched, event)


def move_selection(panel: SearchPanel, step: int) -> None:
    """Move the list's current row by `step`, staying inside the list."""
    count = panel.model.rowCount()
    if not count:
        return
    row = min(max(panel.list_view.currentIndex().row() + step, 0), count - 1)
    panel.list_view.setCurrentIndex(panel.model.index(row))


def escape_pressed(panel: SearchPanel) -> None:
    """First Esc clears the query; the next clears the category filter."""
    if panel.search_box.text():
        panel.search_box.clear()
    elif panel.category.currentIndex() != 0:
        panel.category.setCurrentIndex(0)
    panel.search_box.setFocus()


def focus_search(panel: SearchPanel) -> None:
    """Ctrl+K: the search box, its text selected to type over."""
    from PySide6.QtCore import Qt

    panel.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    panel.search_box.selectAll()
