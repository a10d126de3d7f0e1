"""The answer HTML holds every part of the article anatomy and only internal links."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from healthref.core.content.article import ArticleView
from healthref.core.content.notices import HELP_NOW_TITLE, TIER_LABELS
from healthref.core.content.render import (
    DISCLAIMER,
    NOT_REVIEWED,
    article_html,
    article_text,
    licence_words,
)
from healthref.core.content.store import ContentStore
from healthref.core.content.tier import Tier


def _view(bundled_db: Path, slug: str = "what-causes-sepsis") -> ArticleView:
    store = ContentStore.open(bundled_db)
    try:
        view = store.article(slug)
    finally:
        store.close()
    assert view is not None
    return view


def test_answer_html_has_every_part(bundled_db: Path) -> None:
    view = _view(bundled_db)
    article = view.article
    html = article_html(view)
    for part in (
        article.question,
        article.quick_answer,
        *article.key_facts[:1],
        "When to get medical help",
        HELP_NOW_TITLE,
        "Key takeaway",
        "Sources",
        "Also called",
        "Related questions",
        NOT_REVIEWED,
        DISCLAIMER,
    ):
        assert part.replace("'", "&#x27;").replace('"', "&quot;") in html or part in html, part
    for source in article.citations:
        assert source.publisher in html and licence_words(source.licence) in html
    assert 'class="quick"' in html and 'class="help-now"' in html
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(link.startswith(("article:", "#")) for link in links)


def test_tiers_render_in_order_with_their_time_frames(bundled_db: Path) -> None:
    view = _view(bundled_db)
    html = article_html(view)
    positions = []
    for tier in Tier:
        if view.article.help.items(tier):
            name, frame = TIER_LABELS[tier]
            assert name in html and frame in html
            assert f'class="tier-{tier.value}"' in html
            positions.append(html.index(f'class="tier-{tier.value}"'))
    assert positions == sorted(positions) and len(positions) >= 2


def test_help_box_and_disclaimer_come_right_after_the_quick_answer(bundled_db: Path) -> None:
    html = article_html(_view(bundled_db))
    quick, box = html.index('class="quick"'), html.index('class="help-now"')
    disclaimer, facts = html.index(DISCLAIMER), html.index("Key facts")
    assert quick < box < disclaimer < facts


def test_an_article_without_emergency_signs_shows_no_alarm(bundled_db: Path) -> None:
    view = _view(bundled_db)
    calm = replace(
        view,
        article=replace(
            view.article,
            help=replace(
                view.article.help, emergency=(), no_emergency_reason="Nothing here is urgent."
            ),
        ),
    )
    html = article_html(calm)
    assert 'class="help-now"' not in html and HELP_NOW_TITLE not in html
    assert "Nothing here is urgent." in html


def test_body_cannot_smuggle_script(bundled_db: Path) -> None:
    view = _view(bundled_db)
    evil = replace(
        view,
        article=replace(
            view.article,
            body_markdown="<p>hi</p><script>alert(1)</script>"
            '<a href="javascript:alert(1)">x</a><img src="file:///etc/passwd">\n\n'
            "## Key takeaway\n\nok\n",
        ),
    )
    html = article_html(evil)
    assert "<script" not in html and "javascript:" not in html and "<img" not in html


def test_plain_text_form(bundled_db: Path) -> None:
    view = _view(bundled_db)
    text = article_text(view)
    assert text.startswith(view.article.question)
    assert "Quick answer:" in text and "Sources:" in text and DISCLAIMER in text
    assert "GET EMERGENCY HELP NOW" in text
    for sign in view.article.help.emergency:
        assert sign in text
