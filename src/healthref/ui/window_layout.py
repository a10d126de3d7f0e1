"""The window's size on first run and its remembered geometry and splitter position."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULT_SIZE = (1180, 760)
SCREEN_SHARE = 0.9  # of the free screen: room for the title bar and the window frame


def default_size(screen: QScreen | None) -> tuple[int, int]:
    """The first-run size: roomy, but never larger than the screen it opens on (a 1366×768
    laptop must show the whole window, title bar included)."""
    width, height = DEFAULT_SIZE
    if screen is None:
        return width, height
    free = screen.availableGeometry()
    return min(width, int(free.width() * SCREEN_SHARE)), min(
        height, int(free.height() * SCREEN_SHARE)
    )


def restore_layout(window: QMainWindow, splitter: QSplitter, settings: QSettings | None) -> None:
    """The geometry and splitter position saved last time, if any."""
    if settings is None:
        return
    geometry, state = settings.value("window/geometry"), settings.value("window/splitter")
    if geometry is None and state is None:
        return  # nothing kept yet: the first run
    from PySide6.QtCore import QByteArray  # not before a first run's first frame

    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    if isinstance(state, QByteArray):
        splitter.restoreState(state)


def save_layout(window: QMainWindow, splitter: QSplitter, settings: QSettings | None) -> None:
    """Keep the geometry and splitter position for next time."""
    if settings is None:
        return
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.sync()
