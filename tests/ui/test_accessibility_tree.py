"""The QAccessible tree a screen reader walks: every focusable widget has a name, the category
box is named by its label, list items expose question and category, the title names the
open question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from healthref.ui.main_window import MainWindow
from tests.ui.conftest import open_suggest_dialog


def _focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isEnabled()
        and not w.inherits("QScrollBar")
    ]


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in _focusable(root):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        if not interface.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__}#{widget.objectName()}")
    return missing


def test_every_focusable_widget_has_a_name(qtbot: QtBot, window: MainWindow) -> None:
    assert _unnamed(window) == []
    dialog = open_suggest_dialog(qtbot, window, "a")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed(dialog) == []
    dialog.reject()


def test_category_box_is_named_by_its_label(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.search_panel.category
    interface = QAccessible.queryAccessibleInterface(combo)
    assert interface is not None
    # On Linux Qt names a combo box by its value and gives its label as a relation, which is
    # what Orca reads; elsewhere the name is the accessible name.
    assert combo.accessibleName() == "Category"
    labels = [
        other.object()
        for other, relation in interface.relations(QAccessible.RelationFlag.Label)
        if other is not None
    ]
    assert window.search_panel.category_label in labels


def test_list_items_expose_question_and_category(qtbot: QtBot, window: MainWindow) -> None:
    view = window.search_panel.list_view
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None and interface.text(QAccessible.Text.Name) == "Questions"
    first = window.search_panel.model.row_at(0)
    assert first is not None
    texts = []
    for number in range(interface.childCount()):
        child = interface.child(number)
        if child is not None:
            texts.append(
                child.text(QAccessible.Text.Name) + " | " + child.text(QAccessible.Text.Description)
            )
    match = [t for t in texts if t.startswith(first.question)]
    assert match and first.category in match[0], texts[:3]


def test_answer_pane_is_named_and_title_names_the_question(
    qtbot: QtBot, window: MainWindow
) -> None:
    answer = QAccessible.queryAccessibleInterface(window.answer)
    assert answer is not None and answer.text(QAccessible.Text.Name) == "Answer"
    window.open_article("what-causes-sepsis")
    assert window.windowTitle().startswith("What causes sepsis?")
    assert "What causes sepsis?" in answer.text(QAccessible.Text.Description)
    QApplication.processEvents()
