"""Shows the kiosk full screen on the current (offscreen) screen, walks its screens and prints,
as JSON, the screen's size and every visible interactive widget's rectangle on each; with
`--shots DIR`, saves a contact sheet of the screens. Run in a subprocess by test_kiosk_screens
(one Qt application per screen size)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QThread
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

from healthref import paths
from healthref.core.settings.kiosk import KioskSettings
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractScrollArea, QScrollBar)


def settle(app: QApplication, window: MainWindow) -> None:
    del window
    for _ in range(5):
        app.processEvents()


def wait_for_search(app: QApplication, window: MainWindow) -> None:
    """Until the list shows the answer to the search box (the search runs on its thread)."""
    panel = window.search_panel
    for _ in range(2000):
        app.processEvents()
        if not panel.search_pending():
            break
        QThread.msleep(5)
    settle(app, window)


def visible_rect(widget: QWidget) -> QRect:
    """The part of `widget` its ancestors leave visible, in window coordinates."""
    rect = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        rect = rect.intersected(
            QRect(parent.mapTo(parent.window(), parent.rect().topLeft()), parent.size())
        )
        parent = parent.parentWidget()
    return rect


def describe(window: MainWindow) -> list[dict[str, object]]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractScrollArea | QScrollBar) and widget.width() == 0:
            continue
        top_left = widget.mapTo(window, widget.rect().topLeft())
        full = QRect(top_left, widget.size())
        shown = visible_rect(widget)
        found.append(
            {
                "kind": type(widget).__name__,
                "name": widget.objectName() or getattr(widget, "text", lambda: "")(),
                "rect": [full.x(), full.y(), full.width(), full.height()],
                "shown": [shown.x(), shown.y(), shown.width(), shown.height()],
            }
        )
    return found


def sheet(shots: list[tuple[str, QPixmap]], path: Path, label: str) -> None:
    """The screens in a grid of three columns, each scaled to one cell and named."""
    columns, cell = 3, 640
    scaled = [
        (
            name,
            p.scaled(
                cell,
                cell,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            ),
        )
        for name, p in shots
    ]
    cell_h = max(p.height() for _, p in scaled) + 28
    rows = (len(scaled) + columns - 1) // columns
    out = QPixmap(columns * (cell + 16) + 16, rows * cell_h + 40)
    out.fill(QColor("#d9dee3"))
    painter = QPainter(out)
    painter.drawText(16, 24, label)
    for index, (name, pixmap) in enumerate(scaled):
        x = 16 + (index % columns) * (cell + 16)
        y = 40 + (index // columns) * cell_h
        painter.drawText(x, y + 14, name)
        painter.drawPixmap(x, y + 22, pixmap)
    painter.end()
    out.save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    window = build_window(paths.resolve(content_db=args.db, home=args.home), kiosk=KioskSettings())
    assert isinstance(window, MainWindow) and window.kiosk is not None
    kiosk = window.kiosk
    window.showFullScreen()
    settle(app, window)
    screen = app.primaryScreen().geometry()
    result: dict[str, object] = {
        "screen": [screen.width(), screen.height()],
        "window": [window.geometry().x(), window.geometry().y(), window.width(), window.height()],
        "states": {},
    }
    shots: list[tuple[str, QPixmap]] = []

    def record(name: str) -> None:
        settle(app, window)
        states = result["states"]
        assert isinstance(states, dict)
        states[name] = {
            "widgets": describe(window),
            "wide": kiosk.screens.wide,
            "strip_y": window.search_panel.emergency_strip.mapTo(
                window, window.search_panel.emergency_strip.rect().topLeft()
            ).y()
            if window.search_panel.emergency_strip.isVisible()
            else None,
        }
        shots.append((name, window.grab()))

    record("home")
    kiosk.screens.open_topic("Infectious diseases")
    record("topic")
    panel = window.search_panel
    kiosk.screens.go_home()
    panel.search_box.setText("she is not breathing")
    wait_for_search(app, window)
    record("emergency")
    kiosk.screens.go_home()
    panel.search_box.setText("malaria")
    wait_for_search(app, window)
    record("results")
    kiosk.screens._open_from_list()
    window.open_article("what-are-the-symptoms-of-malaria")
    window.answer.article_requested.emit("how-can-malaria-be-prevented")
    record("answer")
    kiosk.still_there.start()
    record("still-there")
    kiosk.still_there.stop()
    print(json.dumps(result))
    if args.shots:
        args.shots.parent.mkdir(parents=True, exist_ok=True)
        sheet(shots, args.shots, args.label)
    kiosk.exit_authorised = True
    window.close()
    window.stop_background_work()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
