"""The question list: a proper Qt model, filtered as you type, grouped by category."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from healthref.core.content.store import QuestionItem
from healthref.ui.main_window import MainWindow
from healthref.ui.search.question_model import QuestionListModel, Row
from tests.ui.conftest import wait_for_first


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = QuestionListModel()
    model.set_rows(
        [
            Row.from_item(QuestionItem("a", "What is A?", "X")),
            Row.from_item(QuestionItem("b", "What is B?", "Y")),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_rows_answer_qt_s_own_roles_and_flags() -> None:
    # The model answers Qt's roles given as Qt's enums (it names them as ints: ui/qt_values).
    model = QuestionListModel()
    model.set_rows([Row("a", "What is A?", "Skin", snippet="A rash.")])
    first = model.index(0)
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == "What is A?"
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) == "A rash."
    assert model.data(first, Qt.ItemDataRole.AccessibleDescriptionRole) == "Skin. A rash."
    assert model.flags(first) == (
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
    )
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_all_questions_are_listed_at_start(window: MainWindow) -> None:
    model = window.search_panel.model
    assert model.rowCount() == 124
    first_categories = [
        model.data(model.index(r), QuestionListModel.CategoryRole) for r in range(model.rowCount())
    ]
    # grouped: each category appears as one run
    runs = [c for i, c in enumerate(first_categories) if i == 0 or c != first_categories[i - 1]]
    assert len(runs) == len(set(runs)) == 10


def test_typing_filters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "sepsis")
    wait_for_first(qtbot, window, "what-causes-sepsis")
    assert 0 < panel.model.rowCount() < 124
    spans = panel.model.data(panel.model.index(0), QuestionListModel.QuestionSpansRole)
    assert spans


def test_category_filter(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.category.setCurrentIndex(panel.category.findData("Mental health"))
    model = panel.model
    categories = {
        model.data(model.index(r), QuestionListModel.CategoryRole) for r in range(model.rowCount())
    }
    assert categories == {"Mental health"} and model.rowCount() == 8
