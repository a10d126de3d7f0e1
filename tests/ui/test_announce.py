"""What a screen reader is told, in-process: the text and how urgently, from real widgets.
(The platform bridge is replaced by a listener; test_screen_reader_bus.py hears the real one.)"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from healthref.ui.announce import announce
from healthref.ui.main_window import MainWindow
from tests.ui.conftest import click_save, open_suggest_dialog

POLITE = QAccessible.AnnouncementPoliteness.Polite
ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


@dataclass
class Listener:
    """Stands in for the platform bridge: a screen reader is running (or not) and hears
    each event."""

    active: bool = True
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]] = field(default_factory=list)

    def is_active(self) -> bool:
        return self.active

    def update(self, event: QAccessibleAnnouncementEvent) -> None:
        self.heard.append((event.message(), event.politeness()))


@pytest.fixture
def reader() -> Iterator[Listener]:
    # Only these two of QAccessible's static methods, and only during the test (replacing
    # the class itself would stay behind in any module first imported meanwhile).
    listener = Listener()
    saved = {name: QAccessible.__dict__[name] for name in ("isActive", "updateAccessibility")}
    QAccessible.isActive = staticmethod(listener.is_active)  # type: ignore[method-assign]
    QAccessible.updateAccessibility = staticmethod(listener.update)  # type: ignore[method-assign,assignment]
    yield listener
    for name, value in saved.items():
        setattr(QAccessible, name, value)


def test_opening_an_answer_is_said_politely(
    qtbot: QtBot, window: MainWindow, reader: Listener
) -> None:
    window.open_article("what-causes-sepsis")
    assert ("Opened: What causes sepsis?", POLITE) in reader.heard


def test_a_refused_suggestion_is_said_at_once(
    qtbot: QtBot, window: MainWindow, reader: Listener
) -> None:
    dialog = open_suggest_dialog(qtbot, window, "short")
    click_save(qtbot, dialog)
    said = [(text, how) for text, how in reader.heard if "at least 10 characters" in text]
    assert said and all(how == ASSERTIVE for _text, how in said)


def test_nothing_is_sent_without_a_screen_reader_or_without_words(
    qtbot: QtBot, reader: Listener
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    announce(label, "")
    reader.active = False
    announce(label, "Opened: What causes sepsis?", assertive=True)
    assert reader.heard == []
    reader.active = True
    announce(label, "Opened: What causes sepsis?")
    assert reader.heard == [("Opened: What causes sepsis?", POLITE)]
