"""Measuring what is painted: text and border colours read back from a grabbed widget."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from healthref.ui.appearance.colours import contrast


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def colour_at(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def measured(image: QImage, rect: QRect) -> tuple[float, str, str]:
    """(contrast, text colour, background) inside `rect`: the background is the commonest
    colour there, the text the painted colour that stands out most from it."""
    rect = rect.intersected(image.rect())
    assert rect.width() > 2 and rect.height() > 2, f"nothing painted in {rect}"
    colours = Counter(
        colour_at(image, x, y)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    background = colours.most_common(1)[0][0]
    text = max(colours, key=lambda c: contrast(c, background))
    return contrast(text, background), text, background


def text_rect(view: QTextEdit, needle: str, length: int = 8) -> QRect:
    """Scroll `needle` into view and return the viewport rectangle of its first characters."""
    document = view.document()
    found = document.find(needle)
    assert not found.isNull(), f"{needle!r} is not on the page"
    start = QTextCursor(document)
    start.setPosition(found.selectionStart())
    view.setTextCursor(start)
    view.ensureCursorVisible()
    end = QTextCursor(document)
    end.setPosition(min(found.selectionStart() + length, found.selectionEnd()))
    first, last = view.cursorRect(start), view.cursorRect(end)
    return QRect(first.topLeft() + QPoint(1, 1), QPoint(last.left() - 1, first.bottom() - 1))


def border_beside(image: QImage, x: int, y: int) -> tuple[str, str]:
    """Walking left from inside a box at (x, y): the box's border colour and the page's."""
    inside = colour_at(image, x, y)
    while x > 0 and contrast(colour_at(image, x, y), inside) < 1.05:
        x -= 1
    border = colour_at(image, x, y)
    while x > 0 and contrast(colour_at(image, x, y), border) < 1.05:
        x -= 1
    return border, colour_at(image, x, y)
