"""The Saved and History docks: hidden at the window's left, each toggled from the Go menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

if TYPE_CHECKING:
    from healthref.ui.main_window import MainWindow


def add_docks(window: MainWindow, saved: QWidget, history: QWidget) -> list[QDockWidget]:
    """The two docks, Saved first. Not tabified: Qt would keep an empty, unnamed tab bar in
    the window for them."""
    go = window.findChild(QMenu, "goMenu")
    assert isinstance(go, QMenu)
    docks = []
    for view, title, key, name in (
        (
            saved,
            QCoreApplication.translate("ReadingActions", "Saved questions"),
            "Ctrl+Shift+B",
            "savedDock",
        ),
        (history, QCoreApplication.translate("ReadingActions", "History"), "Ctrl+H", "historyDock"),
    ):
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.setWidget(view)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.hide()
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence(key))
        go.addAction(toggle)
        docks.append(dock)
    return docks
