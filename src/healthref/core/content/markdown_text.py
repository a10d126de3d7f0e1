"""Markdown → sanitised HTML, for the answer pane and handouts (plain text: `plain_text`)."""

from __future__ import annotations

import markdown

from healthref.core.content.sanitise import sanitise_html


def markdown_to_html(text: str) -> str:
    """Render an article body; raw HTML is escaped, then the result is sanitised."""
    renderer = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    return sanitise_html(renderer.convert(text))
