"""The urgency callouts are really painted: a background on each tier's cell, different from
the page, with every text colour in it at 4.5:1 or more against what is painted."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextTable
from pytestqt.qtbot import QtBot

from healthref.ui.main_window import MainWindow

SLUG = "what-is-pre-eclampsia"  # has every tier: emergency, today, days, care at home
CALLOUTS = ("help-now", "tier-emergency", "tier-today", "tier-days", "tier-home")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _tables_by_class(window: MainWindow) -> dict[str, QTextTable]:
    """Each callout table, found by the text of its label."""
    document = window.answer.document()
    labels = {
        "help-now": "Get help now if…",
        "tier-emergency": "Get emergency help now",
        "tier-today": "See a health worker today",
        "tier-days": "See a health worker within a few days",
        "tier-home": "Care at home",
    }
    found: dict[str, QTextTable] = {}
    for name, label in labels.items():
        cursor = document.find(label)
        assert not cursor.isNull(), label
        table = cursor.currentTable()
        assert table is not None, f"{label} is not in a table cell"
        found[name] = table
    return found


def test_every_callout_paints_its_background_with_readable_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 768)
    window.open_article(SLUG)
    answer = window.answer
    qtbot.waitUntil(lambda: answer.viewport().width() > 700)
    qtbot.wait(50)  # let the document lay itself out at this width
    document = answer.document()
    layout = document.documentLayout()
    page = answer.viewport().grab().toImage().pixelColor(answer.viewport().width() - 3, 3)
    assert answer.current_slug == SLUG
    for name in CALLOUTS:
        top = layout.frameBoundingRect(_tables_by_class(window)[name]).top()
        answer.verticalScrollBar().setValue(max(0, int(top) - 20))
        qtbot.wait(20)
        found: list[QColor] = []

        def sample(name: str = name, found: list[QColor] = found) -> bool:
            table = _tables_by_class(window)[name]
            box = layout.frameBoundingRect(table)
            image = answer.viewport().grab().toImage()
            # Just above the cell's first line of text lies its padding: sample along it.
            y = answer.cursorRect(table.cellAt(0, 0).firstCursorPosition()).top() - 4
            samples = [
                image.pixelColor(QPoint(x, y)).name()
                for x in range(int(box.left()) + 40, int(box.right()) - 40, 7)
            ]
            found[:] = [QColor(Counter(samples).most_common(1)[0][0])]
            return found[0] != page

        # Painting follows the scroll a moment later on a busy machine: wait for it.
        qtbot.waitUntil(sample, timeout=3000)
        painted = found[0]
        table = _tables_by_class(window)[name]
        cell = table.cellAt(0, 0)
        cursor = QTextCursor(cell.firstCursorPosition())
        end = cell.lastCursorPosition().position()
        colours: set[str] = set()
        plain = answer.palette().color(QPalette.ColorRole.Text).name()
        while cursor.position() < end:
            brush = cursor.charFormat().foreground()
            # Text with no colour of its own is painted in the view's text colour.
            colours.add(plain if brush.style() == Qt.BrushStyle.NoBrush else brush.color().name())
            if not cursor.movePosition(QTextCursor.MoveOperation.NextBlock):
                break
        for colour in colours:
            ratio = contrast(QColor(colour), painted)
            assert ratio >= 4.5, f"{name}: text {colour} on {painted.name()} is {ratio:.2f}:1"
