"""Snippets and highlight spans: which words of a hit to show in bold."""

from __future__ import annotations

import functools
import re

from healthref.core.folding import fold
from healthref.core.search.lexicon import Lexicon
from healthref.core.search.query import ParsedQuery
from healthref.core.search.surface_forms import SurfaceForms, first_match, matches_within

WORD = re.compile(r"[^\W_]+")
SNIPPET_BEFORE = 40
SNIPPET_CHARS = 150
Spans = tuple[tuple[int, int], ...]


@functools.lru_cache(maxsize=4096)
def _question_words(question: str) -> tuple[tuple[tuple[int, int], str], ...]:
    return tuple((m.span(), fold(m.group())) for m in WORD.finditer(question))


def _window(text: str, forms: SurfaceForms) -> tuple[str, Spans] | None:
    text_to_search, matchers = forms.for_text(text)
    first = first_match(text_to_search, matchers)
    if first is None:
        return None
    first_start, first_end = first
    start = max(0, first_start - SNIPPET_BEFORE)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first_start else first_start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first_end else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shifted = tuple(
        (a - start + len(prefix), b - start + len(prefix))
        for a, b in matches_within(text_to_search, matchers, start, end)
    )
    return prefix + text[start:end] + suffix, shifted


def best_snippet(summary: str, body: str, forms: SurfaceForms | None) -> tuple[str, Spans]:
    """A one-line extract from the quick answer and key facts, else the body, where the query
    (its `surface_forms`) matched; the start of the quick answer when it matched nowhere."""
    if forms:
        for text in (summary, body):
            found = _window(text, forms)
            if found:
                return found
    text = summary[:SNIPPET_CHARS]
    cut = text.rfind(" ") if len(summary) > SNIPPET_CHARS else len(text)
    return text[:cut] + ("…" if len(summary) > SNIPPET_CHARS else ""), ()


class QuestionMarks:
    """Which words of a hit's question to show in bold, worked out once per query: a phrase
    such as "blood poisoning" is marked only where all of it stands together."""

    def __init__(self, parsed: ParsedQuery, lexicon: Lexicon) -> None:
        self._lexicon = lexicon
        self._prefixes = tuple(c.prefix for c in parsed.concepts if c.prefix)
        phrases = {phrase for concept in parsed.concepts for phrase in concept.stems}
        self._single = {phrase[0] for phrase in phrases if len(phrase) == 1}
        self._longer = [phrase for phrase in phrases if len(phrase) > 1]

    def spans(self, question: str) -> Spans:
        """Character ranges of the question's words that the query matched."""
        words = _question_words(question)
        word_stems = self._lexicon.stems_of(tuple(word for _span, word in words))
        prefixes, single = self._prefixes, self._single
        marked = {
            i
            for i, (_span, word) in enumerate(words)
            if word_stems[i] in single or (prefixes and word.startswith(prefixes))
        }
        for phrase in self._longer:
            size = len(phrase)
            for start in range(len(words) - size + 1):
                if word_stems[start : start + size] == phrase:
                    marked.update(range(start, start + size))
        return tuple(words[i][0] for i in sorted(marked))
