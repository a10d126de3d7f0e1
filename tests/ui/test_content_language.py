"""The answer pane in French: French labels, the switch link, and French search."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from healthref.ui.main_window import MainWindow


def test_french_article_reads_in_french_and_switches_to_english(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.content_language.choose("fr")
    assert window.open_article("what-causes-sepsis")
    text = window.answer.toPlainText()
    assert "Quelles sont les causes du sepsis" in text
    assert "Traduit de l'anglais — pas encore relu par un clinicien" in text
    assert "Réponse rapide" in text and "Read in English" in text
    assert "Maladies infectieuses" in text and "Infectious diseases" not in text
    window._read_in("en")
    text = window.answer.toPlainText()
    assert "What causes sepsis?" in text and "Lire en français" in text
    assert "Quick answer" in text and "Infectious diseases" in text


def test_french_search_finds_french_questions(qtbot: QtBot, window: MainWindow) -> None:
    window.content_language.choose("fr")
    window.search_panel.search_box.setText("la courante chez bébé")
    qtbot.waitUntil(lambda: not window.search_panel.search_pending(), timeout=10000)
    model = window.search_panel.list_view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    first = str(model.index(0, 0).data())
    assert "diarrhée" in first or "déshydratation" in first, first


def test_the_question_list_follows_the_article_language(qtbot: QtBot, window: MainWindow) -> None:
    model = window.search_panel.list_view.model()

    def questions() -> set[str]:
        return {str(model.index(r, 0).data()) for r in range(model.rowCount())}

    assert "What causes sepsis?" in questions()
    window.content_language.choose("fr")
    qtbot.waitUntil(lambda: "Quelles sont les causes du sepsis ?" in questions(), timeout=5000)
    assert "What causes sepsis?" not in questions()
    window.content_language.choose("en")
    qtbot.waitUntil(lambda: "What causes sepsis?" in questions(), timeout=5000)
