"""Where the reading actions sit in the menus: printing and the private window at the top of
File, saving and copying in their own Answer menu."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from healthref.ui.main_window import MainWindow


def place_in_menus(
    window: MainWindow,
    file_actions: Sequence[QAction],
    answer_actions: Sequence[QAction],
    *,
    answer_menu_shown: bool,
) -> None:
    """`file_actions` above File's own entries (then a separator); `answer_actions` in a new
    Answer menu, hidden when none of them can be used."""
    file_menu = window.findChild(QMenu, "fileMenu")
    assert isinstance(file_menu, QMenu)
    first = file_menu.actions()[0]
    for action in file_actions:
        file_menu.insertAction(first, action)
    file_menu.insertSeparator(first)
    # The translation keeps the context it had in ReadingActions.
    answer = window.menuBar().addMenu(QCoreApplication.translate("ReadingActions", "&Answer"))
    for action in answer_actions:
        answer.addAction(action)
    answer.menuAction().setVisible(answer_menu_shown)
