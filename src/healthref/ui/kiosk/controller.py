"""Kiosk mode: a locked full-screen window that forgets each visitor. Keys that would leave
or close it do nothing; after a quiet spell it asks "Are you still there?" and then goes home
with nothing of the last visitor left."""

from __future__ import annotations

import datetime as dt
import functools
import random

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QStyledItemDelegate,
)

from healthref.core.i18n.catalogue import _
from healthref.core.settings.kiosk import KioskSettings, pin_matches
from healthref.ui.kiosk.home import TOUCH_HEIGHT, KioskHome
from healthref.ui.kiosk.parts import PinDialog, StillTherePanel, scroll_by_touch
from healthref.ui.kiosk.pin_attempts import PinAttempts
from healthref.ui.kiosk.screens import KioskScreens
from healthref.ui.kiosk.text_scale import KioskTextScale
from healthref.ui.main_window import MainWindow
from healthref.ui.qt_values import FRAMELESS_WINDOW, NO_CONTEXT_MENU, SCROLL_BAR_ALWAYS_OFF


def key_combination(text: str) -> QKeyCombination:
    """The first key combination of a key sequence such as "Ctrl+Alt+Shift+X"."""
    combination: QKeyCombination = QKeySequence(text)[0]  # type: ignore[index]
    return combination


BLOCKED = (
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


@functools.cache
def blocked() -> list[QKeyCombination]:
    """The keys a visitor may not use, made at the first key: making key combinations builds
    Qt's namespace of enums, which the first frame does without (see ui/qt_values)."""
    return [key_combination(k) for k in BLOCKED]


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
        window.menuBar().hide()
        window.menuBar().setEnabled(False)
        self._frameless()
        window.setProperty("contextMenuPolicy", NO_CONTEXT_MENU)
        self._build_home()
        self._touch_sized()
        self.pin_attempts = PinAttempts()
        self.still_there = StillTherePanel(settings.countdown_seconds, window)
        self.still_there.still_here.connect(self.visitor_active)
        self.still_there.timed_out.connect(self.reset)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(settings.idle_seconds * 1000)
        self.idle.timeout.connect(self.still_there.start)
        self.idle.start()
        window.visitor_state.register(self)
        window.visitor_state.register(self.screens)
        window.visitor_state.register(self.text_scale)
        # Application-wide, it sees every event of every object, Qt's own included: wrapping
        # those for Python cost the first frame about 25 ms. It is installed as the first
        # frame is shown, or by a visitor's first key or touch should that come sooner (a key
        # reaches the window first as Qt's shortcut check, which runs the deferred steps).
        window.first_paint.defer(lambda: app.installEventFilter(self), first=True)

    @property
    def exit_authorised(self) -> bool:
        """Whether the operator's PIN has allowed the window to close."""
        return self.window.policy.exit_authorised

    @exit_authorised.setter
    def exit_authorised(self, allowed: bool) -> None:
        self.window.policy.exit_authorised = allowed

    @functools.cached_property
    def _chord(self) -> QKeyCombination:
        return key_combination(self.settings.exit_chord)

    # --- building ---------------------------------------------------------------------------
    def _frameless(self) -> None:
        """No frame, title or close button, even where the window manager will not make the
        window full screen. Set on the native window, made now: `setWindowFlag` would need
        Qt's namespace of enums before the first frame. The widget is told once idle."""
        window = self.window
        window.winId()  # the native window, as `show` would make it
        handle = window.windowHandle()
        assert handle is not None
        handle.setProperty("flags", FRAMELESS_WINDOW)

        def tell_the_widget() -> None:
            from PySide6.QtCore import Qt

            window.overrideWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint)

        window.first_paint.defer(tell_the_widget, idle=True)

    def _touch_sized(self) -> None:
        window, panel = self.window, self.window.search_panel
        panel.category.setItemDelegate(QStyledItemDelegate(panel.category))  # styled pop-up rows
        panel.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        panel.category.setMinimumContentsLength(12)
        panel.category.setMinimumHeight(TOUCH_HEIGHT)
        for area in (panel.list_view, window.answer):
            area.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        scroll_by_touch(window, panel.list_view, window.answer)
        status = window.statusBar()
        status.setSizeGripEnabled(False)  # a frameless public screen is not resized
        status.clearMessage()  # no content hash for the public

    def _build_home(self) -> None:
        window = self.window
        featured = window.store.questions()
        random.Random(dt.date.today().toordinal()).shuffle(featured)  # a new order each day
        self.home = KioskHome(
            window.store.categories(),
            featured,
            _(
                self.settings.desk_message
            ),  # the default is translated; an operator's is shown as set
            self.settings.featured_seconds,
            window,
        )
        window.first_paint.watch(self.home, lambda: True)  # the kiosk's first screen
        self.screens = KioskScreens(window, self.home, TOUCH_HEIGHT)
        self.finished_button = self.screens.finished_button
        self.finished_button.clicked.connect(self.reset)
        self.text_scale = KioskTextScale(
            window,
            window.answer,
            window.answer.document().defaultStyleSheet(),
            self.app.font().pointSizeF() * self.settings.font_scale,
            self.settings.font_scale,
            TOUCH_HEIGHT,
            self._rerender_answer,
        )
        self.screens.larger_button.clicked.connect(lambda: self.text_scale.change(1))
        self.screens.smaller_button.clicked.connect(lambda: self.text_scale.change(-1))

    def _rerender_answer(self) -> None:
        """Show the open article again, so the answer's new sizes reach all of it."""
        answer = self.window.answer
        slug = answer.current_slug
        view = self.window.store.article(slug) if slug else None
        if view is not None:
            bar = answer.verticalScrollBar()
            fraction = bar.value() / max(bar.maximum(), 1)
            answer.show_article(view)
            bar.setValue(round(fraction * bar.maximum()))

    # --- behaviour ----------------------------------------------------------------------------
    def go_home(self) -> None:
        self.screens.go_home()

    def visitor_active(self) -> None:
        self.still_there.stop()
        self.idle.start()

    def reset_for_new_visitor(self) -> None:
        """The kiosk's own state: no countdown, no open dialog but the operator's."""
        self.still_there.stop()
        self.window.statusBar().clearMessage()  # e.g. an address the visitor tapped
        for dialog in self.window.findChildren(QDialog):
            if dialog is not self.pin_dialog:
                dialog.reject()
                dialog.deleteLater()

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
        wait = self.pin_attempts.wait_seconds()
        if wait:
            self.pin_attempts.refused()
            if self.pin_dialog is not None:
                self.pin_dialog.must_wait(wait)
            return
        if self.settings.pin_hash and pin_matches(pin, self.settings.pin_hash):
            self.pin_attempts.succeeded()
            self.exit_authorised = True
            self.app.removeEventFilter(self)
            self.window.close()
            self.app.quit()
            return
        delay = self.pin_attempts.failed()
        if self.pin_dialog is not None:
            if delay:
                self.pin_dialog.must_wait(delay)
            else:
                self.pin_dialog.wrong_pin()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in ACTIVITY:
            if self.still_there.isVisible():
                self.visitor_active()  # any touch or key gives the visitor more time
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
            if combination in blocked() and not (self.pin_dialog and self.pin_dialog.isVisible()):
                return True
        return super().eventFilter(watched, event)
