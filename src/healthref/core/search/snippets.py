"""Snippets and highlight spans: which characters of a hit to show in bold."""

from __future__ import annotations

import re

from healthref.core.search.lexicon import Lexicon
from healthref.core.search.normalise import fold
from healthref.core.search.query import ParsedQuery

OPEN, CLOSE = "\ue000", "\ue001"
_WORD = re.compile(r"[^\W_]+")
Spans = tuple[tuple[int, int], ...]


def _unmark(marked: str) -> tuple[str, Spans]:
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start = -1
    for ch in marked:
        if ch == OPEN:
            start = length
        elif ch == CLOSE:
            if start >= 0:
                spans.append((start, length))
            start = -1
        else:
            text.append(ch)
            length += 1
    return "".join(text), tuple(spans)


def snippet_with_spans(summary: str, body: str) -> tuple[str, Spans]:
    """Pick the snippet (summary first) that shows most of the query, as text plus spans."""
    best = max((summary or "", body or ""), key=lambda s: s.count(OPEN))
    if OPEN not in best:
        best = summary or body or ""
    text, spans = _unmark(best)
    return text.replace("\n", " "), spans


def question_spans(question: str, parsed: ParsedQuery, lexicon: Lexicon) -> Spans:
    """Character ranges of the question's words that the query matched."""
    wanted = {part for concept in parsed.concepts for phrase in concept.stems for part in phrase}
    prefixes = [c.prefix for c in parsed.concepts if c.prefix]
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(question):
        word = fold(match.group())
        if lexicon.stem(word) in wanted or any(word.startswith(p) for p in prefixes):
            spans.append(match.span())
    return tuple(spans)
