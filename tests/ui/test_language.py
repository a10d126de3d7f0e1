"""The window in another language: translated where it is made, chosen in View → Interface
language and remembered, mirrored for Arabic, and carried by what a reader sends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from healthref import paths
from healthref.core.i18n.catalogue import current_language
from healthref.core.suggestions.outbox import Outbox
from healthref.core.suggestions.record import SuggestionView
from healthref.ui.app import build_window
from healthref.ui.language import SETTING, Interface, saved_choice
from healthref.ui.language_choice import LanguageChoice, put_away
from healthref.ui.main_window import MainWindow
from healthref.ui.search.hit_delegate import HitDelegate
from healthref.ui.window_menus import about_text

SEPSIS = "what-causes-sepsis"


@pytest.fixture(autouse=True)
def no_window_left(qtbot: QtBot) -> Iterator[None]:
    """Switching language leaves windows put away; none may outlive its test."""
    yield
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    for window in windows:
        put_away(window)
        window.close()
    QApplication.processEvents()
    for window in windows:
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def desktop(qtbot: QtBot, app_paths: paths.AppPaths, interface: Interface) -> Iterator[MainWindow]:
    """A desktop window built as run_window builds it, in the interface's current language."""
    built = build_window(app_paths, interface=interface)
    assert isinstance(built, MainWindow)
    built.show()
    qtbot.waitExposed(built)
    yield built
    if shiboken6.isValid(built):
        built.stop_background_work()
        built.close()


def _menus(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_speaks_french(
    qtbot: QtBot, app_paths: paths.AppPaths, interface: Interface
) -> None:
    interface.use("fr")
    window = build_window(app_paths, interface=interface)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert _menus(window)[:4] == ["&Fichier", "&Aller", "&Affichage", "Ai&de"]
    assert window.search_panel.search_box.placeholderText().startswith("Rechercher")
    assert window.statusBar().currentMessage().startswith("124 questions · contenu ")
    window.open_article(SEPSIS)  # in French where the article is translated (content_language)
    text = window.answer.toPlainText()
    assert "Réponse rapide" in text and "Mis à jour le " in text
    assert "Signaler un problème" in text  # the pane's own links, in the interface's language
    assert "pas encore été relue par un locuteur natif" in about_text(window)
    window.stop_background_work()


def test_english_says_nothing_about_review(desktop: MainWindow) -> None:
    assert "native speaker" not in about_text(desktop)
    assert "124 articles" in about_text(desktop)


def test_view_language_reopens_the_window_and_is_remembered(
    qtbot: QtBot, desktop: MainWindow, interface: Interface
) -> None:
    desktop.open_article(SEPSIS)
    choice = desktop.findChild(LanguageChoice)
    assert choice is not None and choice.actions["en"].isChecked()
    assert [a.text() for a in choice.actions.values()] == [
        "English",
        "Français",
        "Español",
        "Português",
        "Kiswahili",
        "العربية",
    ]
    choice.actions["es"].trigger()
    fresh = desktop.replaced_by
    assert isinstance(fresh, MainWindow)
    qtbot.addWidget(fresh)
    assert fresh.isVisible() and _menus(fresh)[0] == "&Archivo"
    assert fresh.answer.current_slug == SEPSIS  # the reader stays where they were
    assert interface.current.code == "es" and current_language() == "es"
    assert desktop.settings is not None
    assert saved_choice(desktop.settings) == "es"
    assert not desktop.isVisible()  # put away, as a window replaced by a content update is
    fresh.stop_background_work()


def test_a_remembered_choice_is_read_back(tmp_path: object, app_paths: paths.AppPaths) -> None:
    settings = QSettings(str(app_paths.ui_state), QSettings.Format.IniFormat)
    assert saved_choice(settings) == ""
    settings.setValue(SETTING, "sw")
    assert saved_choice(QSettings(str(app_paths.ui_state), QSettings.Format.IniFormat)) == "sw"


def test_arabic_mirrors_the_window_and_keeps_english_in_order(
    qtbot: QtBot, app_paths: paths.AppPaths, interface: Interface
) -> None:
    interface.use("ar")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window = build_window(app_paths, interface=interface)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.isRightToLeft()
    # The list is on the right, the answer on the left.
    assert window.search_panel.mapTo(window, window.search_panel.rect().topLeft()).x() > 400
    # The pane's own pages are in the interface's language and direction.
    welcome = _directions(window)
    assert welcome["إجابات صحية دون اتصال"] == Qt.LayoutDirection.RightToLeft
    # An English answer keeps its own direction (and its own labels); the links under it
    # are the window's, right to left.
    window.open_article(SEPSIS)
    answer = _directions(window)
    assert answer["What causes sepsis?"] == Qt.LayoutDirection.LeftToRight
    assert answer["Quick answer"] == Qt.LayoutDirection.LeftToRight
    footer = next(text for text in answer if text.startswith("هل في هذه الإجابة خطأ"))
    assert answer[footer] == Qt.LayoutDirection.RightToLeft
    status = window.statusBar().currentMessage()
    assert "\u2066" in status and status.endswith("\u2069")  # the version isolated left to right
    window.stop_background_work()


def _directions(window: MainWindow) -> dict[str, Qt.LayoutDirection]:
    """Each paragraph of the answer pane and the direction it is laid out in."""
    found: dict[str, Qt.LayoutDirection] = {}
    block = window.answer.document().begin()
    while block.isValid():
        found.setdefault(block.text(), block.blockFormat().layoutDirection())
        block = block.next()
    return found


def test_the_question_list_aligns_right_in_arabic(
    qtbot: QtBot, window: MainWindow, interface: Interface
) -> None:
    model = window.search_panel.model
    index = model.index(0, 0)
    view = window.search_panel.list_view
    option = QStyleOptionViewItem()
    option.font = window.font()
    option.widget = view  # the delegate follows the view's direction, as Qt's option does
    delegate = HitDelegate()
    for direction, side in (
        (Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignLeft),
        (Qt.LayoutDirection.RightToLeft, Qt.AlignmentFlag.AlignRight),
    ):
        view.setLayoutDirection(direction)
        document = delegate._document(option, index, 400)
        assert document.begin().blockFormat().alignment() & side


def test_the_kiosk_back_button_points_the_other_way_in_arabic(
    qtbot: QtBot, kiosk_window: MainWindow, interface: Interface
) -> None:
    assert kiosk_window.kiosk is not None
    back = kiosk_window.kiosk.screens.back_button
    left_to_right = back.mapTo(kiosk_window, back.rect().center()).x()
    choice = kiosk_window.findChild(LanguageChoice)
    assert choice is not None
    choice.buttons["ar"].click()
    arabic = choice.kiosk_windows.visiting if choice.kiosk_windows else None
    assert isinstance(arabic, MainWindow) and arabic.kiosk is not None
    qtbot.waitExposed(arabic)
    back = arabic.kiosk.screens.back_button
    assert back.text().startswith("‹") and back.isRightToLeft()  # ‹ is mirrored: it points right
    width = arabic.width()
    assert back.mapTo(arabic, back.rect().center()).x() > width / 2 > left_to_right
    kiosk_window.kiosk.reset()  # the next visitor: back in the operator's language
    qtbot.waitUntil(lambda: interface.current.code == "en" and kiosk_window.isVisible())


def test_a_suggestion_carries_the_interface_language(
    qtbot: QtBot, app_paths: paths.AppPaths, interface: Interface
) -> None:
    interface.use("pt")
    window = build_window(app_paths, interface=interface)
    assert isinstance(window, MainWindow) and window.suggestions is not None
    qtbot.addWidget(window)
    service = window.suggestions.service
    done: list[object] = []
    service.save("Como tratar uma picada de cobra?", "", "", done.append, done.append)
    qtbot.waitUntil(lambda: bool(done))
    rows: list[list[SuggestionView]] = []

    def read(outbox: Outbox) -> list[SuggestionView]:
        return outbox.all()

    service.run("reading", read, rows.append)
    qtbot.waitUntil(lambda: bool(rows))
    assert [(r.text, r.language) for r in rows[0]] == [("Como tratar uma picada de cobra?", "pt")]
    window.stop_background_work()
