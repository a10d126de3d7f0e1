"""Kiosk mode: locked, forgets each visitor, touch-sized, rate-limited, opens nothing outside."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QScroller,
    QWidget,
)
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.settings.file import SettingsError
from healthref.core.settings.kiosk import KioskSettings, hash_pin, kiosk_settings, pin_matches
from healthref.ui.app import build_window
from healthref.ui.kiosk.controller import KioskController
from healthref.ui.kiosk.screens import Screen
from healthref.ui.main_window import MainWindow
from tests.ui.conftest import PIN, open_suggest_dialog, save_suggestion


class KeyRecorder(QObject):
    """Notes each press (or shortcut override) of one key that reaches the widget it watches."""

    def __init__(self, key: Qt.Key) -> None:
        super().__init__()
        self.key = key
        self.keys: list[QKeyCombination] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type()
            in (
                QEvent.Type.KeyPress,
                QEvent.Type.ShortcutOverride,
            )
            and event.key() == self.key
        ):
            self.keys.append(event.keyCombination())
        return False


def _kiosk(window: MainWindow) -> KioskController:
    assert window.kiosk is not None
    return window.kiosk


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_blocked_keys_do_nothing(
    qtbot: QtBot, kiosk_window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    panel = kiosk_window.search_panel
    qtbot.keyClicks(panel.search_box, "fever")
    state = kiosk_window.windowState()
    reached = KeyRecorder(key)
    for target in (panel.search_box, kiosk_window, kiosk_window.answer):
        target.installEventFilter(reached)
        qtbot.keyClick(target, key, modifiers)
        target.removeEventFilter(reached)
    # Offscreen there is no window manager to act on Alt+F4 or F11, so what matters is that
    # the key never reaches the window or any widget in it (nor any shortcut).
    assert reached.keys == []
    assert kiosk_window.isVisible()
    assert panel.search_box.text() == "fever"  # not even Esc clears it
    assert kiosk_window.windowState() == state  # F11 did not toggle full screen
    assert kiosk_window.menuBar().isHidden()


def test_close_event_is_refused(kiosk_window: MainWindow) -> None:
    event = QCloseEvent()
    QApplication.sendEvent(kiosk_window, event)
    assert not event.isAccepted()
    assert not kiosk_window.close()
    assert kiosk_window.isVisible()


def test_context_menus_are_swallowed(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(10, 10), QPoint(10, 10))
    assert _kiosk(kiosk_window).eventFilter(kiosk_window.answer, event) is True


def test_operator_exit_wrong_then_right_pin(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    qtbot.keyClick(
        kiosk_window.search_panel.search_box,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    assert kiosk.pin_dialog is not None
    kiosk.pin_dialog.pin.setText("0000")
    kiosk.pin_dialog.pin_entered.emit("0000")
    assert "not right" in kiosk.pin_dialog.message.text()
    assert kiosk_window.isVisible() and not kiosk.exit_authorised
    kiosk.pin_dialog.pin_entered.emit(PIN)
    assert kiosk.exit_authorised
    assert not kiosk_window.isVisible()


def test_the_window_has_no_frame_from_its_first_frame(
    qtbot: QtBot, app_paths: paths.AppPaths
) -> None:
    window = build_window(app_paths, kiosk=KioskSettings())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    frameless = Qt.WindowType.FramelessWindowHint
    handle = window.windowHandle()  # made frameless before it is ever shown
    assert handle is not None and handle.flags() & frameless
    window.show()
    qtbot.waitUntil(lambda: window.first_paint.done and not window.first_paint.idle_steps_left())
    assert window.windowFlags() & frameless  # the widget was told, once idle …
    assert window.isVisible() and window.windowHandle() is handle  # … without a new window
    assert handle.flags() & frameless
    # A finger drags the lists to scroll them (set up after the first frame).
    for area in (window.search_panel.list_view, window.answer, window.kiosk.screens.home_scroll):  # type: ignore[union-attr]
        assert QScroller.hasScroller(area.viewport())
    _kiosk(window).exit_authorised = True
    window.close()


def _idle_kiosk(qtbot: QtBot, app_paths: paths.AppPaths, before_idle: str = "") -> MainWindow:
    window = build_window(app_paths, kiosk=KioskSettings())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.answer.document().isEmpty()  # behind the home screen: not laid out yet
    window.show()
    if before_idle:
        window.open_article(before_idle)
    qtbot.waitUntil(lambda: window.first_paint.done and not window.first_paint.idle_steps_left())
    return window


def test_the_answer_pane_behind_the_home_screen_is_welcomed_once_idle(
    qtbot: QtBot, app_paths: paths.AppPaths
) -> None:
    window = _idle_kiosk(qtbot, app_paths)
    assert "Health answers, offline" in window.answer.toPlainText()
    _kiosk(window).exit_authorised = True
    window.close()


def test_an_answer_opened_before_idle_is_not_replaced_by_the_welcome(
    qtbot: QtBot, app_paths: paths.AppPaths
) -> None:
    window = _idle_kiosk(qtbot, app_paths, before_idle="how-should-a-burn-be-treated")
    assert window.answer.current_slug == "how-should-a-burn-be-treated"
    assert "Health answers, offline" not in window.answer.toPlainText()
    _kiosk(window).exit_authorised = True
    window.close()


def test_no_pin_configured_means_no_exit(qtbot: QtBot, app_paths: paths.AppPaths) -> None:
    window = build_window(app_paths, kiosk=KioskSettings())
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    kiosk = _kiosk(window)
    kiosk.request_exit()
    assert kiosk.pin_dialog is not None
    kiosk.pin_dialog.pin_entered.emit("")
    assert window.isVisible() and not kiosk.exit_authorised
    kiosk.exit_authorised = True
    window.close()


def test_idle_reset_clears_every_piece_of_state(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    panel = kiosk_window.search_panel
    # A visitor searches, filters, reads, follows a link, zooms and starts a suggestion.
    panel.category.setCurrentIndex(panel.category.findData("Infectious diseases"))
    qtbot.keyClicks(panel.search_box, "malaria")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    kiosk_window.open_article("what-are-the-symptoms-of-malaria")
    kiosk_window.answer.anchorClicked.emit(QUrl("article:how-can-malaria-be-prevented"))
    kiosk_window.answer.zoom(1)
    kiosk_window.answer.zoom(1)
    assert kiosk_window.suggestions is not None
    dialog = open_suggest_dialog(qtbot, kiosk_window, "My private worry about")
    assert dialog.isVisible()
    assert kiosk_window.back_action.isEnabled()
    # Nobody touches anything: the countdown appears, then the screen resets.
    kiosk.idle.setInterval(50)
    kiosk.idle.start()
    qtbot.waitUntil(kiosk.still_there.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: not kiosk.still_there.isVisible(), timeout=5000)
    assert panel.search_box.text() == ""
    assert panel.category.currentIndex() == 0
    assert panel.model.rowCount() == 124
    assert kiosk_window.answer.current_slug is None
    assert kiosk_window.answer.toPlainText() == ""
    assert kiosk.screens.screen is Screen.HOME and kiosk.home.isVisible()
    assert not kiosk_window.back_action.isEnabled() and not kiosk_window.forward_action.isEnabled()
    assert kiosk_window.answer.zoom_steps == 0
    assert kiosk_window.suggestions.dialog is None
    qtbot.wait(10)  # let deleteLater run
    assert not shiboken6.isValid(dialog)  # the unsent text is gone with the dialog
    assert [d for d in kiosk_window.findChildren(QDialog) if d.isVisible()] == []
    assert kiosk_window.suggestions.visitor_count == 0
    # The next visitor's suggestion dialog starts empty.
    fresh = open_suggest_dialog(qtbot, kiosk_window, "")
    assert fresh.question.text() == ""


def test_still_here_keeps_the_visit(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    qtbot.keyClicks(kiosk_window.search_panel.search_box, "burn")
    kiosk.still_there.start()
    kiosk.still_there.still_here.emit()
    assert not kiosk.still_there.isVisible()
    assert kiosk_window.search_panel.search_box.text() == "burn"


def test_im_finished_resets_at_once(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    qtbot.keyClicks(kiosk_window.search_panel.search_box, "burn")
    kiosk_window.open_article("how-should-a-burn-be-treated")
    qtbot.mouseClick(kiosk.finished_button, Qt.MouseButton.LeftButton)
    assert kiosk_window.search_panel.search_box.text() == ""
    assert kiosk.screens.screen is Screen.HOME and kiosk.home.isVisible()


def test_rate_limit_per_visitor_and_per_day(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    actions = kiosk_window.suggestions
    assert actions is not None
    status = kiosk_window.statusBar()
    for text in ("How is a jellyfish sting treated?", "How is a scorpion sting treated?"):
        dialog = open_suggest_dialog(qtbot, kiosk_window, text)
        save_suggestion(qtbot, dialog)
        dialog.accept()
    actions.open_dialog("How is a spider bite treated?")  # a third from one visitor
    qtbot.waitUntil(lambda: "as many suggestions as we can take" in status.currentMessage())
    assert actions.dialog is None
    _kiosk(kiosk_window).reset()  # a new visitor
    dialog = open_suggest_dialog(qtbot, kiosk_window, "How is a spider bite treated?")
    save_suggestion(qtbot, dialog)
    dialog.accept()
    _kiosk(kiosk_window).reset()
    actions.open_dialog("How is a centipede bite treated?")  # a fourth on this day: 3 a day
    qtbot.waitUntil(lambda: "for today" in status.currentMessage(), timeout=10_000)
    assert actions.dialog is None


def test_links_and_menus_open_nothing_outside(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk_window.open_article("what-causes-sepsis")
    for url in (
        "https://www.who.int/",
        "http://example.org",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "mailto:a@b.c",
    ):
        kiosk_window.answer.anchorClicked.emit(QUrl(url))
        assert kiosk_window.answer.current_slug == "what-causes-sepsis"
    text = kiosk_window.answer.toPlainText()
    assert "https://www.who.int/news-room/fact-sheets/detail/sepsis" in text  # shown as text
    # Every menu action, even hidden ones, is harmless: none opens a file or print dialog.
    # A modal box (About) is dismissed as soon as it is up, and noted.
    modal: list[QWidget] = []

    def dismiss_modal() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            modal.append(widget)
            widget.close()

    triggered = []
    for action in kiosk_window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        for item in menu.actions():
            if "Quit" in item.text():
                continue
            QTimer.singleShot(0, dismiss_modal)
            item.trigger()
            triggered.append(item.text().replace("&", ""))
            for dialog in kiosk_window.findChildren(QDialog):
                assert not isinstance(dialog, QFileDialog)
                dialog.reject()
    assert {"Back", "Larger text", "About healthref", "Open log folder"} <= set(triggered)
    assert [type(w) for w in modal] == [QMessageBox]  # only About, and it is not a file dialog
    assert kiosk_window.isVisible()


def test_touch_targets_are_at_least_44_pixels(qtbot: QtBot, kiosk_window: MainWindow) -> None:
    kiosk = _kiosk(kiosk_window)
    buttons = [b for b in kiosk_window.findChildren(QAbstractButton) if b.isVisible()]
    assert len(buttons) >= 12
    for button in buttons:
        if button.objectName() == "qt_scrollarea_hcontainer" or not button.text():
            continue
        assert button.height() >= 44, button.text()
    assert kiosk_window.search_panel.search_box.height() >= 44
    assert len(kiosk.home.tiles) == 10


def test_kiosk_session_writes_nothing_about_the_visitor(
    qtbot: QtBot, kiosk_window: MainWindow, app_paths: paths.AppPaths
) -> None:
    panel = kiosk_window.search_panel
    qtbot.keyClicks(panel.search_box, "contraception")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    kiosk_window.open_article("what-is-emergency-contraception")
    kiosk_window.answer.anchorClicked.emit(
        QUrl("article:which-contraceptive-methods-are-available")
    )
    _kiosk(kiosk_window).reset()
    # The operator closes the kiosk: closing waits for all background work, and a desktop
    # window would save its layout now.
    _kiosk(kiosk_window).exit_authorised = True
    assert kiosk_window.close()
    assert not app_paths.ui_state.exists()  # no window state either
    # Reading and searching never touch the user DB: it is not even created.
    assert not app_paths.user_db.exists()


def test_settings_section_and_pin_hash() -> None:
    stored = hash_pin("2468")
    # A salted hash, never the PIN: its hex salt and digest may hold "2468" by chance.
    scheme, rounds, salt, digest = stored.split("$")
    assert scheme == "pbkdf2_sha256" and int(rounds) >= 100_000
    assert len(salt) >= 32 and len(digest) == 64 and "2468" not in (salt, digest)
    assert hash_pin("2468") != stored  # a new salt each time
    assert pin_matches("2468", stored) and not pin_matches("2469", stored)
    assert not pin_matches("2468", "garbage")
    parsed = kiosk_settings({"idle_seconds": 300, "font_scale": 1.5, "pin_hash": stored})
    assert parsed.idle_seconds == 300 and parsed.font_scale == 1.5
    for bad in (
        {"idle_seconds": "soon"},
        {"idle_seconds": 2},
        {"font_scale": 9},
        {"colour": "red"},
    ):
        with pytest.raises(SettingsError):
            kiosk_settings(bad)


def test_featured_question_rotates_through_a_shuffled_list(kiosk_window: MainWindow) -> None:
    home = _kiosk(kiosk_window).home
    first = home.featured_button.text()
    home.next_featured()
    assert home.featured_button.text() != first
    in_list_order = [q.question for q in kiosk_window.store.questions()][:3]
    shown = []
    for _ in range(3):
        shown.append(home.featured_button.text())
        home.next_featured()
    assert shown != in_list_order  # shuffled, not the list's own order
