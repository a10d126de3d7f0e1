"""Question rows are as tall as what they draw: a highlighted question that fits on one line
gets no empty line under it, and one that wraps is not cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from healthref.ui.search.hit_delegate import MAX_QUESTION_LINES, PADDING, HitDelegate
from healthref.ui.search.question_model import QuestionListModel, Row

QUESTIONS = [
    "What causes fever in a child, and when is it serious?",
    "What is dengue fever and what are its warning signs?",
    "What causes a rash with fever?",
    "How is rabies spread, and what should I do after an animal bite?",
]


def _spans(question: str, word: str) -> tuple[tuple[int, int], ...]:
    start = question.lower().find(word) if word else -1
    return ((start, start + len(word)),) if start >= 0 else ()


def _drawn_question_lines(
    delegate: HitDelegate, option: QStyleOptionViewItem, index: QModelIndex
) -> int:
    document = delegate._document(option, index, option.rect.width())
    document.documentLayout()  # lays it out
    return min(document.firstBlock().layout().lineCount(), MAX_QUESTION_LINES)


def _list_of(qtbot: QtBot, rows: list[Row]) -> tuple[QListView, QuestionListModel, HitDelegate]:
    """A question list drawn by the row delegate, holding `rows`."""
    view = QListView()
    qtbot.addWidget(view)
    model = QuestionListModel(view)
    delegate = HitDelegate(view)
    view.setModel(model)
    view.setItemDelegate(delegate)
    model.set_rows(rows)
    return view, model, delegate


def test_each_row_is_as_tall_as_its_question_draws(qtbot: QtBot) -> None:
    rows = [
        Row(f"q{n}", q, "Symptoms", "A snippet.", _spans(q, word), (), False, True)
        for n, q in enumerate(QUESTIONS)
        for word in ("fever", "")
    ]
    view, model, delegate = _list_of(qtbot, rows)
    font_metrics = view.fontMetrics()
    checked_one_line = checked_two_lines = 0
    for width in range(300, 520, 3):  # every width a narrow or wide list might have
        for row in range(model.rowCount()):
            index = model.index(row)
            option = QStyleOptionViewItem()
            option.initFrom(view)
            option.rect.setWidth(width)
            hinted = delegate.sizeHint(option, index).height()
            option.rect.setHeight(hinted)
            lines = _drawn_question_lines(delegate, option, index)
            one_line_hint = delegate.sizeHint(option, model.index(4)).height()  # a short one
            # Rows of the same drawn line count share a height; a two-line row is taller.
            if lines == 1:
                checked_one_line += 1
                assert hinted == one_line_hint, (width, QUESTIONS[row // 2])
            else:
                checked_two_lines += 1
                assert hinted >= one_line_hint + font_metrics.lineSpacing() - 2, (width, row)
            assert hinted >= 2 * PADDING
    assert checked_one_line and checked_two_lines  # both kinds were seen at these widths


def test_a_remembered_row_follows_its_font_and_colours(qtbot: QtBot) -> None:
    # Heights and drawn rows are remembered between paints: a larger text size must make rows
    # taller, and a new theme must draw them in its colours.
    row = Row("q0", QUESTIONS[0], "Symptoms", "A snippet.", (), (), False, True)
    view, model, delegate = _list_of(qtbot, [row])
    index = model.index(0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect.setWidth(320)
    small = delegate.sizeHint(option, index).height()
    first = delegate._document(option, index, 320)
    assert delegate._document(option, index, 320) is first  # drawn again: remembered
    bigger = QFont(option.font)
    bigger.setPointSizeF(option.font.pointSizeF() * 1.6)
    option.font = bigger
    assert delegate.sizeHint(option, index).height() > small
    option.font = view.font()
    palette = QPalette(option.palette)
    palette.setColor(QPalette.ColorRole.Text, QColor("#123456"))
    option.palette = palette
    recoloured = delegate._document(option, index, 320)
    assert recoloured is not first and "#123456" in recoloured.toHtml()
