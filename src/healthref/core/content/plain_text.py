"""Markdown → the plain words of an article, for the search index, snippets and copied text.
Regular expressions only: searching never waits for the Markdown library to load."""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"[#*_`>|]+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}.*$", re.M)
_LIST_MARK = re.compile(r"^\s*(?:[-+]|\d+\.)\s+", re.M)


def markdown_to_text(text: str) -> str:
    """Plain words of a Markdown body."""
    text = _TABLE_RULE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _MARKUP.sub(" ", text)
    text = _LIST_MARK.sub("", text)
    return " ".join(text.split())  # runs of whitespace as one space, ends trimmed
