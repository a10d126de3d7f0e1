"""Kiosk mode: a locked full-screen window that forgets each visitor. Keys that would leave
or close it do nothing; after a quiet spell it asks "Are you still there?" and then goes home
with nothing of the last visitor left."""

from __future__ import annotations

import datetime as dt
import random

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from healthref.core.settings.kiosk import KioskSettings, pin_matches
from healthref.ui.kiosk.home import TOUCH_HEIGHT, KioskHome
from healthref.ui.kiosk.parts import PinDialog, StillTherePanel, touch_stylesheet
from healthref.ui.main_window import MainWindow


def key_combination(text: str) -> QKeyCombination:
    """The first key combination of a key sequence such as "Ctrl+Alt+Shift+X"."""
    combination: QKeyCombination = QKeySequence(text)[0]  # type: ignore[index]
    return combination


BLOCKED = [
    key_combination(k)
    for k in (
        "Esc",
        "Alt+F4",
        "Ctrl+Q",
        "Ctrl+W",
        "F11",
        "Ctrl+P",
        "Ctrl+S",
        "Ctrl+O",
        "Alt+Left",
        "Alt+Right",
    )
]
ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
    QEvent.Type.TouchUpdate,
}


class KioskController(QObject):
    """Applies kiosk mode to a MainWindow and watches the whole application's input."""

    def __init__(self, window: MainWindow, settings: KioskSettings, app: QApplication) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.app = app
        self.pin_dialog: PinDialog | None = None
        self._chord = key_combination(settings.exit_chord)
        window.menuBar().hide()
        window.menuBar().setEnabled(False)
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._scale_fonts()
        self._build_home()
        self._build_bar()
        for area in (window.search_panel.list_view, window.answer):
            QScroller.grabGesture(
                area.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
            )
        self.still_there = StillTherePanel(settings.countdown_seconds, window)
        self.still_there.still_here.connect(self.visitor_active)
        self.still_there.timed_out.connect(self.reset)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(settings.idle_seconds * 1000)
        self.idle.timeout.connect(self.still_there.start)
        self.idle.start()
        window.visitor_state.register(self)
        app.installEventFilter(self)

    @property
    def exit_authorised(self) -> bool:
        """Whether the operator's PIN has allowed the window to close."""
        return self.window.policy.exit_authorised

    @exit_authorised.setter
    def exit_authorised(self, allowed: bool) -> None:
        self.window.policy.exit_authorised = allowed

    # --- building ---------------------------------------------------------------------------
    def _scale_fonts(self) -> None:
        size = self.app.font().pointSizeF() * self.settings.font_scale
        self.window.setStyleSheet(touch_stylesheet(TOUCH_HEIGHT, size))
        panel = self.window.search_panel
        panel.search_box.setMinimumHeight(TOUCH_HEIGHT)
        panel.category.setMaximumWidth(260)  # the search box is the big thing; tiles pick topics

    def _build_home(self) -> None:
        window = self.window
        featured = window.store.questions()
        random.Random(dt.date.today().toordinal()).shuffle(featured)  # a new order each day
        self.home = KioskHome(
            window.store.categories(),
            featured,
            self.settings.desk_message,
            self.settings.featured_seconds,
            window,
        )
        self.right = QStackedWidget(window)
        window.splitter.replaceWidget(1, self.right)
        self.right.addWidget(self.home)
        self.right.addWidget(window.reading)
        self.home.category_chosen.connect(self._choose_category)
        self.home.article_chosen.connect(window.open_article)
        window.answer.textChanged.connect(self._answer_shown)

    def _build_bar(self) -> None:
        bar = QWidget(self.window)
        bar.setObjectName("kioskBar")
        self.home_button = QPushButton(self.window.tr("Home"), bar)
        self.larger_button = QPushButton(self.window.tr("A+  Larger text"), bar)
        self.smaller_button = QPushButton(self.window.tr("A−  Smaller text"), bar)
        self.finished_button = QPushButton(self.window.tr("I'm finished"), bar)
        self.finished_button.setObjectName("kioskFinished")
        self.home_button.clicked.connect(self.go_home)
        self.larger_button.clicked.connect(lambda: self.window.answer.zoom(1))
        self.smaller_button.clicked.connect(lambda: self.window.answer.zoom(-1))
        self.finished_button.clicked.connect(self.reset)
        row = QHBoxLayout(bar)
        for button in (self.home_button, self.larger_button, self.smaller_button):
            button.setMinimumHeight(TOUCH_HEIGHT)
            row.addWidget(button)
        row.addStretch(1)
        self.finished_button.setMinimumHeight(TOUCH_HEIGHT)
        row.addWidget(self.finished_button)
        central = QWidget(self.window)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(bar)
        column.addWidget(self.window.splitter, 1)
        self.window.setCentralWidget(central)

    # --- behaviour ----------------------------------------------------------------------------
    def _choose_category(self, name: str) -> None:
        panel = self.window.search_panel
        panel.category.setCurrentIndex(max(panel.category.findData(name), 0))
        panel.list_view.setFocus()

    def _answer_shown(self) -> None:
        if self.window.answer.current_slug:
            self.right.setCurrentWidget(self.window.reading)

    def go_home(self) -> None:
        self.window.answer.current_slug = None
        self.window.answer.clear()
        self.right.setCurrentWidget(self.home)

    def visitor_active(self) -> None:
        self.still_there.stop()
        self.idle.start()

    def reset_for_new_visitor(self) -> None:
        """The kiosk's own state: no open dialog but the operator's, the home screen."""
        self.still_there.stop()
        for dialog in self.window.findChildren(QDialog):
            if dialog is not self.pin_dialog:
                dialog.reject()
                dialog.deleteLater()
        self.go_home()

    def reset(self) -> None:
        """Back to the home screen with nothing of the last visitor left: every registered
        owner of visitor state forgets it."""
        self.window.reset_for_new_visitor()
        self.window.search_panel.search_box.setFocus()
        self.idle.start()

    def request_exit(self) -> None:
        if self.pin_dialog is not None:
            return
        self.pin_dialog = PinDialog(self.window)
        self.pin_dialog.pin_entered.connect(self._check_pin)
        self.pin_dialog.finished.connect(lambda _r: setattr(self, "pin_dialog", None))
        self.pin_dialog.open()

    def _check_pin(self, pin: str) -> None:
        if self.settings.pin_hash and pin_matches(pin, self.settings.pin_hash):
            self.exit_authorised = True
            self.app.removeEventFilter(self)
            self.window.close()
            self.app.quit()
        elif self.pin_dialog is not None:
            self.pin_dialog.wrong_pin()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            if self.still_there.isVisible() and kind != QEvent.Type.KeyPress:
                self.visitor_active()
            else:
                self.idle.start()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            combination = event.keyCombination()
            if combination == self._chord:
                if kind == QEvent.Type.KeyPress:
                    self.request_exit()
                return True
            if combination in BLOCKED and not (self.pin_dialog and self.pin_dialog.isVisible()):
                return True
        return super().eventFilter(watched, event)
