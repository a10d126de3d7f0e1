"""The Saved and History docks: hidden at the window's left, each toggled from the Go menu,
and their views wired to the reading actions (built once the window is idle)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

if TYPE_CHECKING:
    from healthref.ui.main_window import MainWindow
    from healthref.ui.userdata.reading_actions import ReadingActions
    from healthref.ui.userdata.service import ReadingService


def add_views(actions: ReadingActions, service: ReadingService) -> None:
    """The Saved and History views in their docks, kept up to date from `service`."""
    from healthref.ui.userdata.history_view import HistoryView
    from healthref.ui.userdata.saved_view import SavedView

    window = actions.window
    saved = actions.saved_view = SavedView()
    history = actions.history_view = HistoryView(
        service.keeps_history, service.privacy.history_days
    )
    actions.docks = add_docks(window, saved, history)
    actions.docks[0].visibilityChanged.connect(actions.refresh_saved)
    actions.docks[1].visibilityChanged.connect(actions.refresh_history)
    saved.query_changed.connect(actions.refresh_saved)
    saved.open_requested.connect(window.open_article)
    saved.remove_requested.connect(actions.remove_saved)
    saved.undo_requested.connect(actions.undo_remove)
    history.open_requested.connect(window.open_article)
    history.clear_requested.connect(actions.clear_history)
    service.saved_changed.connect(actions.refresh_saved)
    service.history_changed.connect(actions.refresh_history)
    # Once search is idle: never competing with a query typed as the window appeared.
    window.first_paint.defer(
        lambda: service.load_trail(actions.restore_trail), first=True, idle=True
    )


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
