"""Which articles get ranked, and the alias tier: small hand-built cases, so a wrong sum or a
wrong test shows at once (the bundled corpus often hides it)."""

from __future__ import annotations

import pytest

from healthref.core.search.fields import Candidate, fit
from healthref.core.search.pool import MatchTotals
from healthref.core.search.query import Concept, ParsedQuery
from healthref.core.search.ranking import TIER_ALIAS, TIER_REST, rank
from tests.core.hand_built import candidate


def _word(word: str, weight: float) -> Concept:
    return Concept(
        text=word,
        phrases=((word,),),
        stems=frozenset({(word,)}),
        prefix=None,
        weight=weight,
        direct=frozenset({(word,)}),
        confident_stems=frozenset({(word,)}),
    )


BURN, CHILD, HAND = _word("burn", 3.0), _word("child", 1.0), _word("hand", 2.0)


def test_the_articles_holding_most_of_the_query_come_first_fewest_bm25_first() -> None:
    matches = [
        {1: -1.0, 2: -2.0, 3: -5.0},  # burn: 3.0
        {2: -1.0, 4: -9.0},  # child: 1.0
        {1: -1.0, 2: -1.0},  # hand: 2.0
    ]
    # 2 holds all three (6.0); 1 holds burn and hand (5.0); 3 burn (3.0); 4 child (1.0).
    assert MatchTotals().pool((BURN, CHILD, HAND), matches, 10) == [2, 1, 3, 4]
    assert MatchTotals().pool((BURN, CHILD, HAND), matches, 2) == [2, 1]
    # Equal weight: the lower (better) bm25 sum first.
    tied = [{5: -1.0, 6: -3.0}]
    assert MatchTotals().pool((BURN,), tied, 10) == [6, 5]
    # … summed over every word: 7 has -5 and -1 (-6), 8 has -1 and -4 (-5).
    summed = [{7: -5.0, 8: -1.0}, {7: -1.0, 8: -4.0}]
    assert MatchTotals().pool((BURN, HAND), summed, 10) == [7, 8]
    summed = [{9: -1.0, 10: -4.0}, {9: -5.0, 10: -1.0}]  # 9: -6, 10: -5
    assert MatchTotals().pool((BURN, HAND), summed, 10) == [9, 10]


def test_totals_kept_while_typing_equal_a_fresh_count() -> None:
    kept = MatchTotals()
    burn, hand = {1: -1.0, 2: -2.0}, {1: -1.0}
    assert kept.pool((BURN, CHILD), [burn, {2: -1.0}], 10) == [2, 1]
    # The last word changed; the words before it are the same.
    assert kept.pool((BURN, HAND), [burn, hand], 10) == MatchTotals().pool(
        (BURN, HAND), [burn, hand], 10
    )
    # An earlier word changed: nothing kept may leak into the new count.
    assert kept.pool((HAND, CHILD), [hand, {2: -1.0}], 10) == MatchTotals().pool(
        (HAND, CHILD), [hand, {2: -1.0}], 10
    )
    assert kept.pool((HAND, CHILD), [hand, {2: -1.0}], 10) == [1, 2]


def _article(question: set[str], aliases: set[str]) -> Candidate:
    return candidate(question=question, aliases=aliases, matched={0: -1.0, 1: -1.0})


def _parsed(*concepts: Concept) -> ParsedQuery:
    return ParsedQuery(tuple(c.text for c in concepts), concepts, (), False)


def test_one_word_in_the_question_and_one_in_an_alias_is_the_alias_tier() -> None:
    """ "child burn" for "How is a burn treated?" with the alias "child scald": each word is
    in the question or an alias, so the article is in the alias tier, above mere mentions."""
    held = rank(_parsed(BURN, CHILD), [_article({"burn", "treat"}, {"child", "scald"})])
    assert held[0].tier == TIER_ALIAS
    missing = rank(_parsed(BURN, HAND), [_article({"burn", "treat"}, {"child", "scald"})])
    assert missing[0].tier == TIER_REST


def test_the_alias_tier_holds_whichever_word_comes_first() -> None:
    """The kept count of the words before the last must carry "an alias was used" too."""
    held = rank(_parsed(CHILD, BURN), [_article({"burn", "treat"}, {"child", "scald"})])
    assert held[0].tier == TIER_ALIAS


def test_a_word_found_only_in_the_body_still_counts_toward_coverage() -> None:
    """Matched by the full-text index but in none of the short fields: the body's share."""
    body_only = candidate(matched={1: -1.0})  # the second word, in the body
    placed = rank(_parsed(BURN, HAND), [body_only])[0]
    assert placed.coverage == HAND.weight / (BURN.weight + HAND.weight)


def test_a_situation_holding_under_half_the_query_vouches_only_with_other_fields() -> None:
    """A situation counts 0.85 of a word toward "about", the quick answer 0.6: one situation
    word and one quick-answer word out of three is not an answer; one more is."""
    lump, fever, night = _word("lump", 1.9), _word("fever", 1.0), _word("night", 1.1)

    def article(summary: set[str]) -> Candidate:
        return candidate(
            summary=summary, situations=({"lump"},), matched={0: -1.0, 1: -1.0, 2: -1.0}
        )

    query = _parsed(lump, fever, night)
    assert rank(query, [article({"fever"})])[0].weak  # (1.9 × 0.85 + 0.6) / 4 < 0.65
    assert not rank(query, [article({"fever", "night"})])[0].weak


def _fresh_pool(
    concepts: tuple[Concept, ...], matches: list[dict[int, float]], size: int
) -> list[int]:
    """The pool counted the plain way: every article's total over every concept, best first,
    ties in the order articles were first met."""
    weight: dict[int, float] = {}
    bm25: dict[int, float] = {}
    for concept, found in zip(concepts, matches, strict=True):
        for rowid, score in found.items():
            weight[rowid] = weight.get(rowid, 0.0) + concept.weight
            bm25[rowid] = bm25.get(rowid, 0.0) + score
    return sorted(weight, key=lambda rowid: (-weight[rowid], bm25[rowid]))[:size]


def test_a_kept_pool_equals_a_fresh_count_when_the_earlier_words_matched_many() -> None:
    """A keystroke looks only at the last word's matches and the best few of the rest: an
    article the last word lifts past the earlier words' best, one it leaves where it was,
    and ties (bm25 0.0 for common words) kept in the order a fresh count meets them."""
    earlier = {rowid: -float(rowid % 7) for rowid in range(1, 200)}
    common = dict.fromkeys(range(150, 230), 0.0)  # unranked: every score ties
    kept = MatchTotals()
    for last in ({5: -1.0, 190: -3.0, 400: -9.0}, {}, common, {7: -1.0}):
        for size in (1, 10, 60):
            concepts = (BURN, CHILD)
            got = kept.pool(concepts, [earlier, last], size)
            assert got == _fresh_pool(concepts, [earlier, last], size)
    # A tie between an article both words hold and one only the earlier word holds with the
    # same sums: first met first.
    tie = MatchTotals().pool((BURN, HAND), [{1: 0.0, 2: 0.0}, {}], 2)
    assert tie == [1, 2]
    # Tied articles only the last word holds: in the order it met them, not by number.
    unranked = {300: 0.0, 250: 0.0, 275: 0.0}
    assert MatchTotals().pool((BURN, CHILD), [{1: -1.0}, unranked], 4) == [1, 300, 250, 275]


def test_each_pooled_article_knows_which_words_it_matched() -> None:
    kept = MatchTotals()
    matches = [{1: -1.0, 2: -2.0}, {2: -0.5}, {1: -4.0, 3: -1.0}]
    assert set(kept.pool((BURN, CHILD, HAND), matches, 10)) == {1, 2, 3}
    assert kept.matched(1, matches[2], 2) == {0: -1.0, 2: -4.0}
    assert kept.matched(2, matches[2], 2) == {0: -2.0, 1: -0.5}
    assert kept.matched(3, matches[2], 2) == {2: -1.0}
    # The last word changes: the earlier words' matches are kept, the last one's replaced.
    other = {2: -7.0}
    kept.pool((BURN, CHILD, BURN), [*matches[:2], other], 10)
    assert kept.matched(1, other, 2) == {0: -1.0}
    assert kept.matched(2, other, 2) == {0: -2.0, 1: -0.5, 2: -7.0}


def test_a_word_held_nowhere_in_the_short_fields_fits_nothing_and_others_fit_as_before() -> None:
    """The one test against every short stem together must not hide a word held in a
    single field or situation, by itself, by a synonym or as the start of a word."""
    fields = {
        "question": {"burn"},
        "aliases": {"scald"},
        "summary": {"blister"},
    }
    situations = (frozenset({"kettl", "spill"}), frozenset({"sunburn"}))
    union = frozenset(set().union(*fields.values(), *situations))

    def article(short_union: frozenset[str] | None) -> Candidate:
        return candidate(
            question=fields["question"],
            aliases=fields["aliases"],
            summary=fields["summary"],
            situations=situations,
            short_union=short_union,
        )

    typing_kett = Concept(text="kett", phrases=(), stems=frozenset(), prefix="kett", weight=1.0)
    synonym = Concept(
        text="hot water",
        phrases=(("scald",),),
        stems=frozenset({("scald",)}),
        prefix=None,
        weight=1.0,
        confident_stems=frozenset({("scald",)}),
    )
    for concept in (BURN, typing_kett, synonym, _word("spill", 1.0), _word("blister", 1.0)):
        with_union, without = fit(concept, article(union)), fit(concept, article(None))
        assert with_union == without
        assert any(with_union.here) or with_union.situations_held
    nowhere = fit(HAND, article(union))
    assert nowhere == fit(HAND, article(None))
    assert not any(nowhere.here) and not nowhere.situations_held
    assert nowhere.situations == (0.0, 0.0)


def test_a_kept_pool_counts_every_earlier_word_and_lets_the_last_word_lift_an_article() -> None:
    """Two earlier words: an article holding both outranks one holding either, and equal
    weights fall back to the summed bm25 of both words. A heavy last word lifts an article
    no earlier word matched above the earlier words' lighter articles."""
    both_words = {1: -1.0, 2: -1.0, 3: -2.0}  # child (1.0)
    one_word = {2: -1.0, 3: -1.0, 4: -9.0}  # hand (2.0): 2 and 3 hold both, 3 with more bm25
    kept = MatchTotals()
    for size in (1, 2, 3, 5):
        for last in ({}, {9: -0.5}, {1: -0.5}):
            concepts = (CHILD, HAND, BURN)  # the last word, burn, weighs 3.0
            got = kept.pool(concepts, [both_words, one_word, last], size)
            assert got == _fresh_pool(concepts, [both_words, one_word, last], size)
    # Without a last-word match: 3 then 2 (both words, 3 with the lower bm25 sum), then
    # 4 (hand alone, 2.0) before 1 (child alone, 1.0).
    assert MatchTotals().pool((CHILD, HAND, BURN), [both_words, one_word, {}], 4) == [3, 2, 4, 1]
    # Burn (3.0) alone lifts 9 above 4 (2.0) and 1 (1.0).
    lifted = MatchTotals().pool((CHILD, HAND, BURN), [both_words, one_word, {9: 0.0}], 5)
    assert lifted == [3, 2, 9, 4, 1]


def _situation_article(summary: set[str], matched: dict[int, float]) -> Candidate:
    return candidate(summary=summary, situations=({"lump"}, {"night", "sweat"}), matched=matched)


def test_the_word_being_typed_counts_in_a_situation_as_an_earlier_word_does() -> None:
    """The last word is counted on each keystroke, the earlier ones are kept: a situation
    must weigh the same whichever place its word has in the query, light or heavy."""
    lump, fever, cough = _word("lump", 0.9), _word("fever", 1.0), _word("cough", 1.1)
    everything = {0: -1.0, 1: -1.0, 2: -1.0}
    for order in ((lump, fever, cough), (fever, cough, lump), (cough, lump, fever)):
        placed = rank(_parsed(*order), [_situation_article({"fever"}, everything)])[0]
        first = rank(_parsed(lump, fever, cough), [_situation_article({"fever"}, everything)])[0]
        assert (placed.about, placed.situation_hit, placed.weak, placed.score) == pytest.approx(
            (first.about, first.situation_hit, first.weak, first.score)
        )
    # The situation holds 0.9 of 3.0: under half, so not an answer on its own.
    assert first.situation_hit == pytest.approx(0.9 / 3.0)
    assert first.weak


def test_two_words_are_not_a_description_even_when_the_last_is_in_a_situation() -> None:
    lump, fever = _word("lump", 1.0), _word("fever", 1.0)
    placed = rank(_parsed(fever, lump), [_situation_article(set(), {0: -1.0, 1: -1.0})])[0]
    assert placed.situation_hit == 0.0


def test_a_last_word_held_nowhere_adds_nothing_to_coverage() -> None:
    """Matched by no field, no situation and not by the full-text index: no coverage."""
    placed = rank(_parsed(HAND, BURN), [_situation_article(set(), {0: -1.0})])[0]
    assert placed.coverage == pytest.approx(HAND.weight / (HAND.weight + BURN.weight))
