"""Choosing the interface language: View → Interface language on the desktop (remembered),
a row of language buttons on the kiosk's home (the visitor's choice lasts for that visitor).

A new language takes effect by opening a fresh window in it, as a content update does: every
string is translated where it is made, so nothing is left half in the old language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
)

from healthref.core.i18n.languages import LANGUAGES
from healthref.ui.language import SETTING, Interface
from healthref.ui.main_window import MainWindow

Rebuild = Callable[[], QMainWindow]


class LanguageChoice(QObject):
    """One window's language controls; `switch(code)` reopens the window in that language."""

    def __init__(
        self, window: MainWindow, interface: Interface, rebuild: Rebuild, kiosk_default: str | None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.interface = interface
        self.rebuild = rebuild
        self.kiosk_default = kiosk_default  # None on the desktop
        self.code = interface.current.code  # the language this window was built in
        self.kiosk_windows = (
            KioskWindows(self.code, {self.code: window}) if kiosk_default is not None else None
        )
        self.buttons: dict[str, QPushButton] = {}
        self.actions: dict[str, QAction] = {}
        if kiosk_default is None:
            self._add_menu()
        else:
            self._add_buttons()
            window.visitor_state.register(self)

    def _add_menu(self) -> None:
        view = self.window.findChild(QMenu, "viewMenu")
        if view is None:
            return
        menu = view.addMenu(self.tr("&Interface language"))
        group = QActionGroup(self)
        for language in LANGUAGES:
            action = QAction(language.name, self.window)
            action.setCheckable(True)
            action.setChecked(language.code == self.interface.current.code)
            action.triggered.connect(lambda _c=False, c=language.code: self.choose(c))
            group.addAction(action)
            menu.addAction(action)
            self.actions[language.code] = action

    def _add_buttons(self) -> None:
        kiosk = self.window.kiosk
        assert kiosk is not None
        row = QHBoxLayout()
        row.addStretch(1)
        for language in LANGUAGES:
            button = QPushButton(language.name, kiosk.home)
            button.setObjectName("kioskLanguage")
            button.setCheckable(True)
            button.setChecked(language.code == self.interface.current.code)
            button.setMinimumHeight(44)
            button.setAccessibleName(language.name)
            button.clicked.connect(lambda _c=False, c=language.code: self.choose(c))
            row.addWidget(button)
            self.buttons[language.code] = button
        row.addStretch(1)
        layout = kiosk.home.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertLayout(layout.count() - 1, row)  # above the desk message

    def choose(self, code: str) -> None:
        """The reader chose `code`: remembered on the desktop, for this visit in a kiosk."""
        for shown, button in self.buttons.items():  # this window stays in its own language
            button.setChecked(shown == self.code)
        if self.kiosk_default is None and self.window.settings is not None:
            self.window.settings.setValue(SETTING, code)
        if code != self.interface.current.code:
            self.switch(code)

    def reset_for_new_visitor(self) -> None:
        """The next visitor starts in the operator's language."""
        default = self.kiosk_default
        if default is not None and self.interface.current.code != default:
            QTimer.singleShot(0, lambda: self.switch(default))

    def switch(self, code: str) -> MainWindow:
        """Show the window in `code`; this one is put away."""
        self.interface.use(code)
        if self.kiosk_windows is not None:
            return self._switch_kiosk(code, self.kiosk_windows)
        old = self.window
        fresh = self._rebuilt()
        slug = old.answer.current_slug
        if slug:
            fresh.open_article(slug, record=False)
        fresh.setGeometry(old.geometry())
        fresh.show()
        put_away(old)  # hidden, as a window replaced by a content update is
        return fresh

    def _switch_kiosk(self, code: str, windows: KioskWindows) -> MainWindow:
        """A kiosk keeps one window per language it has shown (six at most), each reset for
        the next visitor; the operator's is the one each visit starts and ends in."""
        current = windows.by_language[windows.showing]
        target = windows.by_language.get(code)
        if target is None:
            target = self._rebuilt()
            choice = target.findChild(LanguageChoice)
            assert choice is not None
            choice.kiosk_windows = windows
            windows.by_language[code] = target
        elif target.kiosk is not None:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(target.kiosk)
            target.kiosk.reset()  # nothing of an earlier visitor in that language
        if current is not target:
            put_away(current, for_good=False)
        windows.showing = code
        target.showFullScreen()
        return target

    def _rebuilt(self) -> MainWindow:
        fresh = self.rebuild()
        assert isinstance(fresh, MainWindow)
        self.window.replaced_by = fresh
        return fresh


class KioskWindows:
    """The kiosk's window in each language shown so far, and which one is on screen."""

    __slots__ = ("by_language", "showing")

    def __init__(self, showing: str, by_language: dict[str, MainWindow]) -> None:
        self.showing = showing
        self.by_language = by_language

    @property
    def visiting(self) -> MainWindow | None:
        """The window a visitor's language opened, while it is on screen."""
        window = self.by_language[self.showing]
        home = next(iter(self.by_language.values()))
        return None if window is home else window


def put_away(window: MainWindow, for_good: bool = True) -> None:
    """Hide a window for good (its background work stopped) or for a while (a kiosk's home,
    kept for the next visitor); either way it stops watching the input."""
    if window.kiosk is not None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(window.kiosk)
        window.kiosk.idle.stop()
        window.kiosk.still_there.stop()
    if for_good:
        window.stop_background_work()
        window.policy.exit_authorised = True
        if window.suggestions is not None:  # a late count must not reach a window gone
            window.suggestions.service.blockSignals(True)
    window.hide()


def add_language_choice(
    window: MainWindow, interface: Interface, rebuild: Rebuild, kiosk_default: str | None
) -> LanguageChoice:
    """Wire language choice into a freshly built window (it lives as the window's child)."""
    return LanguageChoice(window, interface, rebuild, kiosk_default)
