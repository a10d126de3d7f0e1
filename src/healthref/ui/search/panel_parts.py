"""The widgets the search panel is built from: the question list and its wrapped, hidden
labels (the notice, the emergency strip, the suggest footer, the empty state)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from healthref.ui.qt_values import (
    ALIGN_LEFT,
    ALIGN_TOP,
    LINKS_ACCESSIBLE_BY_KEYBOARD,
    LINKS_ACCESSIBLE_BY_MOUSE,
    PLAIN_TEXT,
    RICH_TEXT,
    SCROLL_BAR_ALWAYS_OFF,
    SCROLL_BAR_ALWAYS_ON,
    STRONG_FOCUS,
)
from healthref.ui.search.hit_delegate import HitDelegate
from healthref.ui.search.question_model import QuestionListModel
from healthref.ui.search.reader_label import ReaderLabel

LAYOUT_BATCH = 40
# A list this long is measured in one pass (about 15 ms): the frame that shows it has its
# rows. A batched layout draws no row until its last batch is done, so a longer list is laid
# out in batches only to keep the window answering meanwhile.
SINGLE_PASS_ROWS = 400


def own_viewport(view: QAbstractItemView) -> QWidget:
    """A viewport made in Python for `view`, painted as Qt's own would be. The first widget
    Qt made itself that Python is handed (`view.viewport()` of Qt's viewport) sets up the
    classes of ~55 widget types it might be, about 10 ms the first frame need not spend."""
    viewport = QWidget(view)
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


def fit_layout_mode(view: QListView, rows: int) -> None:
    """One pass for a list of `rows` short enough to measure within a frame, else batches."""
    modes = QListView.LayoutMode
    wanted = modes.SinglePass if rows <= SINGLE_PASS_ROWS else modes.Batched
    if view.layoutMode() != wanted:
        view.setLayoutMode(wanted)


def question_list(parent: QWidget, model: QuestionListModel, name: str) -> QListView:
    """The results list: word-wrapped rows of varying height (a long list laid out in
    batches, `fit_layout_mode`)."""
    view = QListView(parent)
    view.setViewport(own_viewport(view))
    view.setObjectName("questionList")
    view.setModel(model)
    view.setItemDelegate(HitDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setUniformItemSizes(False)
    view.setBatchSize(LAYOUT_BATCH)  # when batched (`fit_layout_mode`)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # re-measure when narrower
    view.setWordWrap(True)
    # Its width never changes with the number of rows: a scroll bar that came and went would
    # measure every row again at the new width (twice over before the first frame).
    view.setProperty("verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_ON)
    view.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)  # rows wrap
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setAccessibleName(name)
    return view


class PanelLabel(ReaderLabel):
    """A wrapped label, hidden until needed; rich ones follow their links (`on_link`), which
    Tab reaches and Enter follows. Set through Qt properties with plain ints (ui/qt_values):
    the setters' enums would load the Qt namespace before the first answer."""

    def __init__(
        self,
        parent: QWidget,
        name: str,
        on_link: Callable[[str], None],
        *,
        rich: bool = True,
        top_left: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setProperty("textFormat", RICH_TEXT if rich else PLAIN_TEXT)
        if rich:
            links = LINKS_ACCESSIBLE_BY_KEYBOARD | LINKS_ACCESSIBLE_BY_MOUSE
            self.setProperty("textInteractionFlags", links)
            self.setProperty("focusPolicy", STRONG_FOCUS)
            self.linkActivated.connect(on_link)
        if top_left:
            self.setProperty("alignment", ALIGN_TOP | ALIGN_LEFT)
        self.hide()


def stack_panel(
    panel: QWidget,
    search_box: QWidget,
    filter_row: tuple[QWidget, QWidget],
    above_results: tuple[QWidget, ...],
    results: QWidget,
    footer: QWidget,
) -> None:
    """Top to bottom: the search box on a row of its own (beside the category filter a narrow
    panel left it too short to show its hint), the filter's label and box, what is said above
    the results, the results (taking the height left), and the footer."""
    row = QHBoxLayout()
    row.addWidget(filter_row[0])
    row.addWidget(filter_row[1], 1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(8, 8, 4, 8)
    layout.addWidget(search_box)
    layout.addLayout(row)
    for widget in above_results:
        layout.addWidget(widget)
    layout.addWidget(results, 1)
    layout.addWidget(footer)


def emergency_strip(parent: QWidget) -> PanelLabel:
    """The strip above the results when the query describes an emergency: white on deep red
    (7:1), and its words carry the message without the colour."""
    label = PanelLabel(parent, "emergencyStrip", lambda _link: None, rich=False)
    label.setAccessibleName(QCoreApplication.translate("SearchPanel", "Emergency"))
    label.setStyleSheet(
        "background-color: #9b1c1c; color: #ffffff; font-weight: bold; padding: 8px;"
    )
    return label
