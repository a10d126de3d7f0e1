"""What a person notices about search: tiers, prefixes, lay words, typos, weak hits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from healthref.core.content.store import ContentStore
from healthref.core.search.engine import SearchEngine


@pytest.fixture(scope="module")
def engine(bundled_db: Path) -> Iterator[SearchEngine]:
    store = ContentStore.open(bundled_db)
    yield SearchEngine(store.connection)
    store.close()


def _top(engine: SearchEngine, query: str, n: int = 1) -> list[str]:
    return [hit.slug for hit in engine.search(query).hits[:n]]


def test_exact_question_comes_first(engine: SearchEngine) -> None:
    result = engine.search("What is the difference between HIV and AIDS?")
    assert result.hits[0].slug == "what-is-the-difference-between-hiv-and-aids"
    assert result.hits[0].tier == 0


def test_question_prefix_while_typing(engine: SearchEngine) -> None:
    assert _top(engine, "what causes seps") == ["what-causes-sepsis"]
    assert _top(engine, "sepsi") == ["what-causes-sepsis"]


def test_two_letter_prefix_searches_titles(engine: SearchEngine) -> None:
    hits = engine.search("ch").hits
    assert hits and all(
        any(w.startswith("ch") for w in h.question.lower().replace("(", " ").split()) or h.tier <= 3
        for h in hits
    )


def test_lay_words_find_the_medical_article(engine: SearchEngine) -> None:
    assert "what-causes-sepsis" in _top(engine, "blood poisoning", 3)
    assert "what-is-the-safe-dose-of-paracetamol" in _top(engine, "acetaminophen", 3)


@pytest.mark.parametrize(
    ("query", "slug"),
    [
        ("covid-19", "what-is-covid-19-and-how-does-it-spread"),
        ("COVID 19", "what-is-covid-19-and-how-does-it-spread"),
        ("don't antibiotics work for colds", "why-dont-antibiotics-work-for-colds-and-flu"),
        ("anémia in children", "what-is-anaemia-in-children"),
    ],
)
def test_punctuation_and_operators_are_plain_words(
    engine: SearchEngine, query: str, slug: str
) -> None:
    assert slug in _top(engine, query, 3)


def test_or_is_a_word_not_an_operator(engine: SearchEngine) -> None:
    def slugs(query: str) -> list[str]:
        return [h.slug for h in engine.search(query).hits]

    assert slugs("fever OR cancer") == slugs("fever or cancer")
    assert slugs("fever AND cancer") == slugs("fever and cancer")


def test_operator_words_are_not_operators(engine: SearchEngine) -> None:
    # As FTS5 syntax these would exclude or restrict; here they are just words.
    assert engine.search("-fever").hits
    assert engine.search("title:fever").hits
    assert engine.search("NEAR(fever cough)").hits


def test_typo_is_corrected_and_labelled(engine: SearchEngine) -> None:
    result = engine.search("diabetis ")
    assert result.showing_results_for == "diabetes "
    assert "diabetes" in result.hits[0].question.lower()


def test_short_words_are_never_corrected(engine: SearchEngine) -> None:
    assert engine.search("zq ").showing_results_for is None
    assert engine.search("xv tb ").showing_results_for is None


def test_off_topic_query_is_weak_not_confident(engine: SearchEngine) -> None:
    result = engine.search("gout flare diet")
    assert not result.confident
    assert result.hits and all(hit.weak for hit in result.hits)


def test_nothing_found_offers_did_you_mean(engine: SearchEngine) -> None:
    result = engine.search("zzzzqqq")
    assert result.hits == ()
    nearly = engine.search("menengitis sighns")
    assert nearly.hits and nearly.showing_results_for


def test_hits_carry_spans_that_point_at_matched_words(engine: SearchEngine) -> None:
    hit = engine.search("sepsis").hits[0]
    assert [hit.question[a:b] for a, b in hit.question_spans] == ["sepsis"]
    assert hit.snippet
    marked = {hit.snippet[a:b].lower() for a, b in hit.snippet_spans}
    assert "sepsis" in marked
    assert marked <= {"sepsis", "septicaemia", "septicemia", "blood poisoning", "septic"}


def test_a_phrase_is_highlighted_only_where_it_stands_whole(engine: SearchEngine) -> None:
    hits = {h.slug: h for h in engine.search("blood poisoning", 20).hits}
    pressure = hits["what-do-blood-pressure-numbers-mean"]  # its body mentions sepsis
    assert pressure.question_spans == ()  # "blood" alone is not "blood poisoning"
    sepsis = hits["what-causes-sepsis"]
    assert [sepsis.question[a:b] for a, b in sepsis.question_spans] == ["sepsis"]
