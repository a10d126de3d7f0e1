"""Fixtures for window tests: a real window on the bundled articles, with a throwaway home."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.settings.kiosk import KioskSettings, hash_pin
from healthref.ui import background, gui_thread_gc
from healthref.ui.app import build_window
from healthref.ui.language import Interface
from healthref.ui.main_window import MainWindow
from healthref.ui.suggestions.dialog import SuggestDialog
from tests.packs.conftest import packs  # noqa: F401  (signed packs, built once a session)


@pytest.fixture(autouse=True, scope="session")
def trace_background_threads_for_coverage() -> Iterator[None]:
    """Coverage follows threads that Python starts, not a QThreadPool's: while coverage is
    measuring, each background task turns coverage's tracer on in its thread first."""
    hook = threading.gettrace()
    if hook is None:
        yield
        return
    original = background._Task.run

    def run_traced(task: background._Task[object]) -> None:
        if sys.gettrace() is None:
            sys.settrace(hook)
        original(task)

    background._Task.run = run_traced  # type: ignore[method-assign,assignment]
    yield
    background._Task.run = original  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in run_window: cycles (some holding Qt objects) are collected on the GUI thread
    only, never on a background task's thread."""
    collector = gui_thread_gc.install(qapp)
    yield
    collector.stop()


@pytest.fixture(scope="session")
def interface(qapp: QApplication) -> Interface:
    """The interface language as `run_window` installs it: English, with its plural forms."""
    installed = Interface(qapp, paths.resources_dir())
    installed.use("en")
    return installed


@pytest.fixture(autouse=True)
def english_by_default(interface: Interface) -> Iterator[Interface]:
    """Every window test starts in English and leaves the application in English."""
    if interface.current.code != "en":
        interface.use("en")
    yield interface
    if interface.current.code != "en":
        interface.use("en")


@pytest.fixture
def app_paths(tmp_path: Path, bundled_db: Path) -> paths.AppPaths:
    return paths.resolve(content_db=bundled_db, home=tmp_path / "home")


@pytest.fixture
def window(qtbot: QtBot, app_paths: paths.AppPaths) -> Iterator[MainWindow]:
    built = build_window(app_paths)
    assert isinstance(built, MainWindow)
    qtbot.addWidget(built)
    built.show()
    qtbot.waitExposed(built)
    yield built
    built.close()


def click_as_the_window_system_does(widget: QWidget) -> None:
    """A left click on `widget` delivered as a real one is: to its window's QWindow, which hands
    it on. (QTest's clicks on a widget go straight to it, past where a window may watch.)"""
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None, "the window is not shown"
    where = widget.mapTo(top, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def wait_for_first(qtbot: QtBot, window: MainWindow, slug: str, timeout: int = 5000) -> None:
    panel = window.search_panel
    qtbot.waitUntil(
        lambda: panel.current_slug() == slug and not panel.search_pending(), timeout=timeout
    )


def open_suggest_dialog(qtbot: QtBot, window: MainWindow, prefill: str = "") -> SuggestDialog:
    """Open the suggestion dialog and wait for it (kiosk limits are read in the background)."""
    actions = window.suggestions
    assert actions is not None
    actions.open_dialog(prefill)
    qtbot.waitUntil(lambda: actions.dialog is not None, timeout=10_000)
    assert actions.dialog is not None
    return actions.dialog


def click_save(qtbot: QtBot, dialog: SuggestDialog) -> None:
    """Press Save and wait for the background checks (and the save) to come back."""
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)


def save_suggestion(qtbot: QtBot, dialog: SuggestDialog) -> None:
    """Save, past the near-duplicate offer if one is made, and wait for the confirmation."""
    click_save(qtbot, dialog)
    if dialog.pages.currentIndex() == 0 and dialog.save_button.text() == "Save anyway":
        click_save(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1, dialog.message.text()


PIN = "4321"


@pytest.fixture
def kiosk_window(
    qtbot: QtBot,
    app_paths: paths.AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    interface: Interface,
) -> Iterator[MainWindow]:
    forbidden: list[str] = []

    def open_url(url: QUrl) -> bool:
        forbidden.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, n=name, **k: forbidden.append(n))
    settings = KioskSettings(
        idle_seconds=10,
        countdown_seconds=2,
        pin_hash=hash_pin(PIN, "s", 1000),
        suggestions_per_visitor=2,
        suggestions_per_day=3,
    )
    window = build_window(app_paths, kiosk=settings, interface=interface)  # as run_window does
    assert isinstance(window, MainWindow) and window.kiosk is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Painted, as a kiosk is before anyone walks up to it (its lock then holds application-wide;
    # keys a test sends straight to a widget would not pass where it waits for a first key).
    qtbot.waitUntil(lambda: window.first_paint.done)
    window.forbidden = forbidden  # type: ignore[attr-defined]
    yield window
    assert forbidden == [], "kiosk mode opened something outside the app"
    window.kiosk.exit_authorised = True
    window.close()
