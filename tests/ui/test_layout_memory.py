"""Window size and splitter position are remembered between runs."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow


def test_geometry_and_splitter_are_restored(qtbot: QtBot, app_paths: paths.AppPaths) -> None:
    first = build_window(app_paths)
    assert isinstance(first, MainWindow)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800x600
    first.splitter.setSizes([250, 450])
    qtbot.wait(50)
    sizes = first.splitter.sizes()
    first.close()

    second = build_window(app_paths)
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    second.show()
    qtbot.wait(50)
    assert (second.size().width(), second.size().height()) == (700, 500)
    assert second.splitter.sizes() == sizes
    second.close()


def test_first_run_window_fits_the_screen_it_opens_on(qtbot: QtBot, window: MainWindow) -> None:
    """A small laptop screen (here the offscreen 800×600) shows the whole window on first run,
    and the search box has the panel's whole width, hint and all."""
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    panel = window.search_panel
    assert panel.search_box.width() >= panel.list_view.width()
