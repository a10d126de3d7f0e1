"""The system's light or dark mode: the palette chooses for the first frame, Qt's colour scheme
(read once the window is idle) has the last word, and the window restyles only if they differ."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from healthref.ui.appearance.colours import DARK, LIGHT, Colours, is_dark
from healthref.ui.main_window import MainWindow


class Hints:
    """Qt's style hints, saying a given colour scheme."""

    def __init__(self, scheme: Qt.ColorScheme) -> None:
        self.scheme = scheme

    def colorScheme(self) -> Qt.ColorScheme:
        return self.scheme


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [(Qt.ColorScheme.Dark, DARK), (Qt.ColorScheme.Light, LIGHT)],
    ids=["dark", "light"],
)
def test_the_system_scheme_wins_over_the_palette_once_read(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme, expected: Colours
) -> None:
    appearance = window.appearance
    appearance.set_theme("system")
    guessed = appearance.colours  # from the system palette, as the first frame is drawn
    assert guessed == (DARK if is_dark(appearance._system_palette) else LIGHT)
    monkeypatch.setattr(QGuiApplication, "styleHints", lambda: Hints(scheme))
    changed = appearance.read_system_scheme()
    assert appearance.colours == expected
    assert changed == (expected != guessed)
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name()
    assert window_colour == expected.window


def test_an_unknown_scheme_leaves_the_palette_s_choice(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    appearance = window.appearance
    appearance.set_theme("system")
    guessed = appearance.colours
    monkeypatch.setattr(QGuiApplication, "styleHints", lambda: Hints(Qt.ColorScheme.Unknown))
    assert appearance.read_system_scheme() is False
    assert appearance.colours == guessed


def test_a_chosen_theme_ignores_the_system(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    appearance = window.appearance
    appearance.set_theme("light")
    monkeypatch.setattr(QGuiApplication, "styleHints", lambda: Hints(Qt.ColorScheme.Dark))
    appearance.read_system_scheme()
    assert appearance.colours == LIGHT
    assert not is_dark(QGuiApplication.palette())
