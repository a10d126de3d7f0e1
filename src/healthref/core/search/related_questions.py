"""Existing questions that already answer a proposed suggestion ("Did you mean …?")."""

from __future__ import annotations

from healthref.core.search.engine import SearchEngine
from healthref.core.search.ranking import TIER_ALIAS


def answering_questions(engine: SearchEngine, text: str, limit: int = 3) -> list[tuple[str, str]]:
    """(slug, question) of confident hits whose question or aliases hold every word asked."""
    result = engine.search(text, limit * 2)
    if result.showing_results_for:
        return []  # a guessed spelling is not good enough to turn someone away
    return [(h.slug, h.question) for h in result.hits if not h.weak and h.tier <= TIER_ALIAS][
        :limit
    ]
