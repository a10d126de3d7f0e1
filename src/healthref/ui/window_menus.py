"""The window's menus (File, Go, View, Help) and the Help actions, kept apart from MainWindow
so each stays small."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from healthref import __version__
from healthref.core.i18n.catalogue import current_language
from healthref.core.i18n.languages import language
from healthref.ui.appearance.wiring import text_size_actions, theme_menu
from healthref.ui.content_language import add_language_menu
from healthref.ui.search.keys import focus_search

if TYPE_CHECKING:
    from healthref.ui.main_window import MainWindow


def unique_keys(*keys: QKeySequence | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Shortcuts without repeats: a key bound twice makes Qt ignore it as ambiguous."""
    found: list[QKeySequence] = []
    for key in keys:
        candidates = (
            QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [key]
        )
        found += [c for c in candidates if not c.isEmpty() and c not in found]
    return found


def set_shortcut(action: QAction, key: str | QKeySequence.StandardKey) -> None:
    """`action.setShortcut(key)` (a standard key's first binding) without loading the Qt
    namespace's enums before the first frame: `setShortcut` weighs an overload taking one of
    Qt's key names; `setShortcuts` does not."""
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcuts(QKeySequence.keyBindings(key)[:1])
    else:
        action.setShortcuts([QKeySequence(key)])


def window_action(
    window: MainWindow,
    label: str,
    key: str | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    """An action of the window (its shortcut works anywhere in it, an action's default
    context), calling `slot`."""
    action = QAction(label, window)
    if key is not None:
        set_shortcut(action, key)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """File, Go, View and Help menus with their shortcuts; the Go actions are kept on the
    window for the history buttons."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&File"))
    file_menu.setObjectName("fileMenu")
    quit_action = QAction(QCoreApplication.translate("WindowMenus", "&Quit"), window)
    set_shortcut(quit_action, QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    go = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Go"))
    go.setObjectName("goMenu")
    window.back_action.setShortcuts(
        [  # never plain Backspace: it edits the query
            key
            for key in unique_keys(QKeySequence("Alt+Left"), QKeySequence.StandardKey.Back)
            if key != QKeySequence("Backspace")
        ]
    )
    window.back_action.triggered.connect(lambda: window._step_history(-1))
    window.forward_action.setShortcuts(
        unique_keys(QKeySequence("Alt+Right"), QKeySequence.StandardKey.Forward)
    )
    window.forward_action.triggered.connect(lambda: window._step_history(1))
    search_action = QAction(QCoreApplication.translate("WindowMenus", "&Search"), window)
    search_action.setShortcuts(
        unique_keys(QKeySequence("Ctrl+K"), QKeySequence("Ctrl+L"))
    )  # Ctrl+F is find in page, as in every reader and browser
    search_action.triggered.connect(lambda: focus_search(window.search_panel))
    for action in (window.back_action, window.forward_action, search_action):
        go.addAction(action)
    window._update_history_actions()

    find_actions(window, go)
    view = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&View"))
    view.setObjectName("viewMenu")
    add_language_menu(view, window.content_language)
    text_size_actions(window, view, window.appearance)
    view.addSeparator()
    theme_menu(window, view, window.appearance)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("WindowMenus", "&Help"))
    logs = QAction(QCoreApplication.translate("WindowMenus", "Open &log folder"), window)
    logs.triggered.connect(lambda: show_log_folder(window))
    help_menu.addAction(logs)
    about = QAction(QCoreApplication.translate("WindowMenus", "&About healthref"), window)
    about.triggered.connect(lambda: show_about(window))
    help_menu.addAction(about)


def find_actions(window: MainWindow, menu: QMenu) -> None:
    """Find in this answer (Ctrl+F), next (F3) and previous (Shift+F3)."""
    bar = window.reading.find_bar
    for label, keys, slot in (
        (
            QCoreApplication.translate("WindowMenus", "&Find in answer…"),
            [QKeySequence.StandardKey.Find],
            bar.open_bar,
        ),
        (
            QCoreApplication.translate("WindowMenus", "Find &next"),
            [QKeySequence("F3")],
            bar.find_next,
        ),
        (
            QCoreApplication.translate("WindowMenus", "Find &previous"),
            [QKeySequence("Shift+F3")],
            bar.find_previous,
        ),
    ):
        action = QAction(label, window)
        action.setShortcuts(unique_keys(*keys))
        action.triggered.connect(slot)
        menu.addAction(action)


def show_log_folder(window: MainWindow) -> None:
    """Say where the log is; open the folder in the file manager on a desktop."""
    folder = window.log_dir
    if folder is None:
        return
    if not window.policy.kiosk:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    window.statusBar().showMessage(
        QCoreApplication.translate("WindowMenus", "Problems are logged in %1").replace(
            "%1", str(folder)
        ),
        15_000,
    )


def about_text(window: MainWindow) -> str:
    """Version, content version, article count, and whether the translation is reviewed."""
    meta = window.store.meta()
    count = int(meta.get("article_count", "0") or 0)
    text = (
        QCoreApplication.translate(
            "WindowMenus",
            "healthref %1 — an offline health reference.\nContent version %2, "
            "%n article(s).\nFor information only; not a substitute for a health worker.",
            None,
            count,
        )
        .replace("%1", __version__)
        .replace("%2", meta.get("content_version", "?"))
    )
    if not language(current_language()).reviewed:
        text += "\n\n" + QCoreApplication.translate(
            "WindowMenus",
            "This translation has not yet been reviewed by a native speaker. "
            "If a word is wrong or unclear, please tell us with Report a problem.",
        )
    return text


def show_about(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        window, QCoreApplication.translate("WindowMenus", "About healthref"), about_text(window)
    )
