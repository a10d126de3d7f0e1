"""Markdown → sanitised HTML and → plain text, done once at build time."""

from __future__ import annotations

import re

import markdown

from healthref.core.content.sanitise import sanitise_html

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[#*_`>|]+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}.*$", re.M)


def markdown_to_html(text: str) -> str:
    """Render an article body; raw HTML is escaped, then the result is sanitised."""
    renderer = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    return sanitise_html(renderer.convert(text))


def markdown_to_text(text: str) -> str:
    """Plain words of a Markdown body, for the search index and snippets."""
    text = _TABLE_RULE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub(" ", text)
    text = re.sub(r"^\s*(?:[-+]|\d+\.)\s+", "", text, flags=re.M)
    return re.sub(r"\s+", " ", text).strip()
