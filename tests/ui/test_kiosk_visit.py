"""A visit to the kiosk: Back, topic tiles, the kind timeout, text size for everyone on every
screen, and the operator's PIN with a growing delay."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSizeGrip, QWidget
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.settings.kiosk import KioskSettings, hash_pin
from healthref.ui.app import build_window
from healthref.ui.kiosk.controller import KioskController
from healthref.ui.kiosk.screens import KioskScreens, Screen
from healthref.ui.main_window import MainWindow
from tests.ui.conftest import PIN


def _kiosk(window: MainWindow) -> KioskController:
    assert window.kiosk is not None
    return window.kiosk


def _screen(screens: KioskScreens) -> Screen:
    """The screen now (a call, so each check reads it afresh after a click)."""
    return screens.screen


def _click(qtbot: QtBot, button: object) -> None:
    assert isinstance(button, QWidget)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_back_retraces_the_visit_one_step_at_a_time(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    screens, panel = kiosk.screens, kiosk_window.search_panel
    assert not screens.wide  # the test window is narrower than a wide layout
    assert not screens.back_button.isEnabled()  # nothing to go back to on home
    qtbot.keyClicks(panel.search_box, "malaria")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    assert _screen(screens) is Screen.RESULTS and panel.list_view.isVisible()
    rect = panel.list_view.visualRect(panel.model.index(0))
    qtbot.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    first = kiosk_window.answer.current_slug
    assert first and _screen(screens) is Screen.ANSWER
    assert kiosk_window.answer.isVisible() and not panel.list_view.isVisible()  # one pane
    kiosk_window.answer.anchorClicked.emit(QUrl("article:how-can-malaria-be-prevented"))
    assert kiosk_window.answer.current_slug == "how-can-malaria-be-prevented"
    _click(qtbot, screens.back_button)  # back to the article the link was followed from
    assert kiosk_window.answer.current_slug == first and _screen(screens) is Screen.ANSWER
    _click(qtbot, screens.back_button)  # back to the list, query kept
    assert _screen(screens) is Screen.RESULTS and panel.list_view.isVisible()
    assert panel.search_box.text() == "malaria"
    _click(qtbot, screens.back_button)  # back home, with an empty search
    assert _screen(screens) is Screen.HOME and kiosk.home.isVisible()
    assert panel.search_box.text() == "" and not screens.back_button.isEnabled()


def test_topic_tile_opens_that_topics_list(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    panel = kiosk_window.search_panel
    assert not panel.list_view.isVisible()  # the list waits for a query or a topic
    tile = next(t for t in kiosk.home.tiles if t.text() == "Mental health")
    _click(qtbot, tile)
    assert kiosk.screens.screen is Screen.RESULTS
    assert panel.list_view.isVisible() and not kiosk.home.isVisible()
    categories = {panel.model.row_at(r).category for r in range(panel.model.rowCount())}  # type: ignore[union-attr]
    assert categories == {"Mental health"}
    # On a wide screen the answer side names the topic instead of staying on home.
    kiosk_window.resize(1366, 768)
    qtbot.waitUntil(lambda: kiosk.screens.wide)
    _click(qtbot, kiosk.screens.home_button)
    _click(qtbot, next(t for t in kiosk.home.tiles if t.text() == "Medicines"))
    assert panel.list_view.isVisible() and kiosk_window.answer.isVisible()
    assert kiosk_window.answer.toPlainText().startswith("Medicines")


@pytest.fixture
def default_kiosk(qtbot: QtBot, app_paths: paths.AppPaths) -> MainWindow:
    """A kiosk on the operator's defaults (only the PIN set)."""
    window = build_window(app_paths, kiosk=KioskSettings(pin_hash=hash_pin(PIN, "s", 1000)))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window: MainWindow) -> None:
    _kiosk(window).exit_authorised = True
    window.close()


def test_countdown_gives_20_seconds_with_the_focus_on_still_here(
    qtbot: QtBot, default_kiosk: MainWindow
) -> None:
    kiosk = _kiosk(default_kiosk)
    panel = kiosk.still_there
    kiosk.still_there.start()
    assert panel.isVisible() and panel.remaining == 20
    assert "20 seconds" in panel.label.text()
    assert panel.accessibleName() == "Are you still there?"
    assert "20 seconds" in panel.accessibleDescription()
    assert QApplication.focusWidget() is panel.button
    panel.tick.timeout.emit()  # one second passes
    assert "19 seconds" in panel.label.text()
    _close(default_kiosk)


def test_a_key_extends_the_visit(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    qtbot.keyClicks(kiosk_window.search_panel.search_box, "burn")
    kiosk.still_there.start()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # the focused "still here"
    assert not kiosk.still_there.isVisible()
    assert kiosk.idle.isActive()
    assert kiosk_window.search_panel.search_box.text() == "burn"
    assert QApplication.focusWidget() is kiosk_window.search_panel.search_box  # back in place
    kiosk.still_there.start()
    qtbot.keyClick(kiosk_window.answer, Qt.Key.Key_Down)  # any key at all
    assert not kiosk.still_there.isVisible()


def test_a_touch_anywhere_extends_the_visit(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    kiosk.still_there.start()
    device = QTest.createTouchDevice()
    QTest.touchEvent(kiosk_window, device).press(0, QPoint(20, 300)).commit()
    QTest.touchEvent(kiosk_window, device).release(0, QPoint(20, 300)).commit()
    assert not kiosk.still_there.isVisible()
    kiosk.still_there.start()
    qtbot.mouseClick(kiosk.home.tiles[0], Qt.MouseButton.LeftButton)  # a tap on anything
    assert not kiosk.still_there.isVisible()


def _document_size(window: MainWindow, text: str) -> float:
    """The point size the answer draws `text` in."""
    document: QTextDocument = window.answer.document()
    cursor = document.find(text)
    assert not cursor.isNull(), text
    cursor.movePosition(QTextCursor.MoveOperation.Left)
    return cursor.charFormat().font().pointSizeF()


def test_larger_and_smaller_text_reach_every_text_on_home_and_the_small_print(
    qtbot: QtBot, kiosk_window: MainWindow
) -> None:
    kiosk = _kiosk(kiosk_window)
    screens, home = kiosk.screens, kiosk.home
    texts = [home.tiles[0], home.title, home.featured_button, screens.finished_button]
    texts.append(kiosk_window.search_panel.search_box)
    before = [w.font().pointSizeF() for w in texts]
    _click(qtbot, screens.larger_button)
    _click(qtbot, screens.larger_button)
    larger = [w.font().pointSizeF() for w in texts]
    assert all(b * 1.25 < a for b, a in zip(before, larger, strict=True)), (before, larger)
    _click(qtbot, screens.smaller_button)
    _click(qtbot, screens.smaller_button)
    _click(qtbot, screens.smaller_button)
    smaller = [w.font().pointSizeF() for w in texts]
    assert all(s < b for b, s in zip(before, smaller, strict=True)), (before, smaller)
    # The answer's small print (review line, disclaimer) follows too, article open or not.
    kiosk_window.open_article("how-should-a-burn-be-treated")
    disclaimer = _document_size(kiosk_window, "For information only")
    review = _document_size(kiosk_window, "Not yet reviewed")
    _click(qtbot, screens.larger_button)
    _click(qtbot, screens.larger_button)
    assert _document_size(kiosk_window, "For information only") > disclaimer * 1.2
    assert _document_size(kiosk_window, "Not yet reviewed") > review * 1.2
    kiosk.reset()  # the next visitor gets the operator's size
    assert [w.font().pointSizeF() for w in texts] == before


def test_pin_waits_longer_after_three_wrong_pins_and_never_logs_the_pin(
    qtbot: QtBot, kiosk_window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    kiosk = _kiosk(kiosk_window)
    now = [1000.0]
    kiosk.pin_attempts.clock = lambda: now[0]
    kiosk.request_exit()
    dialog = kiosk.pin_dialog
    assert dialog is not None
    caplog.set_level(logging.INFO, logger="healthref.kiosk")
    for wrong in ("1111", "2222"):
        dialog.pin_entered.emit(wrong)
        assert "not right" in dialog.message.text()
    dialog.pin_entered.emit("3333")  # the third: now a wait
    assert "30 seconds" in dialog.message.text()
    dialog.pin_entered.emit(PIN)  # even the right PIN waits
    assert kiosk_window.isVisible() and not kiosk.exit_authorised
    now[0] += 30
    dialog.pin_entered.emit("4444")  # the fourth wrong one doubles the wait
    assert "60 seconds" in dialog.message.text()
    now[0] += 59
    dialog.pin_entered.emit(PIN)
    assert not kiosk.exit_authorised
    now[0] += 1
    dialog.pin_entered.emit(PIN)
    assert kiosk.exit_authorised and not kiosk_window.isVisible()
    logged = caplog.text
    assert "wrong operator PIN (3 in a row)" in logged
    for pin in ("1111", "2222", "3333", "4444", PIN):
        assert pin not in logged


def test_status_bar_has_no_content_hash_and_no_grip(kiosk_window: MainWindow) -> None:
    status = kiosk_window.statusBar()
    assert "content" not in status.currentMessage()
    assert not status.isSizeGripEnabled()
    assert [g for g in kiosk_window.findChildren(QSizeGrip) if g.isVisible()] == []


@pytest.mark.qt_log_ignore(".*plugin does not support.*")
def test_topic_pop_up_rows_are_touch_sized(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    category = kiosk_window.search_panel.category
    _click(qtbot, _kiosk(kiosk_window).home.tiles[0])
    category.showPopup()
    view = category.view()
    qtbot.waitUntil(view.isVisible)
    assert view.visualRect(view.model().index(1, 0)).height() >= 44
    category.hidePopup()
