"""Where a query's surface forms stand in a text (for snippets), found on most keystrokes
without compiling a regular expression: compiling costs more than searching."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Protocol

from healthref.core.search.lexicon import Phrase
from healthref.core.search.query import ParsedQuery

Span = tuple[int, int]
WORD_CHARS = re.compile(r"\w*")
# Put after a pattern's first letter: the character before that letter is not a word character.
WORD_START = r"(?<!\w.)"
# A prefix this short stands at nearly every other word start: a (remembered) regular
# expression finds it faster than `str.find` stopping at every occurrence of its letters.
SHORT_PREFIX = 2
FIRST_MATCHES_KEPT = 4096  # (matcher, text) pairs: a screenful's texts, a matcher a word
_FIRST_MATCHES: dict[tuple[str, str], Span | None] = {}


class Matcher(Protocol):
    """Finds one group of surface forms: as `\\b(?:form|form…)` would, over lower-cased text."""

    key: str  # the same for the same forms

    def first(self, text: str) -> Span | None: ...

    def within(self, text: str, start: int, end: int) -> Iterator[Span]: ...

    def ignoring_case(self) -> Matcher: ...


class _Alternatives:
    """Phrases (and prefixes) as one compiled regular expression."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.key = pattern.pattern

    def first(self, text: str) -> Span | None:
        found = self.pattern.search(text)
        return found.span() if found else None

    def within(self, text: str, start: int, end: int) -> Iterator[Span]:
        return (m.span() for m in self.pattern.finditer(text, start, end))

    def ignoring_case(self) -> Matcher:
        return _Alternatives(re.compile(self.pattern.pattern, re.IGNORECASE))


class _WordsStartingWith:
    """The words that start with the prefix being typed, found by `str.find`: a new prefix on
    every keystroke, so a regular expression would be compiled on every keystroke."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.key = "\x00" + prefix

    def first(self, text: str) -> Span | None:
        return next(self.within(text, 0, len(text)), None)

    def within(self, text: str, start: int, end: int) -> Iterator[Span]:
        prefix = self.prefix
        at = text.find(prefix, start, end)
        while at >= 0:
            before = text[at - 1] if at else ""
            if before.isalnum() or before == "_":  # inside a word: not where a word starts
                at = text.find(prefix, at + 1, end)
                continue
            found = WORD_CHARS.match(text, at + len(prefix), end)
            stop = found.end() if found else at + len(prefix)
            yield at, stop
            at = text.find(prefix, stop, end)

    def ignoring_case(self) -> Matcher:
        return _Alternatives(_compiled(frozenset({_prefix_part(self.prefix)}), re.IGNORECASE))


class SurfaceForms:
    """Every surface form the query can match, in groups: each concept's phrases (compiled
    once for the concept, so the same keystroke after keystroke), and the prefix being typed."""

    def __init__(self, matchers: tuple[Matcher, ...]) -> None:
        self._matchers = matchers

    def __bool__(self) -> bool:
        return bool(self._matchers)

    def for_text(self, text: str) -> tuple[str, tuple[Matcher, ...]]:
        """The text to search (lower-cased where that keeps every position), and the
        matchers to search it with."""
        lowered = _lowered(text)
        if len(lowered) == len(text):
            return lowered, self._matchers
        return text, tuple(matcher.ignoring_case() for matcher in self._matchers)


def surface_forms(parsed: ParsedQuery) -> SurfaceForms:
    """The query's surface forms: each phrase standing whole, and the word being typed."""
    matchers: dict[str, Matcher] = {}
    for concept in parsed.concepts:
        found = [_phrases(concept.phrases)] if concept.phrases else []
        if concept.prefix:
            found.append(_typed(concept.prefix, concept is parsed.concepts[-1]))
        for matcher in found:
            matchers.setdefault(matcher.key, matcher)
    return SurfaceForms(tuple(matchers.values()))


def _typed(prefix: str, last: bool) -> Matcher:
    """The words starting with a prefix: found by `str.find` while it is the word being typed
    (a new prefix each keystroke), else by a remembered regular expression."""
    if last and len(prefix) > SHORT_PREFIX:
        return _WordsStartingWith(prefix)
    return _Alternatives(_compiled(frozenset({_prefix_part(prefix)})))


@functools.lru_cache(maxsize=1024)
def _phrases(phrases: tuple[Phrase, ...]) -> Matcher:
    """One concept's phrases as one matcher: made once for the concept, however many words
    come after it (one regular expression for all the words before the last would be made
    again, and longer, with each word typed)."""
    return _Alternatives(_compiled(frozenset(_phrase_part(phrase) for phrase in phrases)))


def first_match(text: str, matchers: tuple[Matcher, ...]) -> Span | None:
    """The leftmost match of any matcher (the longest where two start together)."""
    best: Span | None = None
    for matcher in matchers:
        found = _remembered_first(text, matcher)
        if found and (best is None or (found[0], -found[1]) < (best[0], -best[1])):
            best = found
    return best


def matches_within(text: str, matchers: tuple[Matcher, ...], start: int, end: int) -> list[Span]:
    """Every match between `start` and `end`, leftmost first, none overlapping another."""
    found = sorted((a, -b) for matcher in matchers for a, b in matcher.within(text, start, end))
    kept: list[Span] = []
    reach = start
    for at, negative_end in found:
        if at >= reach:
            kept.append((at, -negative_end))
            reach = -negative_end
    return kept


def _remembered_first(text: str, matcher: Matcher) -> Span | None:
    """`matcher`'s first match in `text`, remembered: while the last word is typed, the words
    before it meet the same articles' texts keystroke after keystroke."""
    key = (matcher.key, text)
    if key in _FIRST_MATCHES:
        return _FIRST_MATCHES[key]
    if len(_FIRST_MATCHES) >= FIRST_MATCHES_KEPT:
        _FIRST_MATCHES.clear()
    span = _FIRST_MATCHES[key] = matcher.first(text)
    return span


def _phrase_part(phrase: tuple[str, ...]) -> str:
    return r"\W+".join(re.escape(word) for word in phrase) + r"\b"


def _prefix_part(prefix: str) -> str:
    return re.escape(prefix) + r"\w*"


@functools.lru_cache(maxsize=256)
def _compiled(parts: frozenset[str], flags: int = 0) -> re.Pattern[str]:
    # Without IGNORECASE it is run over lower-cased text (see `SurfaceForms.for_text`).
    # Longest first, so "high blood pressure" wins over "high" where both start.
    ordered = sorted(parts, key=lambda part: (-len(part), part))
    return re.compile("(?:" + "|".join(_at_word_start(part) for part in ordered) + ")", flags)


def _at_word_start(part: str) -> str:
    """`part` as `\\b` + `part` would match, led by its first letter so that the scan skips
    every position whose letter starts none of the alternatives (`\\b` first forbids that)."""
    if part[:1].isalnum():
        return part[0] + WORD_START + part[1:]
    return r"\b" + part  # not led by a letter: never made from a query's words


@functools.lru_cache(maxsize=1024)
def _lowered(text: str) -> str:
    return text.lower()
