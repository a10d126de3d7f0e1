"""The ranking tiers a reader sees: the exact question, then the question being typed, then
every word in the question, then an alias — before articles that only mention the words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from healthref.core.content.store import ContentStore
from healthref.core.search.engine import SearchEngine
from healthref.core.search.ranking import (
    TIER_ALIAS,
    TIER_EXACT,
    TIER_PREFIX,
    TIER_QUESTION,
    TIER_REST,
)


@pytest.fixture(scope="module")
def engine(bundled_db: Path) -> Iterator[SearchEngine]:
    store = ContentStore.open(bundled_db)
    yield SearchEngine(store.connection)
    store.close()


def _tiers(engine: SearchEngine, query: str) -> dict[str, int]:
    return {hit.slug: hit.tier for hit in engine.search(query).hits}


@pytest.mark.parametrize(
    ("query", "slug", "tier"),
    [
        ("What causes sepsis?", "what-causes-sepsis", TIER_EXACT),
        ("what causes sepsis", "what-causes-sepsis", TIER_EXACT),
        ("what causes seps", "what-causes-sepsis", TIER_PREFIX),  # still typing "sepsis"
        ("what causes sepsis i", "what-causes-sepsis", TIER_QUESTION),  # past the question
        ("sepsis causes", "what-causes-sepsis", TIER_QUESTION),  # its words, another order
        ("how is a burn treated", "how-should-a-burn-be-treated", TIER_QUESTION),
        ("what is tb", "what-is-tuberculosis-tb-and-how-does-it-spread", TIER_QUESTION),
    ],
)
def test_tiers(engine: SearchEngine, query: str, slug: str, tier: int) -> None:
    result = engine.search(query)
    assert result.hits[0].slug == slug
    assert result.hits[0].tier == tier
    assert result.confident and not result.hits[0].weak


def test_two_complete_words_that_start_questions_are_a_prefix(engine: SearchEngine) -> None:
    tiers = _tiers(engine, "what causes")
    starting = [slug for slug in tiers if slug.startswith("what-causes-")]
    assert len(starting) >= 5
    assert {tiers[slug] for slug in starting} == {TIER_PREFIX}
    others = [tier for slug, tier in tiers.items() if not slug.startswith("what-causes-")]
    assert all(tier > TIER_PREFIX for tier in others)


def test_a_complete_word_is_not_the_start_of_a_longer_one(engine: SearchEngine) -> None:
    # "car" is a word: it does not start "care", so nothing is a prefix or question match.
    result = engine.search("car")
    assert result.hits and not result.confident
    assert {hit.tier for hit in result.hits} == {TIER_REST}
    assert result.hits[0].weak


def test_an_alias_tier_sits_between_question_and_rest(engine: SearchEngine) -> None:
    hits = engine.search("what is tb").hits
    tiers = [hit.tier for hit in hits]
    assert TIER_ALIAS in tiers
    assert tiers == sorted(tiers)  # tier first, always


def test_two_words_a_side_story_mentions_are_not_a_confident_answer(engine: SearchEngine) -> None:
    # The antimalarial article mentions doxycycline's sunburn in its quick answer and a
    # blistering rash in its key facts and situations; someone asking about sunburn blisters
    # is not asking about malaria medicines.
    first = engine.search("sunburn blisters").hits[0]
    assert first.slug == "what-side-effects-can-antimalarial-medicines-cause"
    assert first.weak


def test_a_description_matching_a_situation_is_still_confident(engine: SearchEngine) -> None:
    # Three or more informative words are a description: a situation may vouch for it.
    first = engine.search("the injection spot on his thigh is red and swollen with a lump").hits[0]
    assert first.slug == "are-vaccines-safe-and-which-side-effects-are-normal"
    assert not first.weak


def test_two_words_that_start_questions_are_a_prefix_after_a_space_too(
    engine: SearchEngine,
) -> None:
    tiers = _tiers(engine, "what causes ")
    starting = [slug for slug in tiers if slug.startswith("what-causes-")]
    assert len(starting) >= 5 and {tiers[slug] for slug in starting} == {TIER_PREFIX}


def test_a_complete_word_typed_last_is_not_the_start_of_a_longer_one(
    engine: SearchEngine,
) -> None:
    """ "cause" is a word, not the start of "causes": the question holds the word, but it is
    not the question being typed ("caus" is)."""
    assert _tiers(engine, "what caus")["what-causes-sepsis"] == TIER_PREFIX
    assert _tiers(engine, "what cause")["what-causes-sepsis"] == TIER_QUESTION


def test_a_french_start_of_a_word_is_judged_by_french_words(bundled_db: Path) -> None:
    """ "men" is an English word but only the start of a French one ("méningite")."""
    from healthref.core.search.languages import FRENCH

    store = ContentStore.open(bundled_db)
    try:
        tiers = _tiers(SearchEngine(store.connection, FRENCH), "quels sont les signes de la men")
    finally:
        store.close()
    assert tiers["what-are-the-signs-of-meningitis"] == TIER_PREFIX
