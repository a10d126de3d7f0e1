"""A query that describes an emergency raises the red strip above the results, with the
local emergency number when the operator set one, and puts first aid first."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from healthref.ui.main_window import MainWindow


def test_the_strip_appears_for_an_emergency_and_goes_for_other_queries(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "he collapsed and is not breathing")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    assert panel.emergency_strip.isVisible()
    assert "call your local emergency number" in panel.emergency_strip.text()
    assert panel.current_slug() == "how-do-i-do-cpr-on-an-adult"
    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, "how to store medicines")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    assert not panel.emergency_strip.isVisible()


def test_the_strip_gives_the_operators_number(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    panel.emergency_number = "112"
    qtbot.keyClicks(panel.search_box, "my son swallowed rat poison")
    qtbot.waitUntil(lambda: panel.emergency_strip.isVisible(), timeout=5000)
    assert panel.emergency_strip.text() == "If someone is in danger now, call 112."
