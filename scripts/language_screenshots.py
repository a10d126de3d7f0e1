"""Takes the interface-language screenshots in docs/languages/ (offscreen, bundled articles).

python scripts/language_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMainWindow

from healthref import paths
from healthref.core.settings.kiosk import KioskSettings
from healthref.ui.app import build_window
from healthref.ui.language import Interface
from healthref.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "docs" / "languages"
DB = REPO / "data" / "articles.db"


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def wait_for_results(app: QApplication, window: MainWindow) -> None:
    deadline = time.monotonic() + 20
    while window.search_panel.model.rowCount() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def window_in(code: str, home: Path, interface: Interface, kiosk: bool = False) -> QMainWindow:
    interface.use(code)
    interface.start_code = code
    app_paths = paths.resolve(DB, home)
    window = build_window(
        app_paths, kiosk=KioskSettings() if kiosk else None, interface=interface, verify_now=False
    )
    window.resize(1366, 768)
    window.show()
    return window


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    interface = Interface(app, paths.resources_dir())
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        QSettings(str(home / "window-state.ini"), QSettings.Format.IniFormat).clear()
        for code, name in (("fr", "main-window-fr"), ("ar", "main-window-ar")):
            window = window_in(code, home, interface)
            assert isinstance(window, MainWindow)
            window.search_panel.search_box.setText("sepsis" if code == "fr" else "malaria")
            wait_for_results(app, window)
            slug = "what-causes-sepsis" if code == "fr" else "what-are-the-symptoms-of-malaria"
            window.open_article(slug)
            settle(app)
            window.grab().save(str(HERE / f"{name}.png"))
            if code == "ar":
                assert window.suggestions is not None
                dialog = window.suggestions._open_dialog("كيف أعالج لدغة نحلة؟ bee sting")
                dialog.resize(640, 460)
                settle(app)
                dialog.grab().save(str(HERE / "suggestion-dialog-ar.png"))
                dialog.close()
            window.close()
        kiosk = window_in("sw", home, interface, kiosk=True)
        kiosk.resize(1280, 800)
        settle(app)
        kiosk.grab().save(str(HERE / "kiosk-home-sw.png"))
        assert isinstance(kiosk, MainWindow)
        kiosk.policy.exit_authorised = True
        kiosk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
