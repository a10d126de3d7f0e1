"""Takes the reading-pane screenshots in this folder (offscreen, on the bundled articles).

python docs/screenshots/take.py                      # all of them
QT_SCALE_FACTOR=1.5 python docs/screenshots/take.py scaled
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from healthref import paths
from healthref.ui.app import build_window
from healthref.ui.appearance.answer_css import TEXT_STEPS
from healthref.ui.language import start as start_language
from healthref.ui.main_window import MainWindow

REPO = Path(__file__).resolve().parents[1]
HERE = REPO / "docs" / "screenshots"
DB = REPO / "data" / "articles.db"
SHOTS = {
    # name: theme, width, height, text step, find
    "light-1366x768": ("light", 1366, 768, 1, ""),
    "dark-1366x768": ("dark", 1366, 768, 1, ""),
    "light-1024x600": ("light", 1024, 600, 1, ""),
    "dark-1024x600": ("dark", 1024, 600, 1, ""),
    "largest-text-1366x768": ("light", 1366, 768, len(TEXT_STEPS) - 1, ""),
    "find-dark-1366x768": ("dark", 1366, 768, 1, "heat"),
}
SCALED = {"scale-1.5-1024x600": ("light", 1024, 600, 1, "")}


def take(
    app: QApplication, name: str, theme: str, width: int, height: int, step: int, find: str
) -> None:
    home = Path(tempfile.mkdtemp())
    window = build_window(paths.resolve(content_db=DB, home=home))
    assert isinstance(window, MainWindow)
    window.appearance.theme = theme
    window.appearance.step = step
    window.appearance.apply()
    window.resize(width, height)
    window.show()
    window.search_panel.search_box.setText("heatstroke")
    while window.search_panel.search_pending():
        app.processEvents()
    window.open_article("how-is-heatstroke-treated")
    if find:
        window.reading.find_bar.open_bar()
        window.reading.find_bar.field.setText(find)
    for _ in range(30):
        app.processEvents()
    window.grab().save(str(HERE / f"{name}.png"))
    window.close()
    window.stop_background_work()


def main() -> None:
    app = QApplication(sys.argv[:1])
    start_language(app, paths.resources_dir(), None, "en")  # as the app does: English plurals
    shots = SCALED if sys.argv[1:] == ["scaled"] else SHOTS
    for name, spec in shots.items():
        take(app, name, *spec)


if __name__ == "__main__":
    main()
