"""Eliding without Qt's enum: the same cut Qt makes, and a label that keeps its whole text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from healthref.ui.elided_label import ElidedLabel, elided

TEXT = "Content as of 2026-12-01, from the healthref release (bundled)"


def test_a_text_that_fits_is_left_whole() -> None:
    metrics = QFontMetrics(QFont())
    assert elided(TEXT, metrics, metrics.horizontalAdvance(TEXT)) == TEXT


def test_a_long_text_is_cut_at_its_end_to_fit_as_qt_cuts_it() -> None:
    metrics = QFontMetrics(QFont())
    for width in (30, 80, 150, 300):
        cut = elided(TEXT, metrics, width)
        assert cut.endswith("…") and TEXT.startswith(cut[:-1])
        assert metrics.horizontalAdvance(cut) <= width
        longer = TEXT[: len(cut)] + "…"  # one character more no longer fits
        assert metrics.horizontalAdvance(longer) > width
        by_qt = metrics.elidedText(TEXT, Qt.TextElideMode.ElideRight, width)
        assert abs(len(by_qt) - len(cut)) <= 1, (width, by_qt, cut)


def test_the_label_keeps_its_whole_text_when_narrow(qtbot: QtBot) -> None:
    label = ElidedLabel(TEXT)
    qtbot.addWidget(label)
    label.resize(120, 30)
    label.show()
    qtbot.waitExposed(label)
    assert not label.grab().isNull()  # painted, elided
    assert label.text() == TEXT
    assert label.toolTip() == TEXT
