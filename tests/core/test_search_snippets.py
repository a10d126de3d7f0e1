"""Snippet highlights mark whole words and phrases where they start, the same however the
query's forms are found: checked against the one plain regular expression they stand for."""

from __future__ import annotations

import random
import re

import pytest

from healthref.core.search.query import Concept, ParsedQuery
from healthref.core.search.snippets import best_snippet
from healthref.core.search.surface_forms import first_match, matches_within, surface_forms

TEXTS = [
    "A fever is a high temperature. Refevered is not a word; feverish children need fluids.",
    "x_fever and x_temp: a high  temperature, a temperate day, high-temp.",
    "High   blood\npressure (hypertension) often has no signs. Highly salted food raises it.",
    "İlk yardım: an infant with a fever under 3 months needs a doctor the same day.",
    "Pain, painful joints and pains_in_the_back: the pain of arthritis. Spain is a place.",
    "fe fev feve fever fevers — a/b/fe: fe_ver ａfever fever.",
]


def _concept(text: str, phrases: tuple[tuple[str, ...], ...], prefix: str | None) -> Concept:
    return Concept(text, phrases, frozenset(phrases), prefix, 1.0)


def _parsed(*concepts: Concept) -> ParsedQuery:
    return ParsedQuery(tuple(c.text for c in concepts), concepts, (), True)


QUERIES = [
    _parsed(_concept("fev", (), "fev")),
    _parsed(_concept("fe", (), "fe")),
    _parsed(_concept("pain", (("pain",), ("painful",), ("pains",)), "pain")),
    _parsed(
        _concept("high blood pressure", (("high", "blood", "pressure"), ("hypertension",)), None),
        _concept("hi", (), "hi"),
    ),
    _parsed(
        _concept("fever", (("fever",), ("high", "temperature")), None),
        _concept("child", (("child",), ("children",)), None),
        _concept("infa", (), "infa"),
    ),
    _parsed(
        _concept("fever", (("fever",), ("high", "temperature")), None),
        _concept("temp", (), "temp"),
    ),
]


def _reference(parsed: ParsedQuery) -> re.Pattern[str]:
    """The single expression the forms stand for: longest alternative first, after `\\b`."""
    parts: set[str] = set()
    for concept in parsed.concepts:
        parts.update(r"\W+".join(map(re.escape, p)) + r"\b" for p in concept.phrases)
        if concept.prefix:
            parts.add(re.escape(concept.prefix) + r"\w*")
    ordered = sorted(parts, key=lambda p: (-len(p), p))
    return re.compile(r"\b(?:" + "|".join(ordered) + ")")


@pytest.mark.parametrize("parsed", QUERIES, ids=lambda p: " ".join(p.words))
@pytest.mark.parametrize("text", TEXTS)
def test_forms_are_found_where_the_plain_expression_finds_them(
    parsed: ParsedQuery, text: str
) -> None:
    text = text.lower()
    text_to_search, matchers = surface_forms(parsed).for_text(text)
    reference = _reference(parsed)
    first = reference.search(text)
    assert first_match(text_to_search, matchers) == (first.span() if first else None)
    for start, end in [(0, len(text)), (5, 60), (len(text) // 2, len(text))]:
        expected = [m.span() for m in reference.finditer(text, start, end)]
        assert matches_within(text_to_search, matchers, start, end) == expected


def test_random_texts_agree_with_the_plain_expression() -> None:
    chance = random.Random(7)
    words = ["fe", "fev", "fever", "high", "temp", "temperature", "hi", "pain", "x"]
    gaps = [" ", "  ", "_", "-", "", ".\n"]
    for _ in range(500):
        count = chance.randint(0, 12)
        text = "".join(chance.choice(words) + chance.choice(gaps) for _ in range(count))
        for parsed in QUERIES:
            _, matchers = surface_forms(parsed).for_text(text)
            reference = _reference(parsed)
            expected = [m.span() for m in reference.finditer(text)]
            assert matches_within(text, matchers, 0, len(text)) == expected, text


def test_the_typed_prefix_is_marked_at_word_starts_only() -> None:
    summary = "Refevered is made up. A fever is a high temperature."
    snippet, spans = best_snippet(summary, "", surface_forms(QUERIES[0]))
    assert [snippet[a:b] for a, b in spans] == ["fever"]


def test_a_phrase_is_marked_whole_and_a_longer_form_wins_where_both_start() -> None:
    summary = "High blood pressure (hypertension) often has no signs; highly salted food."
    snippet, spans = best_snippet(summary, "", surface_forms(QUERIES[3]))
    assert [snippet[a:b] for a, b in spans] == [
        "High blood pressure",
        "hypertension",
        "highly",
    ]


def test_a_text_whose_lower_case_is_longer_is_marked_at_the_right_places() -> None:
    # "İ" lower-cases to two characters: positions are kept by matching without lower-casing.
    summary = "İİİ: an infant with a fever, and another infant."
    snippet, spans = best_snippet(summary, "", surface_forms(QUERIES[4]))
    assert [snippet[a:b] for a, b in spans] == ["infant", "fever", "infant"]


def test_the_body_is_used_when_the_quick_answer_does_not_match() -> None:
    body = "Some words first. Then painful joints, which are common."
    snippet, spans = best_snippet("Nothing here.", body, surface_forms(QUERIES[2]))
    assert snippet.startswith("Some words first")
    assert [snippet[a:b] for a, b in spans] == ["painful"]
