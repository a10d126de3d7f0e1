"""The widgets the search panel is built from: the question list and its wrapped, hidden
labels (the notice, the emergency strip, the suggest footer, the empty state)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QWidget

from healthref.ui.search.hit_delegate import HitDelegate
from healthref.ui.search.question_model import QuestionListModel

LAYOUT_BATCH = 40


def question_list(parent: QWidget, model: QuestionListModel, name: str) -> QListView:
    """The results list: word-wrapped rows of varying height, laid out in batches so the
    window appears before every row is measured."""
    view = QListView(parent)
    view.setObjectName("questionList")
    view.setModel(model)
    view.setItemDelegate(HitDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(False)
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(LAYOUT_BATCH)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure when narrower
    view.setWordWrap(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAccessibleName(name)
    return view


def panel_label(
    label: QLabel, name: str, on_link: Callable[[str], None], *, rich: bool = True
) -> QLabel:
    """A wrapped label, hidden until needed; rich ones follow their links (`on_link`), which
    Tab reaches and Enter follows."""
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if rich:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.linkActivated.connect(on_link)
    label.hide()
    return label
