"""The open answer taken out of the window: copied as text, printed as a handout, or saved
as a handout PDF (`view` None: nothing open, or not allowed here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

if TYPE_CHECKING:
    from healthref.core.content.article import ArticleView
    from healthref.ui.main_window import MainWindow


def copy_answer(window: MainWindow, view: ArticleView | None) -> None:
    if view is None:
        return
    from healthref.core.content.answer_copy import answer_plain_text

    QGuiApplication.clipboard().setText(answer_plain_text(view))
    said = QCoreApplication.translate("ReadingActions", "Copied the answer and its sources.")
    window.statusBar().showMessage(said, 5000)


def print_handout(window: MainWindow, view: ArticleView | None, large_print: bool) -> None:
    if view is None:
        said = QCoreApplication.translate("ReadingActions", "Open an answer to print it.")
        window.statusBar().showMessage(said, 5000)
        return
    from healthref.ui.printing import handout_actions

    handout_actions.print_open_answer(window, view, large_print, kiosk=window.policy.kiosk)


def save_pdf(window: MainWindow, view: ArticleView | None) -> None:
    if view is None:
        return
    from healthref.ui.printing import handout_actions

    handout_actions.save_open_answer(window, view)
