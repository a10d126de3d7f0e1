"""The window's own ways out for suggestions: "Send now" to a receiver, and export to a file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.settings.file import SyncSettings
from healthref.core.suggestions.transfer import read_file
from healthref.intake.store import ids
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow
from healthref.ui.suggestions import service as service_module
from tests.suggestions.conftest import TOKEN, start_receiver
from tests.ui.conftest import open_suggest_dialog, save_suggestion


def _window(qtbot: QtBot, app_paths: paths.AppPaths, sync: SyncSettings | None) -> MainWindow:
    window = build_window(app_paths, sync=sync)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def _action(window: MainWindow, text: str) -> QAction:
    for action in window.menuBar().actions():
        menu = action.menu()
        for item in menu.actions() if isinstance(menu, QWidget) else []:
            if item.text().replace("&", "") == text:
                return item
    raise AssertionError(f"no menu item {text!r}")


def _suggest(qtbot: QtBot, window: MainWindow, text: str) -> None:
    dialog = open_suggest_dialog(qtbot, window, text)
    save_suggestion(qtbot, dialog)
    dialog.accept()


@pytest.fixture
def closing_window(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    # No automatic send during a test unless it asks for one: "Send now" must do it.
    monkeypatch.setattr(service_module, "FIRST_SYNC_DELAY_MS", 3_600_000)
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.stop_background_work()


def test_send_now_delivers_to_the_receiver(
    qtbot: QtBot, app_paths: paths.AppPaths, tmp_path: Path, closing_window: list[MainWindow]
) -> None:
    server = start_receiver(tmp_path)
    try:
        window = _window(qtbot, app_paths, SyncSettings(url=server.url, token=TOKEN))
        closing_window.append(window)
        assert window.suggestions is not None
        waiting = window.suggestions.waiting
        # Nothing has been sent yet (the first automatic send is an hour away here).
        _suggest(qtbot, window, "How is a sprained ankle treated at home?")
        qtbot.waitUntil(lambda: waiting.text() == "1 suggestion waiting to be sent")
        _action(window, "Send now").trigger()
        status = window.statusBar()
        qtbot.waitUntil(lambda: status.currentMessage() == "Sent 1 suggestion.", timeout=10_000)
        qtbot.waitUntil(lambda: not waiting.isVisible())
        assert len(ids(server.engine)) == 1
    finally:
        server.stop()


def test_send_now_to_a_dead_receiver_keeps_them_and_says_so(
    qtbot: QtBot, app_paths: paths.AppPaths, closing_window: list[MainWindow]
) -> None:
    window = _window(qtbot, app_paths, SyncSettings(url="http://127.0.0.1:9", token=TOKEN))
    closing_window.append(window)
    assert window.suggestions is not None
    _suggest(qtbot, window, "How is a sprained ankle treated at home?")
    _action(window, "Send now").trigger()
    status = window.statusBar()
    qtbot.waitUntil(lambda: "Suggestions not sent" in status.currentMessage(), timeout=10_000)
    assert "could not reach the receiver" in status.currentMessage()
    assert "They are kept and will be retried." in status.currentMessage()
    assert window.suggestions.waiting.text() == "1 suggestion waiting to be sent"


def test_waiting_suggestions_are_sent_soon_after_the_window_opens(
    qtbot: QtBot,
    app_paths: paths.AppPaths,
    tmp_path: Path,
    closing_window: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from healthref.core.suggestions.outbox import Outbox
    from healthref.core.userdata.database import open_user_db

    user_db = open_user_db(app_paths.user_db)
    Outbox(user_db.engine, "test").save("Saved last week, while the receiver was away?")
    user_db.engine.dispose()
    monkeypatch.setattr(service_module, "FIRST_SYNC_DELAY_MS", 10)
    server = start_receiver(tmp_path)
    try:
        window = _window(qtbot, app_paths, SyncSettings(url=server.url, token=TOKEN))
        closing_window.append(window)
        status = window.statusBar()
        qtbot.waitUntil(lambda: status.currentMessage() == "Sent 1 suggestion.", timeout=10_000)
        assert len(ids(server.engine)) == 1
    finally:
        server.stop()


def test_no_send_item_without_a_receiver(qtbot: QtBot, window: MainWindow) -> None:
    with pytest.raises(AssertionError, match="no menu item"):
        _action(window, "Send now")


def test_export_writes_the_waiting_suggestions(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "stick" / "out.zip"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _suggest(qtbot, window, "How is a sprained ankle treated at home?")
    _suggest(qtbot, window, "When should a nosebleed be seen by a nurse?")
    _action(window, "Export waiting suggestions to a file…").trigger()
    status = window.statusBar()
    qtbot.waitUntil(lambda: status.currentMessage().startswith("Wrote 2 suggestions to"))
    assert str(target) in status.currentMessage()
    assert sorted(r.text for r in read_file(target)) == [
        "How is a sprained ankle treated at home?",
        "When should a nosebleed be seen by a nurse?",
    ]


def test_export_cancelled_writes_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    before = window.statusBar().currentMessage()
    _action(window, "Export waiting suggestions to a file…").trigger()
    assert window.statusBar().currentMessage() == before
    assert list(tmp_path.rglob("*.zip")) == []


def test_export_failure_is_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "no such folder" / "out.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    _suggest(qtbot, window, "How is a sprained ankle treated at home?")
    _action(window, "Export waiting suggestions to a file…").trigger()
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == [f"could not write {target}: No such file or directory"]
    assert not target.exists()
