"""Adds content updates to a freshly built window: the "Content as of" label, the File menu
actions (not in a kiosk), the emergency number in force, and reopening on new content."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from healthref import paths
from healthref.core.content.store import ContentStore
from healthref.core.packs.content_info import bundled_info, emergency_number
from healthref.ui.main_window import MainWindow
from healthref.ui.packs.content_updates import ContentUpdates

if TYPE_CHECKING:
    from healthref.core.packs.manifest import Manifest

BuildWindow = Callable[[paths.AppPaths], QMainWindow]


def add_content_updates(
    window: MainWindow,
    app_paths: paths.AppPaths,
    store: ContentStore,
    setting_number: str,
    trusted_keys: tuple[str, ...],
    build: BuildWindow,
) -> str:
    """Wire content updates into `window`; return the emergency number in force."""
    using_installed = app_paths.bundled_db is not None
    version = store.meta().get("content_version", "")
    info = bundled_info(version)  # with no pack in use, the pack modules are not needed
    if using_installed:
        from healthref.core.packs.listing import content_info

        info = content_info(app_paths.home, True, version, [])
        if info.installed:  # only an installed pack's signer needs naming: read the keys
            from healthref.core.packs.signers import trusted_signers

            signers = trusted_signers(paths.resources_dir(), trusted_keys)
            info = content_info(app_paths.home, True, version, signers)
    updates = ContentUpdates(window, app_paths, info, trusted_keys)
    window.content_updates = updates
    if window.policy.allow_files:
        file_menu = window.menuBar().actions()[0].menu()
        assert isinstance(file_menu, QMenu)
        first = file_menu.actions()[0] if file_menu.actions() else None
        for action in (updates.install_action, updates.rollback_action):
            file_menu.insertAction(first, action)  # type: ignore[arg-type]
        if first is not None:
            file_menu.insertSeparator(first)

    def reopen(manifest: Manifest | None, show_changes: bool) -> None:
        """Open a window on the content now installed, then put this one away."""
        if app_paths.bundled_db is None and app_paths.content_db != paths.default_content_db():
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "ContentUpdates",
                    "Installed; this window reads %1 as asked, so nothing changes here.",
                ).replace("%1", str(app_paths.content_db)),
                15_000,
            )
            return
        fresh = build(paths.resolve(None, app_paths.home))
        window.replaced_by = fresh
        fresh.show()
        window.stop_background_work()
        window.hide()
        if isinstance(fresh, MainWindow) and manifest is not None and show_changes:
            from healthref.ui.packs.whats_new import WhatsNewDialog

            fresh.whats_new = WhatsNewDialog(manifest, fresh)
            fresh.whats_new.open()

    updates.switched.connect(reopen)
    number, _source = emergency_number(setting_number, info)
    return number
