"""Snippets and highlight spans: which words of a hit to show in bold."""

from __future__ import annotations

import functools
import re

from healthref.core.folding import fold
from healthref.core.search.lexicon import Lexicon
from healthref.core.search.query import ParsedQuery

WORD = re.compile(r"[^\W_]+")
SNIPPET_BEFORE = 40
SNIPPET_CHARS = 150
Spans = tuple[tuple[int, int], ...]


@functools.lru_cache(maxsize=4096)
def _question_words(question: str) -> tuple[tuple[tuple[int, int], str], ...]:
    return tuple((m.span(), fold(m.group())) for m in WORD.finditer(question))


def snippet_pattern(parsed: ParsedQuery) -> re.Pattern[str] | None:
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
    # Without IGNORECASE: it is run over lower-cased text (see `_window`).
    return re.compile(r"\b(?:" + "|".join(ordered) + ")")


def _window(text: str, pattern: re.Pattern[str]) -> tuple[str, Spans] | None:
    # Lower case first: the pattern without IGNORECASE runs about twice as fast, and
    # lower-casing keeps every position where it keeps the length (it nearly always does).
    lowered = _lowered(text)
    if len(lowered) == len(text):
        text_to_search = lowered
    else:
        text_to_search, pattern = text, re.compile(pattern.pattern, re.IGNORECASE)
    first = pattern.search(text_to_search)
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
    spans = tuple(
        (m.start() - start, m.end() - start) for m in pattern.finditer(text_to_search, start, end)
    )
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shifted = tuple((a + len(prefix), b + len(prefix)) for a, b in spans)
    return prefix + text[start:end] + suffix, shifted


@functools.lru_cache(maxsize=1024)
def _lowered(text: str) -> str:
    return text.lower()


def best_snippet(summary: str, body: str, pattern: re.Pattern[str] | None) -> tuple[str, Spans]:
    """A one-line extract from the quick answer and key facts, else the body, where the query
    (its `snippet_pattern`) matched; the start of the quick answer when it matched nowhere."""
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
    words = _question_words(question)
    word_stems = lexicon.stems_of(tuple(word for _span, word in words))
    prefixes = [c.prefix for c in parsed.concepts if c.prefix]
    marked: set[int] = {
        i for i, (_span, word) in enumerate(words) if any(word.startswith(p) for p in prefixes)
    }
    phrases = {phrase for concept in parsed.concepts for phrase in concept.stems}
    single = {phrase[0] for phrase in phrases if len(phrase) == 1}
    marked.update(i for i, word_stem in enumerate(word_stems) if word_stem in single)
    for phrase in phrases:
        size = len(phrase)
        if size == 1:
            continue
        for start in range(len(words) - size + 1):
            if tuple(word_stems[start : start + size]) == phrase:
                marked.update(range(start, start + size))
    return tuple(words[i][0] for i in sorted(marked))
