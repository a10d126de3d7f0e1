"""A hand-built candidate article for ranking tests: only the fields a test names are set."""

from __future__ import annotations

from collections.abc import Iterable

from healthref.core.search.fields import ArticleFacts, Candidate


def candidate(
    *,
    question: Iterable[str] = (),
    aliases: Iterable[str] = (),
    summary: Iterable[str] = (),
    situations: tuple[Iterable[str], ...] = (),
    matched: dict[int, float] | None = None,
    situation_union: bool = True,
    short_union: frozenset[str] | None = None,
) -> Candidate:
    """Article 1, whose question words are its question stems in order; with situations,
    their union is kept too unless `situation_union` is False."""
    each = tuple(frozenset(s) for s in situations)
    facts = ArticleFacts(
        slug="a",
        question="",
        category="",
        question_words=sorted(question),
        question_stems=frozenset(question),
        alias_stems=frozenset(aliases),
        summary_stems=frozenset(summary),
        situation_stems=each,
        situation_union=frozenset().union(*each) if each and situation_union else None,
        short_union=short_union,
    )
    return Candidate(1, facts, {} if matched is None else matched)
