"""A kiosk saves and remembers nothing of its visitors, and prints only when the operator
allows it (then only the handout of the open answer, straight to the printer)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.content.article import ArticleView
from healthref.core.settings.kiosk import KioskSettings, hash_pin
from healthref.ui.app import build_window
from healthref.ui.kiosk.screens import Screen
from healthref.ui.main_window import MainWindow
from healthref.ui.printing import handout_actions
from tests.ui.conftest import PIN

SEPSIS = "what-causes-sepsis"


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    sent: list[tuple[str, bool]] = []

    def fake_printer(view: ArticleView, large_print: bool) -> str:
        sent.append((view.article.slug, large_print))
        return "Desk printer"

    monkeypatch.setattr(handout_actions, "print_to_default_printer", fake_printer)
    monkeypatch.setattr(
        handout_actions, "preview_and_print", lambda *a: sent.append(("preview", False))
    )
    return sent


@pytest.fixture
def printing_kiosk(qtbot: QtBot, app_paths: paths.AppPaths) -> Iterator[MainWindow]:
    settings = KioskSettings(pin_hash=hash_pin(PIN, "s", 1000), allow_print=True)
    window = build_window(app_paths, kiosk=settings)
    assert isinstance(window, MainWindow) and window.kiosk is not None
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.kiosk.exit_authorised = True
    window.close()


def user_tables(app_paths: paths.AppPaths) -> dict[str, int]:
    if not app_paths.user_db.exists():
        return {}
    connection = sqlite3.connect(app_paths.user_db)
    try:
        names = [n for (n,) in connection.execute("SELECT name FROM sqlite_master")]
        return {
            n: connection.execute(f"SELECT count(*) FROM {n}").fetchone()[0]
            for n in ("saved_questions", "history", "reading_trail")
            if n in names
        }
    finally:
        connection.close()


def test_a_kiosk_saves_and_remembers_nothing_and_does_not_print(
    qtbot: QtBot,
    kiosk_window: MainWindow,
    app_paths: paths.AppPaths,
    printed: list[tuple[str, bool]],
) -> None:
    actions = kiosk_window.reading_actions
    assert actions is not None and actions.service is None
    kiosk_window.open_article(SEPSIS)
    kiosk_window.open_article("how-should-a-burn-be-treated")
    for action in (
        actions.star_action,
        actions.copy_action,
        actions.print_action,
        actions.pdf_action,
        actions.private_action,
    ):
        assert not action.isVisible(), action.text()
        action.trigger()
    assert not actions.bar.star.isVisible() and not actions.bar.print_button.isVisible()
    assert actions.docks == [] and actions.private_windows == []
    assert printed == []
    assert kiosk_window.kiosk is not None
    kiosk_window.kiosk.reset()
    assert sum(user_tables(app_paths).values()) == 0


def test_a_kiosk_that_allows_printing_prints_the_open_answer_only(
    qtbot: QtBot,
    printing_kiosk: MainWindow,
    app_paths: paths.AppPaths,
    printed: list[tuple[str, bool]],
) -> None:
    actions = printing_kiosk.reading_actions
    assert actions is not None
    assert actions.print_action.isVisible() and not actions.pdf_action.isVisible()
    actions.print_action.trigger()  # nothing open yet
    assert printed == []
    printing_kiosk.open_article(SEPSIS)
    kiosk = printing_kiosk.kiosk
    assert kiosk is not None
    kiosk.screens.show_screen(Screen.ANSWER)  # as a visitor's tap on the question does
    assert actions.bar.print_button.isVisible()
    actions.bar.print_button.click()
    assert printed == [(SEPSIS, False)]  # straight to the printer, no preview, no file dialog
    assert printing_kiosk.statusBar().currentMessage() == "Sent to Desk printer."
    assert not actions.star_action.isVisible() and not actions.copy_action.isVisible()
    assert sum(user_tables(app_paths).values()) == 0


def test_the_desktop_window_prints_through_the_preview(
    qtbot: QtBot, window: MainWindow, printed: list[tuple[str, bool]]
) -> None:
    actions = window.reading_actions
    assert actions is not None
    window.open_article(SEPSIS)
    actions.print_action.trigger()
    assert printed == [("preview", False)]


def test_the_desktop_window_saves_the_handout_as_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "for the patient"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions = window.reading_actions
    assert actions is not None
    window.open_article(SEPSIS)
    actions.pdf_action.trigger()
    written = target.with_suffix(".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == f"Saved {written}"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gone" / "x.pdf"), "")
    )
    actions.pdf_action.trigger()
    assert window.statusBar().currentMessage().startswith("Could not save the handout: cannot")
