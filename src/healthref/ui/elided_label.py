"""ElidedLabel: a one-line label that ends in "…" where it is narrower than its text; its
text, tooltip and accessible name stay whole (for the status bar of a narrow window)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from healthref.ui.qt_values import ALIGN_LEFT, ALIGN_RIGHT, ALIGN_VCENTER

MIN_CHARS = 12  # never narrower than about this many characters


def elided(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` cut at its end to fit `width` with "…" — as `QFontMetrics.elidedText` would,
    without its Qt namespace enum (see ui/qt_values)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle] + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


class ElidedLabel(QLabel):
    """`cap_to_half_of(widget)` keeps it to at most half that widget's width, so text beside
    it (the status bar's message) keeps room too."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self._capped_by: QWidget | None = None

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().averageCharWidth() * MIN_CHARS), hint.height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = elided(self.text(), self.fontMetrics(), rect.width())
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        side = ALIGN_RIGHT if self.isRightToLeft() else ALIGN_LEFT  # where its text starts
        self.style().drawItemText(
            painter,
            rect,
            side | ALIGN_VCENTER,
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )

    def cap_to_half_of(self, widget: QWidget) -> None:
        self._capped_by = widget
        widget.installEventFilter(self)
        self._cap()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._capped_by and event.type() == QEvent.Type.Resize:
            self._cap()
        return False

    def _cap(self) -> None:
        if self._capped_by is not None:
            self.setMaximumWidth(max(self.minimumSizeHint().width(), self._capped_by.width() // 2))
