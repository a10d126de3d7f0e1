"""One concept against hand-made articles: what was typed counts fully, a synonym counts
less, a phrase needs all its words, and the FTS5 expression finds what it says it finds."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing

import pytest

from healthref.core.search.fields import SYNONYM_FACTOR, Candidate, fit
from healthref.core.search.index_schema import FTS_DDL, FTS_TABLE
from healthref.core.search.query import Concept
from tests.core.hand_built import candidate


def _fever() -> Concept:
    """Typed: "fever" and "high temperature"; synonyms: "pyrexia" and "hot skin". A new one
    each time: a Concept keeps its stem groups once worked out."""
    return Concept(
        text="fever",
        phrases=(("fever",), ("high", "temperature"), ("pyrexia",), ("hot", "skin")),
        stems=frozenset({("fever",), ("high", "temperature"), ("pyrexia",), ("hot", "skin")}),
        prefix=None,
        weight=1.0,
        direct=frozenset({("fever",), ("high", "temperature")}),
        confident_stems=frozenset(
            {("fever",), ("high", "temperature"), ("pyrexia",), ("hot", "skin")}
        ),
    )


def _article(question: set[str], situations: tuple[set[str], ...] = ()) -> Candidate:
    return candidate(question=question, situations=situations, situation_union=False)


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ({"fever", "child"}, 1.0),
        ({"high", "temperature", "child"}, 1.0),
        ({"pyrexia"}, SYNONYM_FACTOR),
        ({"hot", "skin"}, SYNONYM_FACTOR),
        ({"high", "child"}, 0.0),  # half a phrase is not the phrase
        ({"temperature"}, 0.0),
        ({"hot"}, 0.0),
        ({"skin", "rash"}, 0.0),
        ({"child"}, 0.0),
    ],
)
def test_typed_words_count_fully_synonyms_less_phrases_whole(
    question: set[str], held: float
) -> None:
    assert fit(_fever(), _article(question)).here[0] == held


def test_a_situation_counts_only_whole_words_not_completions() -> None:
    # "car" being typed is a complete word: "care" in a situation does not make it sure.
    car = Concept(
        text="car",
        phrases=(("car",),),
        stems=frozenset({("car",)}),
        prefix="car",
        weight=1.0,
        direct=frozenset({("car",)}),
        confident_stems=frozenset({("car",)}),
        prefix_is_word=True,
    )
    held = fit(car, _article({"care"}, situations=({"care", "home"}, {"car", "crash"})))
    assert held.here[0] == 1.0  # as a completion, it finds the article
    assert held.sure[0] == 0.0
    assert held.situations == (0.0, 1.0)


@pytest.fixture
def index() -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute(FTS_DDL)
        rows = [
            (1, "What is a heart attack?", "", "", "", ""),
            (2, "Why does my heart race?", "", "", "", "an attack of panic"),
            (3, "What helps a headache?", "", "", "", ""),
            (4, "When to see a doctor", "", "", "", "headache with a stiff neck"),
            (5, "Is a hernia serious?", "", "", "", ""),
        ]
        connection.executemany(
            f"INSERT INTO {FTS_TABLE}(rowid, question, aliases, situations, summary, body) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        yield connection


def _found(index: sqlite3.Connection, concept: Concept) -> list[int]:
    sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid"
    return [rowid for (rowid,) in index.execute(sql, (concept.fts_expression(),))]


def _typed(phrases: tuple[tuple[str, ...], ...], prefix: str | None = None) -> Concept:
    return Concept("x", phrases, frozenset(phrases), prefix, 1.0, direct=frozenset(phrases))


def test_a_phrase_finds_articles_with_all_its_words_anywhere(index: sqlite3.Connection) -> None:
    assert _found(index, _typed((("heart", "attack"),))) == [1, 2]
    assert _found(index, _typed((("heart",), ("headache",)))) == [1, 2, 3, 4]


def test_a_short_start_of_a_word_looks_in_questions_a_longer_one_everywhere(
    index: sqlite3.Connection,
) -> None:
    assert _found(index, _typed((), prefix="he")) == [1, 2, 3, 5]
    assert _found(index, _typed((), prefix="hea")) == [1, 2, 3, 4]  # the body of 4 too
