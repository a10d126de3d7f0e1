"""Content updates in the window: "Content as of", install from the File menu, "What's new",
roll back, refusals, and the notice shown for a withdrawn answer."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.packs.install import install
from healthref.core.packs.signers import trusted_signers
from healthref.core.packs.verify import verify_pack
from healthref.ui.app import build_window
from healthref.ui.main_window import MainWindow
from tests.conftest import BUNDLED_DB, REPO
from tests.packs.conftest import Packs

DOCS = REPO / "docs" / "screenshots"
OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(paths.CONTENT_DB_ENV, raising=False)
    return tmp_path / "home"


def _install(pack: Path, home: Path) -> None:
    install(verify_pack(pack, trusted_signers(REPO / "resources")), home, BUNDLED_DB)


@pytest.fixture
def open_window(qtbot: QtBot, home: Path) -> Iterator[OpenWindow]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        built = build_window(paths.resolve(None, home))
        assert isinstance(built, MainWindow)
        qtbot.addWidget(built)
        built.show()
        qtbot.waitExposed(built)
        windows.append(built)
        return built

    yield make
    for window in windows:
        window.close()


def _menu_texts(window: MainWindow) -> list[str]:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    return [action.text() for action in file_menu.actions()]


def _replacement(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.waitUntil(lambda: window.replaced_by is not None, timeout=20_000)
    fresh = window.replaced_by
    assert isinstance(fresh, MainWindow)
    qtbot.addWidget(fresh)
    return fresh


def _bundled_as_of() -> str:
    """The date of the newest article in the bundled DB (its content version's first part)."""
    connection = sqlite3.connect(BUNDLED_DB)
    try:
        (version,) = connection.execute(
            "SELECT value FROM meta WHERE key = 'content_version'"
        ).fetchone()
    finally:
        connection.close()
    return str(version).split(".")[0]


def test_bundled_content_says_as_of_and_from_whom(open_window: OpenWindow, home: Path) -> None:
    window = open_window()
    assert window.content_updates is not None
    assert window.content_updates.label.text() == (
        f"Content as of {_bundled_as_of()}, from the healthref release (bundled)"
    )
    assert "&Install content update…" in _menu_texts(window)
    assert "&Roll back content update" in _menu_texts(window)


def test_install_from_the_menu_shows_whats_new_and_the_new_content(
    qtbot: QtBot,
    open_window: OpenWindow,
    home: Path,
    packs: Packs,
) -> None:
    _install(packs.v1, home)
    window = open_window()
    assert window.content_updates is not None
    assert window.content_updates.label.text().startswith(
        "Content as of 2027-01-01, from healthref DEVELOPMENT key"
    )
    assert "(testing only)" in window.content_updates.label.text()
    window.content_updates.choose_file = lambda: str(packs.v2)
    window.content_updates.install_action.trigger()
    fresh = _replacement(qtbot, window)
    assert not window.isVisible() and fresh.isVisible()
    assert fresh.whats_new is not None
    qtbot.waitUntil(fresh.whats_new.isVisible)
    text = fresh.whats_new.plain_text()
    assert "What's new in 2027-02-01" in text
    assert "New questions (1)" in text and "What is delta sickness?" in text
    assert "Changed answers (2)" in text and "What is alpha fever, and when is it serious?" in text
    assert "Withdrawn (1)" in text and "cough medicine was wrong" in text
    assert fresh.content_updates is not None
    assert fresh.content_updates.label.text().startswith("Content as of 2027-02-01")
    assert "delta" in {item.slug for item in fresh.store.questions()}
    DOCS.mkdir(parents=True, exist_ok=True)
    fresh.whats_new.grab().save(str(DOCS / "whats-new.png"))
    fresh.statusBar().grab().save(str(DOCS / "content-as-of.png"))
    fresh.whats_new.accept()
    # Roll back from the menu: the previous content, without "What's new".
    fresh.content_updates.rollback_action.trigger()
    older = _replacement(qtbot, fresh)
    assert older.whats_new is None
    assert {item.slug for item in older.store.questions()} == {"alpha", "beta", "gamma"}


def test_a_refused_install_changes_nothing_and_says_why(
    qtbot: QtBot,
    open_window: OpenWindow,
    home: Path,
    tmp_path: Path,
    packs: Packs,
) -> None:
    _install(packs.v1, home)
    window = open_window()
    assert window.content_updates is not None
    damaged = bytearray(packs.v2.read_bytes())
    damaged[-10] ^= 1
    bad = tmp_path / "damaged.pack"
    bad.write_bytes(bytes(damaged))
    window.content_updates.choose_file = lambda: str(bad)
    window.content_updates.install_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "contentUpdateRefused") is not None)
    box = window.findChild(QMessageBox, "contentUpdateRefused")
    assert box is not None and "Nothing was changed" in box.text() and "damaged" in box.text()
    assert window.replaced_by is None
    assert paths.resolve(None, home).content_db == window.store.path


@pytest.mark.parametrize("damage", ["truncate", "delete"])
def test_a_damaged_install_opens_the_bundled_content_and_says_so(
    open_window: OpenWindow, home: Path, packs: Packs, damage: str
) -> None:
    _install(packs.v1, home)
    db = paths.resolve(None, home).content_db
    if damage == "truncate":
        db.write_bytes(db.read_bytes()[:8192])
    else:
        db.unlink()
    window = open_window()
    assert window.store.path == BUNDLED_DB
    assert len(window.store.questions()) == 124
    assert window.content_updates is not None
    label = window.content_updates.label.text()
    assert label.startswith(
        f"Content as of {_bundled_as_of()}, from the healthref release (bundled)"
    )
    assert "installed content not used" in label


def test_a_withdrawn_answer_shows_its_notice(
    qtbot: QtBot, open_window: OpenWindow, home: Path, packs: Packs
) -> None:
    _install(packs.v2, home)
    window = open_window()
    assert not window.open_article("gamma")
    text = window.answer.toPlainText()
    assert "This answer was withdrawn" in text and "cough medicine was wrong" in text
    assert "Why does gamma cough happen" not in text
    window.answer.grab().save(str(DOCS / "withdrawn-notice.png"))


def test_addon_articles_are_marked_with_their_pack_in_the_list(
    qtbot: QtBot,
    open_window: OpenWindow,
    home: Path,
    packs: Packs,
) -> None:
    _install(packs.addon, home)
    window = open_window()
    marked = [i for i in window.store.questions() if i.category.endswith("· Riverside clinic")]
    assert {i.slug for i in marked} == {
        "riverside-clinic-hours",
        "riverside-services",
        "riverside-transport",
    }
    assert window.search_panel.emergency_number == "112"


def test_in_a_narrow_window_content_as_of_leaves_room_for_the_question_count(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Half a 1366-pixel laptop screen: "Content as of …" takes at most half the status bar
    and ends in "…" (its whole text stays its tooltip), so the count beside it still shows."""
    window.resize(640, 500)
    qtbot.waitUntil(lambda: window.statusBar().width() <= 640)
    assert window.content_updates is not None
    label = window.content_updates.label
    bar = window.statusBar()
    qtbot.waitUntil(lambda: label.width() <= bar.width() // 2 + 1)
    assert label.text().startswith("Content as of ") and label.toolTip() == label.text()
    message = bar.currentMessage()
    room = bar.width() - label.width()
    assert message.startswith("124 questions")
    assert bar.fontMetrics().horizontalAdvance(message) < room
