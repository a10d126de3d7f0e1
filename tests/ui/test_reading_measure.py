"""A readable measure and one text size: lines stay ≤ 75 characters however wide the window,
the largest size reaches the small print and the list, and "Get help now if…" stays on the
first screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from healthref.core.content.notices import DISCLAIMER, HELP_NOW_TITLE
from healthref.ui.appearance.answer_css import NORMAL_STEP, TEXT_STEPS
from healthref.ui.main_window import MainWindow
from healthref.ui.reading.answer_view import AnswerView


def longest_line(answer: AnswerView) -> tuple[int, str]:
    """The most characters on one laid-out line of the page, and that line."""
    longest = (0, "")
    block = answer.document().begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            longest = max(longest, (len(text.rstrip()), text))
        block = block.next()
    return longest


def point_size_at(answer: AnswerView, needle: str) -> float:
    found = answer.document().find(needle)
    assert not found.isNull(), needle
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    return cursor.charFormat().font().pointSizeF()


def test_lines_stay_readable_at_1920_px(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1920, 1080)
    for slug in ("how-is-heatstroke-treated", "what-causes-sepsis"):
        assert window.open_article(slug)
        qtbot.waitUntil(lambda: window.answer.viewport().width() > 1000)
        length, line = longest_line(window.answer)
        assert 40 < length <= 75, (slug, line)
        margin = window.answer.document().rootFrame().frameFormat()
        assert abs(margin.leftMargin() - margin.rightMargin()) < 1  # centred


def test_the_column_is_centred_in_the_pane_as_it_changes(qtbot: QtBot, window: MainWindow) -> None:
    """The text column keeps one width, centred in what the pane really shows: from the
    first frame's welcome page, as a long article brings the scroll bar, and as the window
    narrows or widens."""
    answer = window.answer

    def column() -> tuple[float, float, float]:
        """Left gap, text width and right gap, in the pane's visible width."""
        form = answer.document().rootFrame().frameFormat()
        left, right = form.leftMargin(), form.rightMargin()
        visible = answer.viewport().width()
        return left, visible - left - right, right

    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: column()[0] > 100)
    welcome = column()  # no scroll bar
    assert not answer.verticalScrollBar().isVisible()
    assert window.open_article("how-is-heatstroke-treated")
    qtbot.waitUntil(lambda: answer.verticalScrollBar().isVisible())

    def resize_to(width: int, height: int) -> None:
        window.resize(width, height)
        qtbot.waitUntil(lambda: answer.viewport().width() < width - 200)

    for size in ((1920, 1080), (1500, 900)):
        resize_to(*size)
        left, width, right = column()
        assert width == pytest.approx(welcome[1], abs=2), size
        assert left == pytest.approx(right, abs=1), size
    resize_to(700, 600)  # too narrow for the measure: the least margin on each side
    qtbot.waitUntil(lambda: column()[0] < 30)


@pytest.mark.parametrize("size", [1366, 1920])
def test_largest_text_still_fits_the_measure(qtbot: QtBot, window: MainWindow, size: int) -> None:
    window.resize(size, 800)
    window.appearance.step = len(TEXT_STEPS) - 1
    window.appearance.apply()
    assert window.open_article("how-is-heatstroke-treated")
    assert longest_line(window.answer)[0] <= 75


def test_largest_text_scales_small_print_and_list(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_article("how-is-heatstroke-treated")
    answer, appearance = window.answer, window.appearance
    needles = {"disclaimer": DISCLAIMER[:12], "quick label": "Quick answer", "body": "Heat"}
    before = {k: point_size_at(answer, v) for k, v in needles.items()}
    row_before = window.search_panel.list_view.sizeHintForRow(0)
    for _ in TEXT_STEPS:
        qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert appearance.step == len(TEXT_STEPS) - 1
    after = {k: point_size_at(answer, v) for k, v in needles.items()}
    growth = TEXT_STEPS[-1] / TEXT_STEPS[NORMAL_STEP]
    for name in needles:
        assert after[name] == pytest.approx(before[name] * growth, rel=0.05), name
    assert before["disclaimer"] >= 9.5  # small print is never tiny
    assert window.search_panel.list_view.font().pointSizeF() == pytest.approx(10.5 * growth)
    assert window.search_panel.list_view.sizeHintForRow(0) > row_before * 1.5


def test_text_size_and_theme_are_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.appearance.zoom(1)
    window.appearance.set_theme("dark")
    assert window.settings is not None
    window.settings.sync()
    from healthref.ui.appearance.controller import Appearance

    again = Appearance("", window.settings)
    assert again.theme == "dark" and again.step == NORMAL_STEP + 1


@pytest.mark.parametrize(("width", "height", "screens"), [(1366, 768, 1.0), (1024, 600, 1.5)])
def test_help_now_box_is_on_the_first_screen(
    qtbot: QtBot, window: MainWindow, width: int, height: int, screens: float
) -> None:
    """Every article with emergency signs shows its "Get help now if…" box whole within the
    first screen of the answer pane (1.5 screens on a small netbook)."""
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    answer = window.answer
    slugs = [q.slug for q in window.store.questions()]
    checked = 0
    for slug in slugs:
        assert window.open_article(slug)
        document = answer.document()
        found = document.find(HELP_NOW_TITLE)
        if found.isNull():
            continue
        table = QTextCursor(found).currentTable()
        assert table is not None, slug
        layout = document.documentLayout()
        box = layout.frameBoundingRect(table)
        limit = answer.viewport().height() * screens
        assert box.bottom() <= limit, (slug, box.bottom(), limit)
        checked += 1
    assert checked > 20
