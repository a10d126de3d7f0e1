"""Takes the French screenshots in docs/screenshots/: a French article, and French search
results for a lay query (offscreen, on the bundled articles).

Usage: python scripts/take_french_screenshots.py
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from healthref import paths
from healthref.ui.app import build_window
from healthref.ui.language import start as start_language
from healthref.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "docs" / "screenshots"
DB = REPO / "data" / "articles.db"


def settle(app: QApplication, window: MainWindow) -> None:
    while window.search_panel.search_pending():
        app.processEvents()
    for _ in range(30):
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    start_language(app, paths.resources_dir(), None, "en")  # as the app does: English plurals
    window = build_window(paths.resolve(content_db=DB, home=Path(tempfile.mkdtemp())))
    assert isinstance(window, MainWindow)
    window.content_language.choose("fr")
    window.resize(1366, 768)
    window.show()
    window.search_panel.search_box.setText("la courante chez bébé")
    settle(app, window)
    window.open_article("what-causes-diarrhoea-in-children-and-how-is-it-treated")
    settle(app, window)
    window.grab().save(str(HERE / "french-search-1366x768.png"))
    window.search_panel.search_box.setText("palu")
    settle(app, window)
    window.open_article("what-are-the-symptoms-of-malaria")
    settle(app, window)
    window.grab().save(str(HERE / "french-article-1366x768.png"))
    window.close()
    window.stop_background_work()


if __name__ == "__main__":
    main()
