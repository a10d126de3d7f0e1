"""QApplication and wiring: the composition root of the window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from healthref import paths
from healthref.core.content.database import (
    ContentDBError,
    ContentProblem,
    check_checksum,
    open_content,
)
from healthref.ui.background import describe
from healthref.ui.first_paint import STARTUP_PROBE_ENV
from healthref.ui.launch_settings import launch_settings
from healthref.ui.main_window import MainWindow
from healthref.ui.packs.wiring import add_content_updates
from healthref.ui.reading.answer_view import AnswerView
from healthref.ui.search.worker import SearchRunner
from healthref.ui.suggestions.service import SuggestionService
from healthref.ui.window_policy import WindowPolicy, kiosk_policy

if TYPE_CHECKING:
    from healthref.core.search.engine import SearchEngine
    from healthref.core.settings.file import PrivacySettings, SyncSettings
    from healthref.core.settings.kiosk import KioskSettings
    from healthref.ui.language import Interface


def verify_content(path: Path) -> None:
    """The full checksum check, run in the background once the window is up."""
    connection = open_content(path, verify_checksum=False)
    try:
        check_checksum(connection, path)
    finally:
        connection.close()


def ui_settings(app_paths: paths.AppPaths) -> QSettings | None:
    """Window geometry and splitter state, kept in the user's home folder."""
    try:
        app_paths.home.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return QSettings(str(app_paths.ui_state), QSettings.Format.IniFormat)


def _search_engine(content_db: Path, language: Callable[[], str] = lambda: "en") -> SearchEngine:
    """Made on the search thread, so the window never waits for the search modules; it
    searches in the content language chosen at each search."""
    from healthref.core.search.switching import LanguageSwitchingEngine

    return LanguageSwitchingEngine(open_content(content_db, verify_checksum=False), language)


def error_window(problem: ContentProblem) -> QMainWindow:
    from healthref.ui.reading.error_page import ContentErrorPage

    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("App", "healthref — cannot open the articles"))
    window.setCentralWidget(ContentErrorPage(problem, window))
    window.resize(760, 420)
    return window


def build_window(
    app_paths: paths.AppPaths,
    *,
    verify_now: bool = False,
    sync: SyncSettings | None = None,
    kiosk: KioskSettings | None = None,
    emergency_number: str = "",
    privacy: PrivacySettings | None = None,
    private: bool = False,
    trusted_keys: tuple[str, ...] = (),
    interface: Interface | None = None,
) -> QMainWindow:
    """The main window, or an error window naming the file when the content DB is unusable.
    With `kiosk`, the window is locked down and forgets each visitor; a `private` window
    records nothing. An installed content pack that cannot be opened gives way to the
    bundled DB."""
    from healthref.core.packs.opening import open_store

    try:
        store, app_paths = open_store(app_paths, verify_checksum=verify_now)
    except ContentDBError as exc:
        return error_window(exc.problem)
    content_db = app_paths.content_db
    language: list[Callable[[], str]] = [lambda: "en"]  # the window's choice, once it exists
    runner = SearchRunner(lambda: _search_engine(content_db, lambda: language[0]()))
    stylesheet = AnswerView.load_stylesheet(paths.resources_dir())
    service = SuggestionService(
        app_paths, store.meta().get("content_version", ""), tuple(store.categories()), sync
    )
    window = MainWindow(
        store,
        runner,
        stylesheet,
        ui_settings(app_paths),
        suggestions=service,
        policy=kiosk_policy() if kiosk else WindowPolicy(),  # a kiosk keeps nothing
    )
    runner.setParent(window)
    language[0] = window.content_language.current
    window.log_dir = app_paths.log_dir
    options = {"sync": sync, "kiosk": kiosk, "emergency_number": emergency_number}
    window.search_panel.emergency_number = add_content_updates(
        window,
        app_paths,
        store,
        emergency_number,
        trusted_keys,
        lambda new_paths: build_window(new_paths, trusted_keys=trusted_keys, **options),  # type: ignore[arg-type]
    )
    if kiosk is not None:
        from healthref.ui.kiosk.controller import KioskController

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        window.kiosk = KioskController(window, kiosk, app)
        if window.suggestions is not None:
            window.suggestions.limits = (kiosk.suggestions_per_visitor, kiosk.suggestions_per_day)
    _install_reading(window, app_paths, kiosk, privacy, private, sync, emergency_number)
    if interface is not None:
        from healthref.ui.language_choice import add_language_choice

        again = {"privacy": privacy, "private": private, "trusted_keys": trusted_keys}
        add_language_choice(
            window,
            interface,
            lambda: build_window(app_paths, interface=interface, **options, **again),  # type: ignore[arg-type]
            interface.start_code if kiosk is not None else None,
        )
    return window


def _install_reading(
    window: MainWindow,
    app_paths: paths.AppPaths,
    kiosk: KioskSettings | None,
    privacy: PrivacySettings | None,
    private: bool,
    sync: SyncSettings | None,
    emergency_number: str,
) -> None:
    """Saved questions, history, copy and print, as the window's kind allows."""
    from healthref.core.settings.file import PrivacySettings
    from healthref.ui.userdata.install import install_reading

    privacy = privacy or PrivacySettings()

    def open_private() -> QMainWindow:
        built = build_window(
            app_paths, sync=sync, emergency_number=emergency_number, privacy=privacy, private=True
        )
        built.show()
        return built

    install_reading(
        window,
        app_paths,
        privacy,
        private=private,
        kiosk_allows_print=kiosk.allow_print if kiosk else False,
        open_private=open_private,
    )


def configure_logging(log_dir: Path) -> None:
    """The log file; after the first paint, since logging.handlers is slow to import."""
    from healthref.core.log_file import configure_logging as configure

    configure(log_dir)


def _collect_on_gui_thread(app: QApplication) -> None:
    from healthref.ui.gui_thread_gc import install

    install(app)


def run_window(
    app_paths: paths.AppPaths, sync_url: str | None = None, kiosk_mode: bool = False
) -> int:
    settings, kiosk, problem = launch_settings(app_paths, sync_url, kiosk_mode)
    if kiosk is not None:
        from healthref.core.desktop.virtual_keyboard import enable_if_available

        enable_if_available()  # must happen before the QApplication exists
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("healthref")
    app.setApplicationDisplayName("healthref")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "healthref-256.png")))
    from healthref.ui.language import start as start_language

    remembered = ui_settings(app_paths) if kiosk is None else None  # a kiosk: the operator's
    interface = start_language(
        app, paths.resources_dir(), remembered, kiosk.language if kiosk else ""
    )
    window = build_window(
        app_paths,
        interface=interface,
        sync=settings.sync,
        kiosk=kiosk,
        emergency_number=settings.local.emergency_number,
        privacy=settings.privacy,
        trusted_keys=settings.packs.trusted_keys,
    )
    if isinstance(window, MainWindow):
        window.first_paint.defer(lambda: _collect_on_gui_thread(app), first=True)  # before threads
        window.first_paint.defer(lambda: configure_logging(app_paths.log_dir), idle=True)
    else:
        gc.enable()  # no window to collect for: Python's own collection
        configure_logging(app_paths.log_dir)
    if kiosk is not None:
        window.showFullScreen()
    else:
        window.show()
    if problem:
        window.statusBar().showMessage(problem, 30_000)
    shown: list[QMainWindow] = [window]
    # The DB the window opened: the bundled one, if an installed one could not be opened.
    opened = window.store.path if isinstance(window, MainWindow) else app_paths.content_db

    def replace_with_error(error: Exception) -> None:
        if not isinstance(error, ContentDBError):
            assert isinstance(window, MainWindow)
            window.show_failure(
                QApplication.translate("App", "checking the articles"), describe(error)
            )
            return
        if isinstance(window, MainWindow):
            window.stop_background_work()
            window.policy.exit_authorised = True
        shown[0].hide()
        if app_paths.bundled_db not in (None, opened):  # a damaged installed pack: the floor
            shown[0] = build_window(
                app_paths.on_bundled_content(error.problem.detail),
                sync=settings.sync,
                kiosk=kiosk,
                emergency_number=settings.local.emergency_number,
                trusted_keys=settings.packs.trusted_keys,
                interface=interface,
            )
        else:
            shown[0] = error_window(error.problem)
        shown[0].show()

    if isinstance(window, MainWindow):
        window.first_paint.defer(
            lambda: window.tasks.run(
                "checking the articles",
                lambda: verify_content(opened),
                on_failed=replace_with_error,
            ),
            idle=True,
        )
        if os.environ.get(STARTUP_PROBE_ENV):
            from healthref.ui import startup_probe

            startup_probe.install(window)
    status = app.exec()
    if isinstance(window, MainWindow):
        window.stop_background_work()
    return status
