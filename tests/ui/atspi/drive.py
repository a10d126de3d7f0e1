"""The window a screen reader listens to: opens an article, runs a corrected search, an
off-topic one and one that finds nothing, then makes the suggestion dialog refuse an empty
question. Each step waits for the previous one's answer."""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from healthref import paths
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
home = Path(tempfile.mkdtemp())
built = build_window(paths.resolve(content_db=Path(sys.argv[1]), home=home))
assert isinstance(built, MainWindow)
window: MainWindow = built
window.show()
panel = window.search_panel


def search(text: str) -> Callable[[], bool]:
    panel.search_box.setText(text)
    return lambda: not panel.search_pending()


def open_dialog() -> Callable[[], bool]:
    assert window.suggestions is not None
    window.suggestions.open_dialog("")
    return lambda: window.suggestions is not None and window.suggestions.dialog is not None


def refuse_empty() -> Callable[[], bool]:
    assert window.suggestions is not None and window.suggestions.dialog is not None
    window.suggestions.dialog.save_button.click()
    return lambda: True


STEPS: list[Callable[[], Callable[[], bool]]] = [
    lambda: (window.open_article("what-causes-sepsis"), lambda: True)[1],
    lambda: search("menengitis sighns"),
    lambda: search("gout flare diet"),
    lambda: search("zzzzqqq"),
    open_dialog,
    refuse_empty,
]


def run(step: int, ready: Callable[[], bool]) -> None:
    if not ready():
        QTimer.singleShot(50, lambda: run(step, ready))
    elif step == len(STEPS):
        QTimer.singleShot(800, app.quit)  # let the last events leave the bus
    else:
        QTimer.singleShot(800, lambda: run(step + 1, STEPS[step]()))


QTimer.singleShot(1500, lambda: run(0, lambda: True))
app.exec()
window.stop_background_work()
