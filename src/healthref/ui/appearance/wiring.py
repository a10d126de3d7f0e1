"""Connects the window's parts to its Appearance: answer, list, find bar and View menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QMenu

from healthref.ui.appearance.controller import Appearance

if TYPE_CHECKING:
    from healthref.ui.main_window import MainWindow


def theme_labels() -> dict[str, str]:
    """The View → Theme entries, by theme name."""
    return {
        "system": QCoreApplication.translate("Appearance", "&System"),
        "light": QCoreApplication.translate("Appearance", "&Light"),
        "dark": QCoreApplication.translate("Appearance", "&Dark"),
    }


def restyle(window: MainWindow, appearance: Appearance) -> None:
    """Apply the current theme and text size to the answer and the question list."""
    window.answer.apply_style(appearance.css(), appearance.body_points(), appearance.colours)
    view = window.search_panel.list_view
    font = QFont(view.font())
    font.setPointSizeF(appearance.list_points())
    view.setFont(font)
    for label in (window.search_panel.empty_state, window.search_panel.notice):
        label.setFont(font)
    if view.isVisible():  # a hidden list lays its rows out when shown, at its real width
        view.doItemsLayout()


def attach(window: MainWindow, appearance: Appearance) -> None:
    appearance.changed.connect(lambda: restyle(window, appearance))
    appearance.apply()


def text_size_actions(window: MainWindow, view: QMenu, appearance: Appearance) -> None:
    """Larger / Smaller / Normal text: Ctrl+= and Ctrl++, Ctrl+-, Ctrl+0."""
    from healthref.ui.window_menus import unique_keys

    for label, keys, step in (
        (
            QCoreApplication.translate("Appearance", "&Larger text"),
            unique_keys(
                QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence.StandardKey.ZoomIn
            ),
            1,
        ),
        (
            QCoreApplication.translate("Appearance", "&Smaller text"),
            unique_keys(QKeySequence("Ctrl+-"), QKeySequence.StandardKey.ZoomOut),
            -1,
        ),
        (
            QCoreApplication.translate("Appearance", "&Normal size"),
            unique_keys(QKeySequence("Ctrl+0")),
            0,
        ),
    ):
        action = QAction(label, window)
        action.setShortcuts(keys)
        action.triggered.connect(lambda _c=False, s=step: appearance.zoom(s))
        view.addAction(action)


def theme_menu(window: MainWindow, view: QMenu, appearance: Appearance) -> QActionGroup:
    """View → Theme: System, Light, Dark (one checked)."""
    menu = view.addMenu(QCoreApplication.translate("Appearance", "&Theme"))
    group = QActionGroup(window)
    group.setExclusive(True)
    for name, label in theme_labels().items():
        action = QAction(label, window)
        action.setCheckable(True)
        action.setChecked(appearance.theme == name)
        action.setData(name)
        action.triggered.connect(lambda _c=False, n=name: appearance.set_theme(n))
        group.addAction(action)
        menu.addAction(action)

    def follow() -> None:
        for action in group.actions():
            action.setChecked(action.data() == appearance.theme)

    appearance.changed.connect(follow)
    return group
