"""The suggestion flow in the window: every way in, every message, the near-duplicate offer,
the confirmation and the waiting count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from healthref.core.suggestions.outbox import SaveError
from healthref.ui.main_window import MainWindow
from healthref.ui.suggestions.dialog import SuggestDialog
from tests.ui.conftest import click_save, open_suggest_dialog


def _dialog(qtbot: QtBot, window: MainWindow, prefill: str = "") -> SuggestDialog:
    return open_suggest_dialog(qtbot, window, prefill)


def _click_save(qtbot: QtBot, dialog: SuggestDialog) -> None:
    click_save(qtbot, dialog)


@pytest.mark.parametrize(
    ("text", "note", "message"),
    [
        ("short", "", "at least 10 characters"),
        ("x" * 301, "", "300 characters"),
        ("Visit https://spam.example for cures", "", "web link"),
        ("Email me at someone@example.org please", "", "e-mail address"),
        ("Call +254 712 345 678 about my results", "", "phone number"),
        ("What helps with hiccups that last days?", "n" * 1001, "1000 characters"),
    ],
)
def test_each_validation_message(
    qtbot: QtBot, window: MainWindow, text: str, note: str, message: str
) -> None:
    dialog = _dialog(qtbot, window)
    dialog.question.setText(text)
    dialog.note.setPlainText(note)
    _click_save(qtbot, dialog)
    assert message in dialog.message.text()
    assert dialog.pages.currentIndex() == 0
    assert window.suggestions is not None
    assert window.suggestions.service.outbox().pending_count() == 0


def test_near_duplicate_is_offered_and_can_be_opened(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window, "what is malaria")
    _click_save(qtbot, dialog)
    assert "Did you mean" in dialog.offers.text()
    assert "What are the symptoms of malaria?" in dialog.offers.text()
    assert dialog.save_button.text() == "Save anyway"
    dialog.offers.linkActivated.emit("article:what-are-the-symptoms-of-malaria")
    assert window.answer.current_slug == "what-are-the-symptoms-of-malaria"
    assert not dialog.isVisible()


def test_save_anyway_then_confirmation_and_count(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _dialog(qtbot, window, "what is malaria")
    _click_save(qtbot, dialog)
    assert dialog.save_button.text() == "Save anyway"
    _click_save(qtbot, dialog)
    assert dialog.pages.currentIndex() == 1
    text = dialog.confirmation.text()
    assert "Saved on this computer" in text and "sent when a connection is available" in text
    assert "waiting: 1" in text
    assert window.suggestions is not None
    qtbot.waitUntil(lambda: window.suggestions.waiting.isVisible())  # type: ignore[union-attr]
    assert window.suggestions.waiting.text().startswith("1 suggestion")


def test_pending_twin_is_offered_then_counted(qtbot: QtBot, window: MainWindow) -> None:
    first = _dialog(qtbot, window, "How do I get rid of hiccups quickly?")
    _click_save(qtbot, first)
    assert first.pages.currentIndex() == 1
    first.accept()
    second = _dialog(qtbot, window, "how do I get rid of HICCUPS quickly")
    _click_save(qtbot, second)
    assert "already suggested" in second.offers.text()
    _click_save(qtbot, second)
    assert "already waiting" in second.confirmation.text()


def test_couldnt_save_keeps_the_text(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.suggestions is not None

    def full(*args: object) -> None:
        on_failed = args[-1]
        assert callable(on_failed)
        on_failed(SaveError("the disk is full"))

    monkeypatch.setattr(window.suggestions.service, "save", full)
    dialog = _dialog(qtbot, window, "Why do my ears ring at night?")
    _click_save(qtbot, dialog)  # no near-twin of this question: saved at the first click
    assert "Couldn't save: the disk is full" in dialog.message.text()
    assert dialog.question.text() == "Why do my ears ring at night?"
    assert dialog.pages.currentIndex() == 0


def test_ways_in(qtbot: QtBot, window: MainWindow) -> None:
    assert window.suggestions is not None
    # 1. the answer pane's footer link
    window.open_article("what-causes-sepsis")
    assert "Missing an answer? Suggest a question" in window.answer.toPlainText()
    window.answer.anchorClicked.emit(QUrl("suggest:"))
    assert window.suggestions.dialog is not None
    window.suggestions.dialog.reject()
    # 2. the empty search state, prefilled with what was typed
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "qqqzzzx hiccups")
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.empty_state, timeout=5000)
    assert "Suggest this question" in panel.empty_state.text()
    panel.empty_state.linkActivated.emit("suggest:")
    dialog = window.suggestions.dialog
    assert dialog is not None and dialog.question.text() == "qqqzzzx hiccups"
    dialog.reject()
    # 3. the footer under weak results, prefilled the same way
    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, "zzqx hiccups cure")
    qtbot.waitUntil(lambda: not panel.search_pending(), timeout=5000)
    assert panel.stack.currentWidget() is not panel.empty_state
    assert not panel.suggest_footer.isHidden()
    panel.suggest_footer.linkActivated.emit("suggest:")
    dialog = window.suggestions.dialog
    assert dialog is not None and dialog.question.text() == "zzqx hiccups cure"
    dialog.reject()
    # 4. the menu item and its shortcut
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(window, "Ctrl+Shift+S")
    qtbot.waitUntil(lambda: window.suggestions.dialog is not None)  # type: ignore[union-attr]


def test_result_list_ends_with_suggest(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "malaria")
    qtbot.waitUntil(
        lambda: not panel.search_pending() and panel.suggest_footer.isVisible(), timeout=5000
    )
    assert "Not what you need?" in panel.suggest_footer.text()
    assert "malaria" in panel.suggest_footer.text()


def test_my_suggestions_lists_status(qtbot: QtBot, window: MainWindow) -> None:
    from healthref.ui.suggestions.my_suggestions import MySuggestionsDialog

    assert window.suggestions is not None
    window.suggestions.service.outbox().save("What is a normal blood oxygen level?", "", "")
    window.suggestions.show_list()
    qtbot.waitUntil(lambda: bool(window.findChildren(MySuggestionsDialog)))
    dialogs = window.findChildren(MySuggestionsDialog)
    table = dialogs[-1].table
    assert table.topLevelItemCount() == 1
    row = table.topLevelItem(0)
    assert row is not None
    assert row.text(0) == "Waiting to send"
    assert row.text(3) == "What is a normal blood oxygen level?"
