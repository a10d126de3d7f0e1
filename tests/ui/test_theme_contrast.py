"""Every text role and border, measured on the real window in each theme: text ≥ 4.5:1 and
borders ≥ 3:1 against what is actually painted behind them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from healthref.core.content.database import ContentProblem
from healthref.core.content.notices import DISCLAIMER, HELP_NOW_TITLE, TIER_LABELS
from healthref.core.content.tier import Tier
from healthref.ui.appearance.colours import contrast
from healthref.ui.main_window import MainWindow
from healthref.ui.reading.error_page import ContentErrorPage
from tests.ui.conftest import click_save, open_suggest_dialog
from tests.ui.pixels import border_beside, grab, measured, text_rect

ARTICLE = "how-is-heatstroke-treated"
TEXT_ROLES = {
    "category": "Emergencies",
    "question": "How is heatstroke treated?",
    "dates": "Updated ",
    "quick label": "Quick answer",
    "help-now label": HELP_NOW_TITLE,
    "help-now link": "All the signs",
    "disclaimer": DISCLAIMER[:20],
    "heading": "Key facts",
    "table header": "Heat exhaustion",
    "emergency tier": TIER_LABELS[Tier.EMERGENCY][0],
    "today tier": TIER_LABELS[Tier.TODAY][0],
    "days tier": TIER_LABELS[Tier.DAYS][0],
    "home tier": TIER_LABELS[Tier.HOME][0],
    "takeaway": "Key takeaway",
    "also called": "Also called",
    "related link": "Related questions",
    "source url": "https://",
    "licence": "(",
}
BOXES = {
    "quick": "Quick answer",
    "help-now": HELP_NOW_TITLE,
    **{f"tier-{t.value}": TIER_LABELS[t][0] for t in Tier},
    "takeaway": "Key takeaway",
}


def _failures(found: dict[str, tuple[float, str, str]], least: float) -> dict[str, object]:
    return {k: v for k, v in found.items() if v[0] < least}


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, window: MainWindow) -> MainWindow:
    window.appearance.set_theme(request.param)
    window.resize(1366, 768)
    return window


def test_answer_text_and_boxes_are_readable(qtbot: QtBot, themed: MainWindow) -> None:
    assert themed.open_article(ARTICLE)
    answer = themed.answer
    answer.clearFocus()
    found: dict[str, tuple[float, str, str]] = {}
    for role, needle in TEXT_ROLES.items():
        rect = text_rect(answer, needle)
        found[role] = measured(grab(answer.viewport()), rect)
    assert _failures(found, 4.5) == {}, themed.appearance.theme
    borders: dict[str, tuple[float, str, str]] = {}
    for box, needle in BOXES.items():
        rect = text_rect(answer, needle)
        image = grab(answer.viewport())
        border, page = border_beside(image, rect.left() - 2, rect.center().y())
        borders[box] = (contrast(border, page), border, page)
        assert page == themed.appearance.colours.page, (box, page)
    assert _failures(borders, 3.0) == {}, themed.appearance.theme


def test_list_text_is_readable_selected_or_not(qtbot: QtBot, themed: MainWindow) -> None:
    panel = themed.search_panel
    qtbot.keyClicks(panel.search_box, "fever child")
    qtbot.waitUntil(lambda: not panel.search_pending() and panel.model.rowCount() > 2, timeout=5000)
    view = panel.list_view
    offset = view.viewport().pos()  # a bare viewport grab does not paint the items
    first = view.visualRect(panel.model.index(0)).translated(offset)
    qtbot.waitUntil(lambda: measured(grab(view), first)[0] > 1.5)  # rows are laid out late
    image = grab(view)
    found: dict[str, tuple[float, str, str]] = {}
    for row, name in ((0, "selected"), (1, "plain")):
        rect = view.visualRect(panel.model.index(row)).translated(offset)
        half = rect.height() // 2
        top = QRect(rect.left() + 8, rect.top() + 6, rect.width() - 16, half - 8)
        bottom = QRect(rect.left() + 8, rect.top() + half + 2, rect.width() - 16, half - 8)
        found[f"{name} question"] = measured(image, top)
        found[f"{name} snippet"] = measured(image, bottom)
    assert _failures(found, 4.5) == {}, themed.appearance.theme


def test_dialog_error_and_offers_are_readable(qtbot: QtBot, themed: MainWindow) -> None:
    dialog = open_suggest_dialog(qtbot, themed, "x")
    click_save(qtbot, dialog)
    assert dialog.message.text()
    dialog._offer_near_duplicates([("what-causes-sepsis", "What causes sepsis?")], [])
    dialog.show()
    qtbot.waitExposed(dialog)
    image = grab(dialog)
    found = {
        name: measured(
            image,
            label.geometry().translated(
                label.parentWidget().mapTo(dialog, label.pos()) - label.pos()  # type: ignore[union-attr]
            ),
        )
        for name, label in (("error", dialog.message), ("offers", dialog.offers))
    }
    dialog.reject()
    assert _failures(found, 4.5) == {}, themed.appearance.theme


def test_error_page_is_readable(qtbot: QtBot, themed: MainWindow, tmp_path: Path) -> None:
    page = ContentErrorPage(ContentProblem("missing", tmp_path / "articles.db", "not found"))
    qtbot.addWidget(page)
    page.resize(760, 420)
    page.show()
    qtbot.waitExposed(page)
    found = {
        needle: measured(grab(page.browser.viewport()), text_rect(page.browser, needle))
        for needle in ("The articles", "File", "What to do", "Your saved")
    }
    assert _failures(found, 4.5) == {}, themed.appearance.theme
    assert "`" not in page.browser.toPlainText() and "bookmark" not in page.browser.toPlainText()
