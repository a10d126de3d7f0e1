"""An answer as plain text with its sources, for pasting into a message or a report."""

from __future__ import annotations

from healthref.core.content.article import ArticleView
from healthref.core.content.labels import labels_for
from healthref.core.content.plain_text import markdown_to_text
from healthref.core.content.render import (
    help_text_lines,
    licence_words,
    markdown_sections,
    review_line,
)
from healthref.core.content.rules import TAKEAWAY_SECTION


def answer_plain_text(view: ArticleView) -> str:
    """Question, quick answer, when to get help, key facts, takeaway, numbered sources with
    their addresses, and the disclaimer; no markup."""
    article = view.article
    lines = [article.question, review_line(article), "", article.quick_answer, ""]
    labels = labels_for(article.language)
    lines += [*help_text_lines(article), "", f"{labels.key_facts}:"]
    lines += [f"- {fact}" for fact in article.key_facts]
    for title, text in markdown_sections(article.body_markdown):
        if title == TAKEAWAY_SECTION:
            lines += ["", f"{TAKEAWAY_SECTION}: {markdown_to_text(text)}"]
    lines += ["", f"{labels.sources}:"]
    lines += [
        f"{n}. {s.title}, {s.publisher}: {s.url} ({licence_words(s.licence)})"
        for n, s in enumerate(article.citations, start=1)
    ]
    lines += ["", labels.disclaimer]
    return "\n".join(lines) + "\n"
