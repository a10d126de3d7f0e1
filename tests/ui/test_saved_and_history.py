"""Saved questions, history, back/forward across a restart and copy as text, in a real window
on the bundled articles; the user DB is read back directly to see what was written."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.settings.file import PrivacySettings
from healthref.core.userdata.records import SavedSort
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow
from healthref.ui.userdata.reading_actions import ReadingActions

SEPSIS = "what-causes-sepsis"
BURN = "how-should-a-burn-be-treated"
MALARIA = "what-are-the-symptoms-of-malaria"
WindowMaker = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, app_paths: paths.AppPaths) -> Iterator[WindowMaker]:
    made: list[MainWindow] = []

    def make(**options: object) -> MainWindow:
        built = build_window(app_paths, **options)  # type: ignore[arg-type]
        assert isinstance(built, MainWindow)
        qtbot.addWidget(built)
        built.show()
        qtbot.waitExposed(built)
        made.append(built)
        return built

    yield make
    for built in made:
        built.close()


def reading(window: MainWindow) -> ReadingActions:
    assert window.reading_actions is not None
    return window.reading_actions


def table(app_paths: paths.AppPaths, name: str) -> list[tuple[object, ...]]:
    """Rows of a user-DB table, read directly ([] when nothing was ever written)."""
    if not app_paths.user_db.exists():
        return []
    connection = sqlite3.connect(app_paths.user_db)
    try:
        return connection.execute(f"SELECT * FROM {name}").fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        connection.close()


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    service = reading(window).service
    assert service is not None
    qtbot.waitUntil(lambda: not service.tasks.busy(), timeout=10_000)
    # The Saved and History docks are built after the first paint.
    qtbot.waitUntil(lambda: reading(window).history_view is not None, timeout=10_000)


def open_and_star(qtbot: QtBot, window: MainWindow, slug: str) -> None:
    window.open_article(slug)
    wait_idle(qtbot, window)
    reading(window).star_action.trigger()
    qtbot.waitUntil(lambda: reading(window).bar.star.isChecked(), timeout=5000)
    wait_idle(qtbot, window)


def show_saved(qtbot: QtBot, window: MainWindow) -> list[str]:
    actions = reading(window)
    actions.docks[0].show()
    actions.refresh_saved()
    wait_idle(qtbot, window)
    assert actions.saved_view is not None
    return actions.saved_view.questions()


def test_star_note_unstar_undo_and_the_star_after_a_restart(
    qtbot: QtBot, make_window: WindowMaker, app_paths: paths.AppPaths
) -> None:
    window = make_window()
    actions = reading(window)
    assert actions.star_action.shortcut() == QKeySequence("Ctrl+D")
    open_and_star(qtbot, window, SEPSIS)
    assert actions.bar.star.text() == "★ Saved" and actions.bar.note.isVisible()
    actions.bar.note.setText("ask Dr A about this")
    actions.bar.note.editingFinished.emit()
    wait_idle(qtbot, window)
    assert table(app_paths, "saved_questions")[0][3] == "ask Dr A about this"
    assert show_saved(qtbot, window) == ["What causes sepsis?"]
    assert actions.saved_view is not None
    assert "Note: ask Dr A about this" in actions.saved_view.list.item(0).text()

    actions.star_action.trigger()  # unstar
    wait_idle(qtbot, window)
    assert table(app_paths, "saved_questions") == [] and not actions.bar.star.isChecked()
    assert actions.saved_view.undo_button.isEnabled()
    actions.saved_view.undo_button.click()
    wait_idle(qtbot, window)
    assert [r[3] for r in table(app_paths, "saved_questions")] == ["ask Dr A about this"]
    assert actions.bar.star.isChecked()
    window.close()

    again = make_window()
    again.open_article(SEPSIS)
    qtbot.waitUntil(lambda: reading(again).bar.star.isChecked(), timeout=5000)
    assert reading(again).bar.note.text() == "ask Dr A about this"


def test_saved_view_searches_and_sorts(qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    for slug in (SEPSIS, BURN, MALARIA):
        open_and_star(qtbot, window, slug)
    newest_first = show_saved(qtbot, window)
    assert newest_first[0] == "What are the symptoms of malaria?"
    assert set(newest_first) == {
        "What causes sepsis?",
        "How should a burn be treated?",
        "What are the symptoms of malaria?",
    }
    view = reading(window).saved_view
    assert view is not None
    view.sort.setCurrentIndex(view.sort.findData(SavedSort.CATEGORY.value))
    wait_idle(qtbot, window)
    assert view.questions()[0] == "How should a burn be treated?"  # First aid… before Infectious…
    view.search.setText("burn")
    wait_idle(qtbot, window)
    assert view.questions() == ["How should a burn be treated?"]
    view.list.setCurrentRow(0)
    view.remove_button.click()
    wait_idle(qtbot, window)
    view.search.clear()
    wait_idle(qtbot, window)
    assert "How should a burn be treated?" not in view.questions()


def test_history_newest_first_by_day_open_again_and_clear(
    qtbot: QtBot, make_window: WindowMaker, app_paths: paths.AppPaths
) -> None:
    window = make_window()
    for slug in (SEPSIS, BURN, MALARIA):
        window.open_article(slug)
    wait_idle(qtbot, window)
    connection = sqlite3.connect(app_paths.user_db)
    connection.execute(
        "INSERT INTO history (slug, question, opened_at) VALUES "
        "(?, 'What causes sepsis?', datetime('now', '-3 days'))",
        (SEPSIS,),
    )
    connection.commit()
    connection.close()
    actions = reading(window)
    view = actions.history_view
    assert view is not None
    actions.docks[1].show()
    wait_idle(qtbot, window)
    days = view.days()
    assert days[0][0] == "Today"
    assert [entry.split("  ", 1)[1] for entry in days[0][1]] == [
        "What are the symptoms of malaria?",
        "How should a burn be treated?",
        "What causes sepsis?",
    ]
    assert len(days) == 2 and days[1][1][0].endswith("What causes sepsis?")
    day = view.tree.topLevelItem(0)
    assert day is not None
    entry = day.child(1)
    assert entry is not None
    view.tree.setCurrentItem(entry)
    view.tree.itemActivated.emit(view.tree.currentItem(), 0)
    assert window.answer.current_slug == BURN
    view.clear_before.click()  # older than the week-ago default: nothing yet
    wait_idle(qtbot, window)
    assert len(view.days()) == 2
    view.before.setDate(view.before.date().currentDate().addDays(-1))
    view.clear_before.click()
    wait_idle(qtbot, window)
    assert [d for d, _ in view.days()] == ["Today"]
    view.clear_all.click()
    wait_idle(qtbot, window)
    assert view.days() == [] and table(app_paths, "history") == []
    assert not window.back_action.isEnabled()


def test_back_and_forward_survive_a_restart(qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    for slug in (SEPSIS, BURN, MALARIA):
        window.open_article(slug)
    window.back_action.trigger()
    assert window.answer.current_slug == BURN
    window.close()

    again = make_window()
    qtbot.waitUntil(lambda: again.answer.current_slug == BURN, timeout=5000)
    assert again.back_action.isEnabled() and again.forward_action.isEnabled()
    again.forward_action.trigger()
    assert again.answer.current_slug == MALARIA
    again.back_action.trigger()
    again.back_action.trigger()
    assert again.answer.current_slug == SEPSIS


def test_copy_answer_as_text_with_sources(qtbot: QtBot, make_window: WindowMaker) -> None:
    window = make_window()
    window.open_article(SEPSIS)
    reading(window).copy_action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("What causes sepsis?\n")
    assert "https://www.who.int/news-room/fact-sheets/detail/sepsis" in text
    assert "<" not in text
    assert window.statusBar().currentMessage() == "Copied the answer and its sources."


# --- privacy on a shared computer ----------------------------------------------------------


def test_history_off_records_nothing(
    qtbot: QtBot, make_window: WindowMaker, app_paths: paths.AppPaths
) -> None:
    window = make_window(privacy=PrivacySettings(history=False))
    for slug in (SEPSIS, BURN):
        window.open_article(slug)
    window.close()
    assert table(app_paths, "history") == [] and table(app_paths, "reading_trail") == []
    again = make_window(privacy=PrivacySettings(history=False))
    qtbot.wait(50)
    assert again.answer.current_slug is None  # no trail came back


def test_retention_drops_old_rows_and_clear_on_exit(
    qtbot: QtBot, make_window: WindowMaker, app_paths: paths.AppPaths
) -> None:
    window = make_window(privacy=PrivacySettings(history_days=30))
    open_and_star(qtbot, window, SEPSIS)
    connection = sqlite3.connect(app_paths.user_db)
    connection.execute(
        "INSERT INTO history (slug, question, opened_at) VALUES "
        "('old', 'Old?', datetime('now', '-31 days')), ('recent', 'Recent?', "
        "datetime('now', '-29 days'))"
    )
    connection.commit()
    connection.close()
    window.open_article(BURN)
    wait_idle(qtbot, window)
    assert sorted(str(row[1]) for row in table(app_paths, "history")) == sorted(
        [BURN, SEPSIS, "recent"]
    )
    window.close()

    clearing = make_window(privacy=PrivacySettings(clear_history_on_exit=True))
    clearing.open_article(MALARIA)
    clearing.close()
    assert table(app_paths, "history") == [] and table(app_paths, "reading_trail") == []
    assert [row[0] for row in table(app_paths, "saved_questions")] == [SEPSIS]  # kept


def test_the_private_window_leaves_no_row(
    qtbot: QtBot, make_window: WindowMaker, app_paths: paths.AppPaths
) -> None:
    window = make_window()
    actions = reading(window)
    assert actions.private_action.shortcut() == QKeySequence("Ctrl+Shift+N")
    private = actions.open_private_window()
    assert isinstance(private, MainWindow)
    qtbot.addWidget(private)
    assert "private" in private.windowTitle()
    private_actions = reading(private)
    assert private_actions.service is None
    assert not private_actions.star_action.isVisible() and not private_actions.docks
    for slug in (SEPSIS, BURN):
        private.open_article(slug)
    private_actions.star_action.trigger()
    private_actions.bar.star.click()
    private.back_action.trigger()
    private.close()
    window.close()
    for name in ("history", "saved_questions", "reading_trail"):
        assert table(app_paths, name) == [], name
