"""Put saved questions, history, copy and print into a window, as its policy allows: a desktop
window gets everything; a private window and a kiosk get no service, so nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from healthref import paths
from healthref.ui.userdata.reading_actions import ReadingActions
from healthref.ui.userdata.service import ReadingService

if TYPE_CHECKING:
    from healthref.core.settings.file import PrivacySettings
    from healthref.ui.main_window import MainWindow


def install_reading(
    window: MainWindow,
    app_paths: paths.AppPaths,
    privacy: PrivacySettings,
    *,
    private: bool = False,
    kiosk_allows_print: bool = False,
    open_private: Callable[[], object] | None = None,
) -> ReadingActions:
    """Build the reading actions for `window` and register them as visitor state."""
    kiosk = window.policy.kiosk
    keeps_nothing = kiosk or private
    service = None if keeps_nothing else ReadingService(app_paths, privacy, window)
    actions = ReadingActions(
        window,
        service,
        allow_print=kiosk_allows_print if kiosk else True,
        allow_files=window.policy.allow_files,
        allow_copy=not kiosk,
        open_private=None if keeps_nothing else open_private,
    )
    window.reading_actions = actions
    window.visitor_state.register(actions)
    if private:
        window.setWindowTitle(
            QCoreApplication.translate("PrivateWindow", "healthref — private window")
        )
        window.statusBar().addPermanentWidget(private_marker(window))
    return actions


def private_marker(parent: QWidget) -> QLabel:
    """The words in the status bar of a private window."""
    label = QLabel(
        QCoreApplication.translate(
            "PrivateWindow", "Private window: nothing you open or save here is remembered."
        ),
        parent,
    )
    label.setObjectName("privateMarker")
    return label
