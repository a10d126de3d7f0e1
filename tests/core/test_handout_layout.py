"""The handout's layout and the plain-text copy, without Qt: tiers most urgent first and named
in words, sources short, the copy carrying every source address."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from healthref.core.content.answer_copy import answer_plain_text
from healthref.core.content.handout import HandoutStyle, handout_footer, handout_html
from healthref.core.content.store import ContentStore


def test_tiers_are_boxed_in_words_emergency_first(bundled_db: Path) -> None:
    view = ContentStore.open(bundled_db).article("what-causes-sepsis")
    assert view is not None
    html = handout_html(view)
    emergency = html.index("GET EMERGENCY HELP NOW")
    today = html.index("SEE A HEALTH WORKER TODAY")
    assert html.index("Quick answer") < emergency < today < html.index("Key facts")
    assert html.index("Key takeaway") < html.index("Sources") < html.index("For information only")
    assert 'border="3"' in html[:today]  # the emergency box is the heaviest
    assert "https://" not in html  # short sources: the site, not the whole address
    assert "(who.int)" in html and "body_markdown" not in html


def test_large_print_and_footer() -> None:
    assert HandoutStyle(large_print=True).base_pt > HandoutStyle().base_pt
    footer = handout_footer("2026-11-30.abc", dt.date(2026, 12, 1))
    assert footer == "Printed from healthref, content 2026-11-30.abc, on 1 December 2026"


def test_copy_as_text_has_the_answer_and_every_source(bundled_db: Path) -> None:
    view = ContentStore.open(bundled_db).article("what-causes-sepsis")
    assert view is not None
    text = answer_plain_text(view)
    assert text.startswith("What causes sepsis?\n")
    assert view.article.quick_answer in text
    assert "GET EMERGENCY HELP NOW" in text
    for n, source in enumerate(view.article.citations, start=1):
        assert f"{n}. {source.title}, {source.publisher}: {source.url}" in text
    assert "<" not in text and "**" not in text
