"""The answer pane shows every part of an article; only internal links navigate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from healthref.core.content.render import licence_words
from healthref.ui.main_window import MainWindow
from tests.ui.conftest import wait_for_first


def test_selecting_a_question_shows_every_part(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.search_panel
    qtbot.keyClicks(panel.search_box, "what causes sepsis")
    wait_for_first(qtbot, window, "what-causes-sepsis")
    qtbot.waitUntil(lambda: window.answer.current_slug == "what-causes-sepsis")
    view = window.store.article("what-causes-sepsis")
    assert view is not None
    article = view.article
    text = window.answer.toPlainText()
    expected = [
        article.question,
        "For information only",
        "Updated 30 November 2026",
        "Not yet reviewed by a clinician",
        "Quick answer",
        article.quick_answer,
        "Key facts",
        *article.key_facts,
        "Get help now if…",
        *article.help.emergency,
        *article.help.today,
        *article.help.days,
        *article.help.home,
        "When to get medical help",
        "Get emergency help now",
        "Key takeaway",
        "Sources",
        "Also called",
        *article.aliases,
        "Related questions",
        *(link.question for link in view.related),
    ]
    for source in article.citations:
        expected += [source.title, source.publisher, licence_words(source.licence), source.url]
    missing = [part for part in expected if part not in text]
    assert not missing


def test_internal_link_navigates(qtbot: QtBot, window: MainWindow) -> None:
    window.open_article("what-causes-sepsis")
    target = window.store.article("what-causes-sepsis").related[0].slug  # type: ignore[union-attr]
    window.answer.anchorClicked.emit(QUrl(f"article:{target}"))
    assert window.answer.current_slug == target
    assert window.back_action.isEnabled()
    window.back_action.trigger()
    assert window.answer.current_slug == "what-causes-sepsis"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "https://www.who.int/",
        "http://example.org",
        "mailto:a@b.c",
        "data:text/html,hi",
        "article:",
    ],
)
def test_other_links_do_nothing(
    qtbot: QtBot, window: MainWindow, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(u: QUrl) -> bool:
        opened.append(u)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    window.open_article("what-causes-sepsis")
    before = window.answer.toHtml()
    with qtbot.waitSignal(window.answer.link_refused, timeout=1000):
        window.answer.anchorClicked.emit(QUrl(url))
    assert window.answer.current_slug == "what-causes-sepsis"
    assert window.answer.toHtml() == before
    assert opened == []
    assert "not opened" in window.statusBar().currentMessage()


def test_answer_never_loads_resources(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    # A real 400×400 picture on disk: were it loaded, the page would be over 400 px tall.
    picture = tmp_path / "big.png"
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    document = window.answer.document()
    window.answer.setHtml("<p>before</p>")
    without = document.size().height()
    window.answer.setHtml(f'<p>before</p><img src="{QUrl.fromLocalFile(str(picture)).toString()}">')
    assert document.size().height() - without < 100  # no room was made for the picture
    assert "before" in window.answer.toPlainText()
