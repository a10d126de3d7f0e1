"""The kiosk's screens and how they fit the display: home → results → answer. On a small or
portrait screen one pane is shown at a time, with a large Back; on a wide one the results and
the answer sit side by side. The emergency strip always sits above everything else."""

from __future__ import annotations

import enum
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healthref.ui.category_names import category_label
from healthref.ui.kiosk.home import KioskHome
from healthref.ui.kiosk.parts import scroll_by_touch
from healthref.ui.kiosk.related import RelatedButtons
from healthref.ui.main_window import MainWindow
from healthref.ui.qt_values import SCROLL_BAR_ALWAYS_OFF, STRONG_FOCUS

WIDE_MIN_WIDTH = 1200  # logical pixels; below this (or in portrait) one pane at a time


class Screen(enum.Enum):
    HOME = "home"
    RESULTS = "results"
    ANSWER = "answer"


def take_from_layout(layout: QLayout, widget: QWidget) -> bool:
    """Remove `widget` from `layout` or any layout nested in it."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None and item.widget() is widget:
            layout.takeAt(index)
            return True
        child = item.layout() if item is not None else None
        if child is not None and take_from_layout(child, widget):
            return True
    return False


class KioskScreens(QObject):
    """Builds the kiosk's central widget and moves between its screens."""

    def __init__(self, window: MainWindow, home: KioskHome, touch_height: int) -> None:
        super().__init__(window)
        self.window = window
        self.home = home
        self.screen = Screen.HOME
        self._explicit_open = False
        panel = window.search_panel
        self.back_button = self._button(
            QCoreApplication.translate("KioskScreens", "‹  Back"), "kioskBack", touch_height
        )
        self.back_button.setAccessibleName(QCoreApplication.translate("KioskScreens", "Back"))
        self.home_button = self._button(
            QCoreApplication.translate("KioskScreens", "Home"), "kioskHomeButton", touch_height
        )
        self.larger_button = self._button("A+", "kioskLarger", touch_height)
        self.larger_button.setAccessibleName(
            QCoreApplication.translate("KioskScreens", "Larger text")
        )
        self.larger_button.setToolTip(QCoreApplication.translate("KioskScreens", "Larger text"))
        self.smaller_button = self._button("A−", "kioskSmaller", touch_height)
        self.smaller_button.setAccessibleName(
            QCoreApplication.translate("KioskScreens", "Smaller text")
        )
        self.smaller_button.setToolTip(QCoreApplication.translate("KioskScreens", "Smaller text"))
        self.finished_button = self._button(
            QCoreApplication.translate("KioskScreens", "I'm finished"),
            "kioskFinished",
            touch_height,
        )
        bar = QWidget(window)
        bar.setObjectName("kioskBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 6, 8, 0)
        for button in (self.back_button, self.home_button, self.larger_button):
            row.addWidget(button)
        row.addWidget(self.smaller_button)
        row.addStretch(1)
        row.addWidget(self.finished_button)
        ask = QWidget(window)
        ask.setObjectName("kioskAsk")
        ask_row = QHBoxLayout(ask)
        ask_row.setContentsMargins(8, 6, 8, 6)
        panel_layout = panel.layout()
        for moved in (panel.search_box, panel.emergency_strip):
            if panel_layout is not None:
                take_from_layout(panel_layout, moved)
        ask_row.addWidget(panel.search_box, 1)
        panel.search_box.setPlaceholderText(
            QCoreApplication.translate("KioskScreens", "Type your question here")
        )
        panel.search_box.setMinimumHeight(touch_height)
        panel.wants_clear_button = False  # its 22 px cross is no touch target
        panel.search_box.setClearButtonEnabled(False)
        self.clear_button = self._button(
            QCoreApplication.translate("KioskScreens", "Clear"), "kioskClear", touch_height
        )
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(panel.search_box.clear)
        self.clear_button.clicked.connect(lambda: panel.search_box.setFocus())
        ask_row.addWidget(self.clear_button)
        self.home_scroll = QScrollArea(window)
        self.home_scroll.setObjectName("kioskHomeScroll")
        self.home_scroll.setWidgetResizable(True)
        self.home_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.home_scroll.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.home_scroll.setWidget(home)
        scroll_by_touch(window, self.home_scroll)
        self.right = QStackedWidget(window)
        self.right.setObjectName("kioskRight")
        window.splitter.replaceWidget(1, self.right)
        self.right.addWidget(self.home_scroll)
        self.right.addWidget(window.reading)
        window.splitter.setHandleWidth(12)
        self.related = RelatedButtons(touch_height, window.reading)
        reading_layout = window.reading.layout()
        if reading_layout is not None:
            reading_layout.addWidget(self.related)
        self.related.article_chosen.connect(window.answer.article_requested.emit)
        central = QWidget(window)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(panel.emergency_strip)  # above everything else, on every screen
        column.addWidget(bar)
        column.addWidget(ask)
        column.addWidget(window.splitter, 1)
        window.setCentralWidget(central)
        self.central = central

        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(self.go_home)
        panel.search_box.textChanged.connect(self._query_changed)
        panel.list_view.clicked.connect(lambda _index: self._open_from_list())
        panel.list_view.activated.connect(lambda _index: self._open_from_list())
        home.category_chosen.connect(self.open_topic)
        home.article_chosen.connect(self._open_featured)
        window.answer.textChanged.connect(self._answer_shown)
        central.installEventFilter(self)
        self.apply()

    def _button(self, text: str, name: str, height: int) -> QPushButton:
        button = QPushButton(text, self.window)
        button.setObjectName(name)
        button.setMinimumSize(height, height)
        button.setProperty("focusPolicy", STRONG_FOCUS)
        return button

    # --- which panes show ------------------------------------------------------------------
    @property
    def wide(self) -> bool:
        """Side by side when there is room: a landscape screen at least WIDE_MIN_WIDTH wide."""
        size = self.central.size()
        return size.width() >= WIDE_MIN_WIDTH and size.width() > size.height()

    def show_screen(self, screen: Screen) -> None:
        self.screen = screen
        self.apply()

    def apply(self) -> None:
        panel, screen = self.window.search_panel, self.screen
        page: QWidget = self.home_scroll if screen is Screen.HOME else self.window.reading
        if self.wide:
            panel.setVisible(screen is not Screen.HOME)
            self.right.setVisible(True)
            width = self.central.width()
            self.window.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])
        else:
            panel.setVisible(screen is Screen.RESULTS)
            self.right.setVisible(screen is not Screen.RESULTS)
        self.right.setCurrentWidget(page)
        self.back_button.setEnabled(screen is not Screen.HOME)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.central and event.type() == QEvent.Type.Resize:
            self.apply()
        return super().eventFilter(watched, event)

    # --- moving between screens ----------------------------------------------------------
    def _query_changed(self, text: str) -> None:
        self.clear_button.setEnabled(bool(text))
        if not text.strip():
            return
        if self.screen is Screen.HOME:
            self._show_page(
                QCoreApplication.translate("KioskScreens", "Your question"),
                QCoreApplication.translate(
                    "KioskScreens", "Choose a question from the list to read its answer."
                ),
            )
            self.show_screen(Screen.RESULTS)
        elif self.screen is Screen.ANSWER and not self.wide:
            self.show_screen(Screen.RESULTS)

    def _show_page(self, title: str, text: str) -> None:
        """A short page in the answer pane while no article is open."""
        self.window.reading.hide_banner()
        self.window.answer.show_page(
            f'<h1 class="question">{escape(title)}</h1><p>{escape(text)}</p>'
        )

    def _open_from_list(self) -> None:
        self._explicit_open = True
        self.window.search_panel.open_current()
        self.show_screen(Screen.ANSWER)

    def _open_featured(self, slug: str) -> None:
        self._explicit_open = True
        self.window.open_article(slug)

    def _answer_shown(self) -> None:
        slug = self.window.answer.current_slug
        view = self.window.store.article(slug) if slug else None
        self.related.show_links(view.related if view is not None else ())
        if not slug:
            return
        if self.wide or self._explicit_open or self.screen is Screen.ANSWER:
            self._explicit_open = False
            self.show_screen(Screen.ANSWER)

    def open_topic(self, name: str) -> None:
        """A topic tile: that topic's questions, with the topic named beside them."""
        panel = self.window.search_panel
        panel.search_box.clear()
        panel.category.setCurrentIndex(max(panel.category.findData(name), 0))
        count = panel.model.rowCount()
        self._show_page(
            category_label(name),
            QCoreApplication.translate(
                "KioskScreens", "%n questions. Choose one from the list.", None, count
            ),
        )
        self.show_screen(Screen.RESULTS)
        panel.list_view.setFocus()

    def back(self) -> None:
        """One step back: the previous article followed, else the list, else home."""
        window = self.window
        if self.screen is Screen.ANSWER and window.trail.can_go_back():
            window.back_action.trigger()
            return
        panel = window.search_panel
        has_list = bool(panel.search_box.text().strip() or panel.category.currentIndex())
        if self.screen is Screen.ANSWER and has_list and not self.wide:
            self.show_screen(Screen.RESULTS)
            panel.list_view.setFocus()
        else:
            self.go_home()

    def go_home(self) -> None:
        """The home screen with an empty search; the visitor's text size stays."""
        window = self.window
        window.search_panel.reset_for_new_visitor()
        window.reading.hide_banner()
        window.answer.current_slug = None
        window.answer.clear()
        window.clear_history()
        self.show_screen(Screen.HOME)
        window.search_panel.search_box.setFocus()

    def reset_for_new_visitor(self) -> None:
        """The home screen, on whatever layout the display calls for."""
        self._explicit_open = False
        self.related.reset_for_new_visitor()
        self.show_screen(Screen.HOME)
        self.home_scroll.verticalScrollBar().setValue(0)
