"""How one article's short fields and situations hold one concept of a query: the same on
every keystroke that keeps the concept, so the engine works it out once."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from healthref.core.search.query import Concept

SYNONYM_FACTOR = 0.75


class ArticleFacts(NamedTuple):
    """The stored search terms of one article, split once and kept while it is met again."""

    slug: str
    question: str
    category: str
    question_words: list[str]
    question_stems: frozenset[str]
    alias_stems: frozenset[str]
    summary_stems: frozenset[str]
    situation_stems: tuple[frozenset[str], ...] = ()
    situation_union: frozenset[str] | None = None  # every situation's stems together
    # Every stem of the short fields and situations together: a concept it does not hold
    # is held nowhere, which one test shows (most candidates lack the word being typed).
    short_union: frozenset[str] | None = None


@dataclass(slots=True)  # not frozen: made for each article ranked on each keystroke
class Candidate:
    """An article that matched at least one concept of the query."""

    rowid: int
    facts: ArticleFacts
    matched: dict[int, float]  # concept index → bm25 (lower is better)


class Fit(NamedTuple):
    """How one article's fields hold one concept: the same on every keystroke that keeps the
    concept, so the engine computes it once."""

    here: tuple[float, float, float]  # question, aliases, quick answer and key facts
    sure: tuple[float, float, float]  # the same, completions of a complete word left out
    situations: tuple[float, ...]  # each situation, confidently
    situations_held: bool = False  # any situation holds it


@functools.lru_cache(maxsize=64)
def _held_nowhere(situations: int) -> Fit:
    return Fit((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0,) * situations)


def fit(concept: Concept, candidate: Candidate) -> Fit:
    """Where the candidate's fields hold the concept."""
    facts = candidate.facts
    everything = facts.short_union
    if everything is not None and not _in_field(concept, everything):
        return _held_nowhere(len(facts.situation_stems))
    fields = (facts.question_stems, facts.alias_stems, facts.summary_stems)
    here = tuple(_in_field(concept, f) for f in fields)
    # Only a complete word being typed makes the confident test differ from the plain one.
    sure = (
        tuple(_in_field(concept, f, confident=True) for f in fields)
        if concept.prefix_is_word
        else here
    )
    union = facts.situation_union
    if union is not None and not _in_field(concept, union, confident=True):
        situations = (0.0,) * len(facts.situation_stems)  # in none of them
    else:
        situations = tuple(_in_field(concept, s, confident=True) for s in facts.situation_stems)
    return Fit(here, sure, situations, any(situations))  # type: ignore[arg-type]


def _in_field(concept: Concept, field: frozenset[str], *, confident: bool = False) -> float:
    """1.0 when the field has what was typed, less when only a synonym of it, else 0. With
    `confident`, completions of a complete word being typed do not count."""
    prefix = concept.prefix
    if prefix and not (confident and concept.prefix_is_word) and _has_prefix(field, prefix):
        return 1.0
    groups = concept.stem_groups[1 if confident else 0]
    if not field.isdisjoint(groups.direct_words) or (
        groups.direct_phrases
        and any(all(part in field for part in phrase) for phrase in groups.direct_phrases)
    ):
        return 1.0
    if not field.isdisjoint(groups.other_words) or (
        groups.other_phrases
        and any(all(part in field for part in phrase) for phrase in groups.other_phrases)
    ):
        return SYNONYM_FACTOR
    return 0.0


def _has_prefix(field: frozenset[str], prefix: str) -> bool:
    """Whether a stem of the field starts with the prefix: a binary search of the field's
    sorted stems when it has them (`SortedStems`)."""
    if isinstance(field, SortedStems):
        ordered = field.ordered
        at = bisect.bisect_left(ordered, prefix)
        return at < len(ordered) and ordered[at].startswith(prefix)
    return any(s.startswith(prefix) for s in field)


class SortedStems(frozenset[str]):
    """A field's stems, kept sorted as well for prefix lookups."""

    @functools.cached_property
    def ordered(self) -> list[str]:
        return sorted(self)


FitFunction = Callable[[Concept, Candidate], Fit]
