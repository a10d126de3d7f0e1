"""Snippets and highlight spans: which words of a hit to show in bold."""

from __future__ import annotations

import re

from healthref.core.search.lexicon import Lexicon
from healthref.core.search.normalise import fold
from healthref.core.search.query import ParsedQuery

_WORD = re.compile(r"[^\W_]+")
SNIPPET_BEFORE = 40
SNIPPET_CHARS = 150
Spans = tuple[tuple[int, int], ...]


def _pattern(parsed: ParsedQuery) -> re.Pattern[str] | None:
    """One regular expression for every surface form the query can match."""
    parts: set[str] = set()
    for concept in parsed.concepts:
        for phrase in concept.phrases:
            parts.add(r"\W+".join(re.escape(word) for word in phrase) + r"\b")
        if concept.prefix:
            parts.add(re.escape(concept.prefix) + r"\w*")
    if not parts:
        return None
    ordered = sorted(parts, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(ordered) + ")", re.IGNORECASE)


def _window(text: str, pattern: re.Pattern[str]) -> tuple[str, Spans] | None:
    first = pattern.search(text)
    if first is None:
        return None
    start = max(0, first.start() - SNIPPET_BEFORE)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else first.start()
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first.end() else end
    spans = tuple((m.start() - start, m.end() - start) for m in pattern.finditer(text, start, end))
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shifted = tuple((a + len(prefix), b + len(prefix)) for a, b in spans)
    return prefix + text[start:end] + suffix, shifted


def best_snippet(summary: str, body: str, parsed: ParsedQuery) -> tuple[str, Spans]:
    """A one-line extract from the quick answer and key facts, else the body, where the query
    matched; the start of the quick answer when it matched nowhere."""
    pattern = _pattern(parsed)
    if pattern is not None:
        for text in (summary, body):
            found = _window(text, pattern)
            if found:
                return found
    text = summary[:SNIPPET_CHARS]
    cut = text.rfind(" ") if len(summary) > SNIPPET_CHARS else len(text)
    return text[:cut] + ("…" if len(summary) > SNIPPET_CHARS else ""), ()


def question_spans(question: str, parsed: ParsedQuery, lexicon: Lexicon) -> Spans:
    """Character ranges of the question's words that the query matched; a phrase such as
    "blood poisoning" is marked only where all of it stands together."""
    words = [(m.span(), fold(m.group())) for m in _WORD.finditer(question)]
    word_stems = [lexicon.stem(word) for _span, word in words]
    prefixes = [c.prefix for c in parsed.concepts if c.prefix]
    marked: set[int] = {
        i for i, (_span, word) in enumerate(words) if any(word.startswith(p) for p in prefixes)
    }
    phrases = {phrase for concept in parsed.concepts for phrase in concept.stems}
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(words) - size + 1):
            if tuple(word_stems[start : start + size]) == phrase:
                marked.update(range(start, start + size))
    return tuple(words[i][0] for i in sorted(marked))
