"""What waits for the first paint runs after it — not on a zero-timer before it — and is ready
the moment a user could reach it, even when their first key press beats the paint."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.content.store import QuestionItem
from healthref.core.settings.kiosk import KioskSettings, hash_pin
from healthref.ui.app import build_window
from healthref.ui.first_paint import FirstPaint
from healthref.ui.main_window import MainWindow
from healthref.ui.search.hit_delegate import HitDelegate
from tests.ui.conftest import click_as_the_window_system_does, save_suggestion, wait_for_first


class PaintLog(QObject):
    """Appends "paint" to `order` at each paint of the watched widget."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.order.append("paint")
        return False


def test_steps_run_after_the_filled_list_is_painted_not_on_a_zero_timer(qtbot: QtBot) -> None:
    order: list[str] = []
    view = QListView()
    qtbot.addWidget(view)
    model = QStringListModel([])
    view.setModel(model)
    first_paint = FirstPaint(view.viewport(), lambda: model.rowCount() > 0, view)
    first_paint.defer(lambda: order.append("step 1"))
    first_paint.defer(lambda: order.append("step 2"))
    log = PaintLog(order)
    view.viewport().installEventFilter(log)
    view.show()
    QTimer.singleShot(0, lambda: order.append("zero-timer"))
    qtbot.waitUntil(lambda: "paint" in order)
    qtbot.waitUntil(lambda: "zero-timer" in order)
    assert "step 1" not in order  # painted, but the list was empty: not the first real frame
    model.setStringList(["How do I treat a burn?"])
    qtbot.waitUntil(lambda: first_paint.done)
    painted_filled = len(order) - 1 - order[::-1].index("paint")
    assert order[painted_filled + 1 :] == ["step 1", "step 2"]
    first_paint.defer(lambda: order.append("late"))  # after the paint: at once
    assert order[-1] == "late"


def test_input_before_the_first_paint_runs_the_steps_first(qtbot: QtBot) -> None:
    order: list[str] = []

    class Keys(QListView):
        def keyPressEvent(self, event: QKeyEvent) -> None:
            order.append("key")

    view = Keys()
    qtbot.addWidget(view)
    first_paint = FirstPaint(view.viewport(), lambda: True, view)
    first_paint.defer(lambda: order.append("step"))
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(view, press)  # never shown, never painted
    assert order == ["step", "key"]


@pytest.fixture
def unpainted(app_paths: paths.AppPaths) -> Iterator[MainWindow]:
    """A desktop window, built the way `healthref` builds it, not yet shown."""
    window = build_window(app_paths)
    assert isinstance(window, MainWindow)
    yield window
    window.close()
    window.deleteLater()


def test_a_search_typed_before_the_first_paint_is_answered(
    qtbot: QtBot, unpainted: MainWindow
) -> None:
    window = unpainted
    window.show()
    assert not window.first_paint.done
    qtbot.keyClicks(window.search_panel.list_view, "poisoning")  # typing goes to the search
    assert window.first_paint.done  # the deferred work started before the first key landed
    assert window.search_panel.search_box.text() == "poisoning"
    qtbot.waitUntil(lambda: not window.search_panel.search_pending(), timeout=10_000)
    assert window.search_panel.current_slug() is not None


def test_the_first_frame_shows_the_questions_not_an_empty_list(
    qtbot: QtBot, unpainted: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list's first paint draws its rows, measured once at the size it keeps (no scroll
    bar that comes or goes once they are measured), and the first-frame steps wait for a
    paint that drew rows."""
    window = unpainted
    viewport = window.search_panel.list_view.viewport()
    order: list[str] = []
    draw_row = HitDelegate.paint

    def drawn(self: HitDelegate, *args: Any) -> None:
        order.append("row")
        draw_row(self, *args)

    monkeypatch.setattr(HitDelegate, "paint", drawn)
    widths: set[int] = set()
    measure_row = HitDelegate.sizeHint

    def measured(self: HitDelegate, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        widths.add(option.rect.width() or viewport.width())  # 0: the delegate takes this
        return measure_row(self, option, index)

    monkeypatch.setattr(HitDelegate, "sizeHint", measured)
    log = PaintLog(order)
    viewport.installEventFilter(log)
    window.first_paint.defer(lambda: order.append("first-frame steps"), first=True)
    window.show()
    qtbot.waitUntil(lambda: "first-frame steps" in order)
    first_size = viewport.size()
    assert order[:2] == ["paint", "row"]  # the first paint drew questions
    assert order.index("first-frame steps") > order.index("row")
    assert len(widths) == 1  # measured once, at the width it is shown at
    qtbot.wait(200)  # a relayout after the first frame would show here
    assert viewport.size() == first_size


def test_a_very_long_list_is_measured_in_batches_and_then_drawn(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Thousands of questions (a large content pack) are measured a batch per turn of the
    event loop, so the window keeps answering; a short list is drawn as soon as it is set."""
    panel = window.search_panel
    many = [QuestionItem(f"q-{n}", f"Question number {n}?", "Symptoms") for n in range(2000)]
    panel.set_questions(many)
    assert not panel.rows_drawn()  # still being measured: the window is free meanwhile
    qtbot.waitUntil(panel.rows_drawn)
    assert panel.model.rowCount() == 2000
    panel.set_questions(many[:50])
    assert panel.rows_drawn()  # one pass: its first paint draws it


def test_the_search_box_gets_its_clear_button_once_typing_can_start(
    qtbot: QtBot, unpainted: MainWindow
) -> None:
    """The cross that empties the search box (loading its icon costs ~7–9 ms) comes after the
    first paint, once search is idle, and before the first key press that could need it."""
    window = unpainted
    box = window.search_panel.search_box
    window.show()
    assert not window.first_paint.done and not box.isClearButtonEnabled()
    qtbot.keyClicks(window.search_panel.list_view, "burn")
    assert box.isClearButtonEnabled()


def test_the_kiosk_keeps_its_touch_sized_clear_button_only(
    qtbot: QtBot, kiosk_window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: kiosk_window.first_paint.done, timeout=10_000)
    assert not kiosk_window.search_panel.search_box.isClearButtonEnabled()


def test_after_the_first_paint_search_warms_up_and_waiting_suggestions_are_counted(
    qtbot: QtBot, unpainted: MainWindow
) -> None:
    window = unpainted
    actions = window.suggestions
    assert actions is not None
    counted: list[int] = []
    actions.service.pending_changed.connect(counted.append)
    window.show()
    qtbot.waitUntil(lambda: window.first_paint.done, timeout=10_000)
    qtbot.waitUntil(lambda: counted == [0], timeout=10_000)  # the service started
    assert "healthref.ui.suggestions.dialog" in sys.modules  # dialogs ready to open
    qtbot.waitUntil(lambda: window.runner._engine is not None, timeout=10_000)  # warmed up
    window.search_panel.search_box.setText("blood poisoning")
    wait_for_first(qtbot, window, "what-causes-sepsis", 10_000)


def test_kiosk_limits_hold_when_suggesting_is_the_first_thing_a_visitor_does(
    qtbot: QtBot, tmp_path: Path, bundled_db: Path
) -> None:
    settings = KioskSettings(
        idle_seconds=60,
        countdown_seconds=2,
        pin_hash=hash_pin("4321", "s", 1000),
        suggestions_per_visitor=1,
        suggestions_per_day=3,
    )
    window = build_window(paths.resolve(bundled_db, tmp_path / "home"), kiosk=settings)
    assert isinstance(window, MainWindow) and window.kiosk is not None
    qtbot.addWidget(window)
    actions = window.suggestions
    assert actions is not None and actions.limits == (1, 3)  # in place before any paint
    window.showFullScreen()
    assert not window.first_paint.done
    click_as_the_window_system_does(window.search_panel.search_box)  # the first input
    assert window.first_paint.done
    actions.suggest_action.trigger()  # "Suggest a question" from the visitor's first tap
    qtbot.waitUntil(lambda: actions.dialog is not None, timeout=10_000)
    dialog = actions.dialog
    assert dialog is not None
    dialog.question.setText("How is a jellyfish sting treated?")
    save_suggestion(qtbot, dialog)
    dialog.accept()
    actions.suggest_action.trigger()  # a second from one visitor: refused
    status = window.statusBar()
    qtbot.waitUntil(lambda: "as many suggestions as we can take" in status.currentMessage())
    assert actions.dialog is None
    window.kiosk.exit_authorised = True
    window.close()


def test_the_kiosk_home_screen_counts_as_the_first_frame(
    qtbot: QtBot, kiosk_window: MainWindow
) -> None:
    # No input at all: painting the home screen alone starts the deferred work.
    qtbot.waitUntil(lambda: kiosk_window.first_paint.done, timeout=10_000)
    qtbot.waitUntil(lambda: kiosk_window.runner._engine is not None, timeout=10_000)


class HoldPaint(QObject):
    """Swallows the list's paints: the window is up and active, its first frame not yet drawn."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Paint


def test_saved_and_history_open_from_their_shortcuts_before_the_first_paint(
    qtbot: QtBot, unpainted: MainWindow
) -> None:
    window = unpainted
    actions = window.reading_actions
    assert actions is not None and actions.docks == []  # hidden docks: not built yet
    hold = HoldPaint()
    window.search_panel.list_view.viewport().installEventFilter(hold)  # runs before FirstPaint's
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a user's keys go to the active window
    assert not window.first_paint.done and actions.docks == []  # really before the first paint
    # Keys as the window system delivers them: to the window's QWindow, which hands them on.
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.first_paint.done
    saved, history = actions.docks
    assert history.isVisible()
    QTest.keyClick(
        handle,
        Qt.Key.Key_B,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert saved.isVisible()


@pytest.mark.parametrize("where", ["menu bar", "list's scroll bar", "answer pane", "status bar"])
def test_a_click_anywhere_before_the_first_paint_makes_what_it_could_reach(
    qtbot: QtBot, unpainted: MainWindow, where: str
) -> None:
    window = unpainted
    actions = window.reading_actions
    assert actions is not None and actions.docks == []
    target = {
        "menu bar": window.menuBar(),
        "list's scroll bar": window.search_panel.list_view.verticalScrollBar(),
        "answer pane": window.answer,
        "status bar": window.statusBar(),
    }[where]
    hold = HoldPaint()
    window.search_panel.list_view.viewport().installEventFilter(hold)
    window.show()
    qtbot.waitExposed(window)
    assert not window.first_paint.done  # really before the first paint
    click_as_the_window_system_does(target)
    assert window.first_paint.done
    assert len(actions.docks) == 2  # Go → History is there for the menu this click opens


def test_a_query_typed_as_the_window_appears_is_answered_before_idle_work_starts(
    qtbot: QtBot, unpainted: MainWindow
) -> None:
    window = unpainted
    panel = window.search_panel
    order: list[str] = []
    panel.model.modelReset.connect(
        lambda: order.append("answered") if panel.search_box.text() else None
    )
    window.first_paint.defer(lambda: panel.search_box.setText("blood poisoning"), first=True)
    window.first_paint.defer(lambda: order.append("idle work"), idle=True)
    window.show()
    qtbot.waitUntil(lambda: "idle work" in order, timeout=15_000)
    assert order.index("answered") < order.index("idle work")
    assert panel.current_slug() == "what-causes-sepsis"
    assert window.first_paint.idle_steps_left() == 0  # the checksum and the rest ran too
    qtbot.waitUntil(lambda: window.runner._prepared, timeout=10_000)  # spelling, after it


def _painted_with_idle_gate(qtbot: QtBot) -> tuple[QListView, FirstPaint, list[bool], list[str]]:
    """A painted list whose window is not idle until the test says so."""
    view = QListView()
    qtbot.addWidget(view)
    model = QStringListModel(["How do I treat a burn?"])
    view.setModel(model)
    first_paint = FirstPaint(view.viewport(), lambda: True, view)
    idle = [False]
    first_paint.settle_on(lambda: idle[0], model.modelReset)
    order: list[str] = []
    first_paint.defer(lambda: order.append("docks"), idle=True, reachable=True)
    first_paint.defer(lambda: order.append("checksum"), idle=True)
    view.show()
    qtbot.waitUntil(lambda: first_paint.done)
    qtbot.wait(50)
    assert order == []  # painted, not idle, nobody has touched it: nothing yet
    return view, first_paint, idle, order


def test_a_reachable_part_is_made_before_the_first_input_that_beats_idle(qtbot: QtBot) -> None:
    view, first_paint, idle, order = _painted_with_idle_gate(qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert order == ["docks"]  # before the key reached the list; unreachable work still waits
    idle[0] = True
    view.model().modelReset.emit()
    qtbot.waitUntil(lambda: "checksum" in order)
    assert order == ["docks", "checksum"]  # each once
    assert first_paint.idle_steps_left() == 0


def test_a_reachable_part_waits_for_idle_when_nobody_reaches_first(qtbot: QtBot) -> None:
    view, first_paint, idle, order = _painted_with_idle_gate(qtbot)
    idle[0] = True
    view.model().modelReset.emit()
    qtbot.waitUntil(lambda: "checksum" in order)
    assert order == ["docks", "checksum"]
    qtbot.keyClick(view, Qt.Key.Key_Down)  # input later makes nothing run twice
    assert order == ["docks", "checksum"]
    first_paint.defer(lambda: order.append("late part"), idle=True, reachable=True)
    assert order[-1] == "late part"  # no longer watched for: made at once


def test_a_kiosk_s_lock_holds_for_a_key_pressed_before_its_first_paint(
    qtbot: QtBot, tmp_path: Path, bundled_db: Path
) -> None:
    # The kiosk's application-wide filter is installed as the first frame is shown, or by the
    # first key should it come sooner: Esc, blocked in a kiosk, leaves the query as it is.
    settings = KioskSettings(idle_seconds=60, pin_hash=hash_pin("4321", "s", 1000))
    window = build_window(paths.resolve(bundled_db, tmp_path / "home"), kiosk=settings)
    assert isinstance(window, MainWindow) and window.kiosk is not None
    qtbot.addWidget(window)
    hold = HoldPaint()
    window.kiosk.home.installEventFilter(hold)
    window.search_panel.list_view.viewport().installEventFilter(hold)
    window.showFullScreen()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.first_paint.done
    box = window.search_panel.search_box
    box.setText("burn")
    box.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Escape)  # as the window system delivers it
    assert window.first_paint.done
    assert box.text() == "burn"
    window.kiosk.exit_authorised = True
    window.close()
