"""The answer HTML holds every part of the article anatomy and only internal links."""

from __future__ import annotations

import re
from pathlib import Path

from healthref.core.content.render import DISCLAIMER, NOT_REVIEWED, article_html, article_text
from healthref.core.content.store import ContentStore


def test_answer_html_has_every_part(bundled_db: Path) -> None:
    store = ContentStore.open(bundled_db)
    article = store.article("what-causes-sepsis")
    assert article is not None
    html = article_html(article)
    store.close()
    for part in (
        article.question,
        article.quick_answer,
        *article.key_facts[:1],
        "When to get medical help",
        "Key takeaway",
        "Sources",
        "Also called",
        "Related questions",
        NOT_REVIEWED,
        DISCLAIMER,
    ):
        assert part.replace("'", "&#x27;").replace('"', "&quot;") in html or part in html, part
    for source in article.sources:
        assert source.publisher in html and source.licence in html
    assert 'class="urgent"' in html and 'class="quick"' in html
    links = re.findall(r'href="([^"]+)"', html)
    assert links and all(link.startswith("article:") for link in links)


def test_body_html_cannot_smuggle_script(bundled_db: Path) -> None:
    from dataclasses import replace

    store = ContentStore.open(bundled_db)
    article = store.article("what-causes-sepsis")
    store.close()
    assert article is not None
    evil = replace(
        article,
        body_html="<p>hi</p><script>alert(1)</script>"
        '<a href="javascript:alert(1)">x</a><img src="file:///etc/passwd">',
    )
    html = article_html(evil)
    assert "<script" not in html and "javascript:" not in html and "<img" not in html


def test_plain_text_form(bundled_db: Path) -> None:
    store = ContentStore.open(bundled_db)
    article = store.article("what-causes-sepsis")
    store.close()
    assert article is not None
    text = article_text(article)
    assert text.startswith(article.question)
    assert "Quick answer:" in text and "Sources:" in text and DISCLAIMER in text
