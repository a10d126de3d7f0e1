"""The settings a window launch uses: the file's, the kiosk's, and what to say when the file
is broken."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from healthref import paths

if TYPE_CHECKING:
    from healthref.core.settings.file import Settings
    from healthref.core.settings.kiosk import KioskSettings


def launch_settings(
    app_paths: paths.AppPaths, sync_url: str | None, kiosk_mode: bool
) -> tuple[Settings, KioskSettings | None, str]:
    """The settings, the kiosk's (in kiosk mode), and a problem to show ("" when none). A
    broken file leaves a desktop window on its defaults, said in the status bar; a kiosk
    refuses to start, since an operator must fix it."""
    from healthref.core.settings.file import Settings, SettingsError, load_settings

    problem = ""
    try:
        settings = load_settings(app_paths.settings)
        kiosk = None
        if kiosk_mode:
            from healthref.core.settings.kiosk import kiosk_settings

            kiosk = kiosk_settings(settings.kiosk, settings.path)
    except SettingsError as exc:
        if kiosk_mode:
            raise
        settings, kiosk = Settings(), None
        problem = QApplication.translate(
            "App", "Settings not used: %1. Sending suggestions is off until it is fixed."
        ).replace("%1", exc.one_line())
        print(f"healthref: {exc.one_line()}", file=sys.stderr)
    if sync_url:
        settings = settings._replace(sync=settings.sync._replace(url=sync_url))
    return settings, kiosk, problem
